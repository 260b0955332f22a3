package dev.dateline.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.build.SiteFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that changes a few files of a published site changes them in place: unchanged files
 * are not touched, and a commit cut short at any point is undone by the next build.
 */
class InPlacePatchTest {

  @TempDir
  Path root;

  private Path site;

  @BeforeEach
  void publishASite() {
    site = root.resolve("site");
    SiteWriter.Staging staging = new SiteWriter(site).begin();
    staging.write("index.html", bytes("home"));
    staging.write("2019/09/01/oil/index.html", bytes("oil"));
    staging.write("2019/09/01/chess/index.html", bytes("chess"));
    staging.write("tags/oil/index.html", bytes("oil tag"));
    staging.write("feed.xml", bytes("feed"));
    staging.commit();
  }

  /** The changes of one build: an edit, an unchanged page, a new page and a removed one. */
  private SiteWriter.Patch patch() {
    SiteWriter.Patch patch = new SiteWriter(site).beginPatch();
    patch.write("2019/09/01/oil/index.html", bytes("oil, edited"));
    patch.write("index.html", bytes("home"));
    assertThat(patch.keep("tags/oil/index.html")).isTrue();
    patch.write("2019/09/02/metro/index.html", bytes("metro"));
    patch.write("feed.xml", bytes("feed, edited"));
    patch.remove("2019/09/01/chess/index.html");
    return patch;
  }

  @Test
  void onlyTheChangedFilesAreReplacedAddedOrRemoved() throws IOException {
    Map<String, String> before = stamps(site);

    SiteWriter.Patch patch = patch();
    patch.commit();

    assertThat(texts(site)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        SiteWriter.MARKER, new String(SiteWriter.MARKER_TEXT, UTF_8),
        "index.html", "home",
        "2019/09/01/oil/index.html", "oil, edited",
        "2019/09/02/metro/index.html", "metro",
        "tags/oil/index.html", "oil tag",
        "feed.xml", "feed, edited")));
    Map<String, String> after = stamps(site);
    for (String untouched : List.of("index.html", "tags/oil/index.html", SiteWriter.MARKER)) {
      assertThat(after.get(untouched)).as(untouched).isEqualTo(before.get(untouched));
    }
    assertThat(site.resolve("2019/09/01/chess")).doesNotExist();
    assertThat(patch.filesWritten()).isEqualTo(3);
    assertThat(patch.filesUnchanged()).isEqualTo(2);
    for (String left : List.of(".site.journal", ".site.rollback", ".site.pending")) {
      assertThat(root.resolve(left)).doesNotExist();
    }
  }

  @Test
  void aCommitKilledAtAnyPointIsRolledBackExactlyByTheNextBuild() throws IOException {
    Map<String, String> published = texts(site);
    Map<String, String> stamps = stamps(site);
    List<String> folders = folders(site);

    // Four changes: the removal first, then the replaced and added files in path order.
    for (int renames = 0; renames < 4; renames++) {
      patch().commitKilledAfter(renames);
      assertThat(root.resolve(".site.journal")).as("journal left by the kill").isRegularFile();

      SiteWriter.Patch next = new SiteWriter(site).beginPatch();

      assertThat(texts(site)).as("after a kill at rename %d", renames).isEqualTo(published);
      assertThat(stamps(site)).isEqualTo(stamps);
      assertThat(folders(site)).isEqualTo(folders);
      assertThat(root.resolve(".site.journal")).doesNotExist();
      assertThat(root.resolve(".site.rollback")).doesNotExist();
      next.abort();
    }
  }

  @Test
  void aStagedBuildAlsoRollsBackAnUnfinishedCommitFirst() throws IOException {
    Map<String, String> published = texts(site);
    patch().commitKilledAfter(3);

    SiteWriter.Staging staging = new SiteWriter(site).begin();
    staging.abort();

    assertThat(texts(site)).isEqualTo(published);
  }

  @Test
  void aRollbackCutShortIsFinishedByTheBuildAfter() throws IOException {
    Map<String, String> published = texts(site);
    patch().commitKilledAfter(3);
    // Half a rollback: the removed file is back in the site, the journal still there.
    Path kept = root.resolve(".site.rollback/2019/09/01/chess/index.html");
    Files.createDirectories(site.resolve("2019/09/01/chess"));
    Files.move(kept, site.resolve("2019/09/01/chess/index.html"));

    new SiteWriter(site).beginPatch().abort();

    assertThat(texts(site)).isEqualTo(published);
  }

  @Test
  void anAbortedPatchLeavesTheSiteUntouched() throws IOException {
    Map<String, String> stamps = stamps(site);

    SiteWriter.Patch patch = patch();
    patch.abort();

    assertThat(stamps(site)).isEqualTo(stamps);
    assertThat(root.resolve(".site.pending")).doesNotExist();
    assertThatThrownBy(() -> patch.write("late.html", bytes("late")))
        .isInstanceOf(PublishException.class).hasMessageContaining("already ended");
  }

  @Test
  void writesAfterTheCommitAreRefused() {
    SiteWriter.Patch patch = patch();
    patch.commit();

    assertThatThrownBy(() -> patch.write("late.html", bytes("late")))
        .isInstanceOf(PublishException.class).hasMessageContaining("already ended");
    assertThatThrownBy(() -> patch.remove("index.html"))
        .isInstanceOf(PublishException.class).hasMessageContaining("already ended");
    assertThat(site.resolve("late.html")).doesNotExist();
  }

  @Test
  void aFileThatIsNotPublishedIsNotKept() {
    SiteWriter.Patch patch = new SiteWriter(site).beginPatch();

    assertThat(patch.keep("2019/01/01/never/index.html")).isFalse();
    patch.abort();
  }

  @Test
  void aForeignFileNamedLikeTheJournalStopsTheBuild() throws IOException {
    Files.createDirectories(root.resolve(".site.journal"));

    assertThatThrownBy(() -> new SiteWriter(site).beginPatch())
        .isInstanceOf(PublishException.class).hasMessageContaining(".site.journal");
  }

  @Test
  void aForeignFolderThatAppearsDuringTheBuildIsNotChanged() throws IOException {
    SiteWriter.Patch patch = patch();
    Files.delete(site.resolve(SiteWriter.MARKER));
    Files.writeString(site.resolve("notes.txt"), "mine");

    assertThatThrownBy(patch::commit).isInstanceOf(PublishException.class)
        .hasMessageContaining("was not built by Dateline");

    assertThat(site.resolve("2019/09/01/oil/index.html")).hasContent("oil");
    assertThat(site.resolve("2019/09/01/chess/index.html")).hasContent("chess");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static Map<String, String> texts(Path root) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    SiteFolders.files(root).forEach((path, b) -> texts.put(path, new String(b, UTF_8)));
    return texts;
  }

  /** Each file's inode and modification time: what an untouched file keeps. */
  private static Map<String, String> stamps(Path root) throws IOException {
    Map<String, String> stamps = new TreeMap<>();
    for (String path : SiteFolders.files(root).keySet()) {
      BasicFileAttributes a = Files.readAttributes(root.resolve(path), BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      stamps.put(path, a.fileKey() + " " + a.lastModifiedTime());
    }
    return stamps;
  }

  private static List<String> folders(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted()
          .toList();
    }
  }
}

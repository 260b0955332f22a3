package dev.dateline.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.build.SiteFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

  @TempDir
  Path root;

  private Path site() {
    return root.resolve("site");
  }

  private void publish(String path, String text) {
    SiteWriter.Staging staging = new SiteWriter(site()).begin();
    staging.write(path, text.getBytes(UTF_8));
    staging.commit();
  }

  @Test
  void aCommittedBuildReplacesTheSiteAndLeavesOnlyItsRecycledFoldersBeside() throws IOException {
    publish("index.html", "old");
    publish("new/index.html", "new");

    assertThat(SiteFolders.files(site())).containsOnlyKeys("new/index.html", SiteWriter.MARKER);
    assertThat(Files.readString(site().resolve("new/index.html"))).isEqualTo("new");
    Path staging = root.resolve(".site.staging");
    try (var siblings = Files.list(root)) {
      assertThat(siblings).containsExactlyInAnyOrder(site(), staging);
    }
    // The replaced site waits there, marked as Dateline's, for the next build to reuse its folders.
    assertThat(staging.resolve(SiteWriter.MARKER)).isRegularFile();
  }

  @Test
  void anAbortedBuildLeavesThePublishedSiteAsItWas() throws IOException {
    publish("index.html", "old");
    var before = SiteFolders.listing(site());

    SiteWriter.Staging staging = new SiteWriter(site()).begin();
    staging.write("index.html", "half-built".getBytes(UTF_8));
    staging.abort();

    assertThat(SiteFolders.listing(site())).isEqualTo(before);
    assertThat(root.resolve(".site.staging")).doesNotExist();
  }

  @Test
  void whatAKilledBuildLeftInStagingIsClearedByTheNextBuild() throws IOException {
    publish("index.html", "old");
    SiteWriter.Staging killed = new SiteWriter(site()).begin();
    killed.write("a/b/c.html", "never committed".getBytes(UTF_8));

    publish("index.html", "next");

    assertThat(SiteFolders.files(site())).containsOnlyKeys("index.html", SiteWriter.MARKER);
    assertThat(SiteFolders.files(root.resolve(".site.staging"))).doesNotContainKey("a/b/c.html");
  }

  @Test
  void aSiteRetiredByASwapCutShortIsPutBackByTheNextBuild() throws IOException {
    publish("index.html", "old");
    // The state between the two renames of a commit: site/ moved aside, staging not yet moved in.
    Files.move(site(), root.resolve(".site.previous"));

    new SiteWriter(site()).begin().abort();

    assertThat(Files.readString(site().resolve("index.html"))).isEqualTo("old");
    assertThat(root.resolve(".site.previous")).doesNotExist();
  }

  @Test
  void aDeletionCutShortStillLeavesAFolderRecognisedAsDatelines() throws IOException {
    publish("index.html", "new");
    // A retired site whose deletion was cut short: some files gone, others and the marker left.
    Path previous = root.resolve(".site.previous");
    SiteFolders.copyTree(site(), previous);
    Files.delete(previous.resolve("index.html"));
    SiteFolders.write(previous.resolve("deep/left.html"), "left over");

    publish("index.html", "newer");

    assertThat(previous).doesNotExist();
    assertThat(Files.readString(site().resolve("index.html"))).isEqualTo("newer");
  }

  @Test
  void aFolderDatelineDidNotBuildIsNeverReplaced() throws IOException {
    SiteFolders.write(site().resolve("thesis.tex"), "years of work");

    assertThatThrownBy(() -> new SiteWriter(site()).begin())
        .isInstanceOf(PublishException.class)
        .hasMessageContaining(site().toString())
        .hasMessageContaining("was not built by Dateline")
        .hasMessageContaining("--out");
    assertThat(Files.readString(site().resolve("thesis.tex"))).isEqualTo("years of work");
    assertThat(root.resolve(".site.staging")).doesNotExist();
  }

  @Test
  void foreignFoldersNamedLikeStagingOrPreviousAreNeverDeletedEither() throws IOException {
    for (String name : new String[] {".site.staging", ".site.previous"}) {
      Path folder = root.resolve(name);
      SiteFolders.write(folder.resolve("notes.txt"), "mine");

      assertThatThrownBy(() -> new SiteWriter(site()).begin())
          .isInstanceOf(PublishException.class)
          .hasMessageContaining(folder.toString());
      assertThat(folder.resolve("notes.txt")).hasContent("mine");
      Files.delete(folder.resolve("notes.txt"));
      Files.delete(folder);
    }
  }

  @Test
  void anEmptyFolderMayBecomeTheSite() throws IOException {
    Files.createDirectories(site());

    publish("index.html", "first");

    assertThat(site().resolve("index.html")).hasContent("first");
    assertThat(site().resolve(SiteWriter.MARKER)).exists();
  }

  @Test
  void aFileWhereTheSiteShouldBeIsRefused() throws IOException {
    Files.writeString(site(), "a file");

    assertThatThrownBy(() -> new SiteWriter(site()).begin())
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("is not a folder");
    assertThat(site()).hasContent("a file");
  }

  @Test
  void aLinkWhereTheSiteShouldBeIsRefusedAndItsTargetUntouched() throws IOException {
    Path elsewhere = root.resolve("elsewhere");
    SiteFolders.write(elsewhere.resolve("keep.txt"), "keep");
    Files.createSymbolicLink(site(), elsewhere);

    assertThatThrownBy(() -> new SiteWriter(site()).begin())
        .isInstanceOf(PublishException.class);
    assertThat(elsewhere.resolve("keep.txt")).hasContent("keep");
  }

  @Test
  void pagesCannotBeWrittenOutsideTheSiteNorOverTheMarker() {
    SiteWriter.Staging staging = new SiteWriter(site()).begin();
    for (String path : new String[] {"../escaped.html", "/etc/x.html", "a/../../x.html", "",
        "a\\..\\..\\x.html", SiteWriter.MARKER, "./" + SiteWriter.MARKER, "a/../..",
        "a/./../../x.html", "..", "//etc/x.html"}) {
      assertThatThrownBy(() -> staging.write(path, new byte[] {1}))
          .as(path).isInstanceOf(PublishException.class).hasMessageContaining("refusing");
    }
    staging.abort();
    assertThat(root.resolve("escaped.html")).doesNotExist();
  }

  @Test
  void unchangedFilesAreCountedAndKeepTheirBytes() throws IOException {
    publish("index.html", "same");
    SiteWriter.Staging staging = new SiteWriter(site()).begin();
    staging.write("index.html", "same".getBytes(UTF_8));
    staging.write("other.html", "new".getBytes(UTF_8));
    staging.commit();

    assertThat(staging.filesUnchanged()).isEqualTo(1);
    assertThat(staging.filesWritten()).isEqualTo(1);
    assertThat(site().resolve("index.html")).hasContent("same");
  }

  @Test
  void theMarkerSaysWhatTheFolderIs() {
    publish("index.html", "x");

    assertThat(site().resolve(SiteWriter.MARKER)).content(UTF_8)
        .contains("built by Dateline").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d");
  }

  @Test
  void noWriteLandsAfterTheBuildWasAbortedEvenFromBusyThreads() throws Exception {
    publish("index.html", "old");
    SiteWriter.Staging staging = new SiteWriter(site()).begin();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (int t = 0; t < 4; t++) {
        int thread = t;
        pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            try {
              staging.write("t" + thread + "/p" + i + "/index.html", new byte[] {1});
            } catch (PublishException ended) {
              return;
            }
          }
        });
      }
      Thread.sleep(20);
      staging.abort();
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    assertThat(root.resolve(".site.staging")).doesNotExist();
    assertThat(SiteFolders.files(site())).containsOnlyKeys("index.html", SiteWriter.MARKER);
    assertThatThrownBy(() -> staging.write("late.html", new byte[] {1}))
        .isInstanceOf(PublishException.class).hasMessageContaining("already ended");
  }

  @Test
  void aForeignFolderThatAppearsDuringTheBuildIsNotReplacedEither() throws IOException {
    SiteWriter.Staging staging = new SiteWriter(site()).begin();
    staging.write("index.html", "new".getBytes(UTF_8));
    SiteFolders.write(site().resolve("notes.txt"), "made meanwhile");

    assertThatThrownBy(staging::commit).isInstanceOf(PublishException.class)
        .hasMessageContaining("was not built by Dateline");
    staging.abort();

    assertThat(SiteFolders.files(site())).containsOnlyKeys("notes.txt");
    assertThat(root.resolve(".site.staging")).doesNotExist();
  }
}

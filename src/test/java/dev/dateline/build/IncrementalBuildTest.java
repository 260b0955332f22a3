package dev.dateline.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.config.ConfigLoader;
import dev.dateline.config.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild after an article is edited, added or removed gives exactly the site a clean build
 * gives, while rendering and rewriting only the pages that changed. When only bodies changed, the
 * site model is the last build's, and only the pages that show those bodies are digested again.
 */
class IncrementalBuildTest {

  private static final Path ARCHIVE = Path.of("src/test/resources/dev/dateline/build/archive");
  private static final Path TEMPLATES = Path.of("templates");

  @TempDir
  Path work;

  private Path content;
  private Path templates;
  private Path site;
  private BuildReport lastBuild;

  @BeforeEach
  void copyArchive() throws IOException {
    content = work.resolve("content");
    templates = work.resolve("templates");
    site = work.resolve("incremental/site");
    SiteFolders.copyTree(ARCHIVE.resolve("content"), content);
    SiteFolders.copyTree(TEMPLATES, templates);
  }

  @Test
  void rebuildWithoutChangesRendersAndWritesNothing() throws IOException {
    BuildReport first = build(site);
    Map<String, Object> inodes = inodes(site);
    Object pageDigests = pageDigestsInode();

    BuildReport second = build(site);
    assertThat(lastBuild.pagesDigested()).isZero();
    BuildReport third = build(site);
    assertThat(lastBuild.pagesDigested()).isZero();

    assertThat(pageDigestsInode()).as("the digests, not written again").isEqualTo(pageDigests);
    assertThat(first.pagesRendered()).isEqualTo(first.pages());
    for (BuildReport rebuild : List.of(second, third)) {
      assertThat(rebuild.pagesRendered()).isZero();
      assertThat(rebuild.filesWritten()).isZero();
      assertThat(rebuild.filesUnchanged()).isEqualTo(first.filesWritten());
      assertThat(rebuild.bytes()).isEqualTo(first.bytes());
    }
    assertThat(inodes(site)).isEqualTo(inodes);
    assertSameAsCleanBuild();
  }

  @Test
  void editedBodyRerendersOnlyThePagesThatShowIt() throws IOException {
    buildTwice();
    Map<String, Object> before = inodes(site);

    replace("changes/oil-prices-body-edited.txt", "2019/09/oil-prices.txt");
    BuildReport rebuild = build(site);

    assertSameAsCleanBuild();
    // Its article page, and the feeds that carry whole articles (site and tag feeds).
    List<String> showingBody = filesContaining("Analysts expect prices to stay high.");
    assertThat(showingBody).contains(pageContaining("Analysts expect prices to stay high."),
        "feed.xml", "feed.json");
    assertThat(rebuild.pagesRendered()).isEqualTo(showingBody.size());
    assertThat(rebuild.siteModelBuilt()).as("site model built").isFalse();
    assertThat(lastBuild.pagesDigested()).as("pages digested").isEqualTo(showingBody.size())
        .isLessThan(rebuild.pages() / 4);
    assertThat(rebuild.filesWritten()).isEqualTo(showingBody.size());
    assertThat(changedFiles(before, inodes(site)))
        .containsExactlyInAnyOrderElementsOf(showingBody);
  }

  @Test
  void editedHeadlineRerendersThePagesThatShowIt() throws IOException {
    BuildReport first = buildTwice();
    Map<String, Object> before = inodes(site);

    replace("changes/oil-prices-headline-edited.txt", "2019/09/oil-prices.txt");
    BuildReport rebuild = build(site);

    assertSameAsCleanBuild();
    List<String> showingHeadline = pagesContaining("Oil prices jump after OPEC meeting");
    assertThat(showingHeadline).hasSizeGreaterThan(3);
    assertThat(changedFiles(before, inodes(site)))
        .containsAll(showingHeadline)
        .doesNotContain(pageContaining("rapid tie-break"), pageContaining("record over the holidays"));
    assertThat(rebuild.pagesRendered()).isLessThan(first.pages() / 2);
    assertThat(rebuild.filesWritten()).isLessThanOrEqualTo(rebuild.pagesRendered());
    assertThat(lastBuild.pagesDigested()).isEqualTo(rebuild.pages());
    assertThat(rebuild.siteModelBuilt()).isTrue();
  }

  @Test
  void aBodyEditWithoutTheSiteModelReportsTheModelsProblemsAsACleanBuildDoes()
      throws IOException {
    Files.writeString(content.resolve("2019/09/opec-output.txt"), """
        All news

        OPEC keeps its output cuts

        LONDON, September 12. /TASS/. Ministers kept the cuts in place for another quarter.

        Tags: Middle East, Middle-East, oil prices
        """);
    buildTwice();
    assertThat(lastBuild.problems()).as("the tag clash the site model finds")
        .anyMatch(problem -> problem.message().contains("has the same URL as"));

    replace("changes/oil-prices-body-edited.txt", "2019/09/oil-prices.txt");
    BuildReport rebuild = build(site);

    assertThat(rebuild.siteModelBuilt()).as("site model built").isFalse();
    assertSameAsCleanBuild();
  }

  @Test
  void aDamagedPackOfPageModelsIsNotTrusted() throws IOException {
    buildTwice();
    Path pack = SiteBuild.cacheFolder(site).resolve(PageModels.FILE);
    byte[] bytes = Files.readAllBytes(pack);
    for (int i = 64; i < bytes.length; i += 7) {
      bytes[i] ^= 0x55;
    }
    Files.write(pack, bytes);

    replace("changes/oil-prices-body-edited.txt", "2019/09/oil-prices.txt");
    BuildReport rebuild = build(site);

    assertThat(rebuild.siteModelBuilt()).as("site model built").isTrue();
    assertSameAsCleanBuild();
  }

  @Test
  void aBodyEditAfterAListPageWasDeletedFromTheSiteBuildsTheModelToPublishItAgain()
      throws IOException {
    buildTwice();
    Files.delete(site.resolve("tags/opec/index.html"));

    replace("changes/oil-prices-body-edited.txt", "2019/09/oil-prices.txt");
    BuildReport rebuild = build(site);

    assertThat(rebuild.siteModelBuilt()).as("site model built").isTrue();
    assertThat(site.resolve("tags/opec/index.html")).exists();
    assertSameAsCleanBuild();
  }

  @Test
  void withoutTheKeptPageModelsABodyEditBuildsTheModelAndKeepsThemAgain() throws IOException {
    buildTwice();
    Files.delete(SiteBuild.cacheFolder(site).resolve(PageModels.FILE));

    replace("changes/oil-prices-body-edited.txt", "2019/09/oil-prices.txt");
    BuildReport rebuild = build(site);
    assertThat(rebuild.siteModelBuilt()).as("site model built").isTrue();
    assertSameAsCleanBuild();

    edit("2019/09/oil-prices.txt", "Analysts expect prices to stay high.",
        "Analysts expect prices to fall back.");
    BuildReport next = build(site);
    assertThat(next.siteModelBuilt()).as("site model built the next time").isFalse();
    assertThat(next.pagesRendered()).isPositive();
    assertSameAsCleanBuild();
  }

  @Test
  void editedTagsGiveTheSameSiteAsACleanBuild() throws IOException {
    buildTwice();

    edit("2019/09/oil-prices.txt", "Tags: oil prices, OPEC", "Tags: oil prices, OPEC, Brent");
    BuildReport rebuild = build(site);

    assertSameAsCleanBuild();
    assertThat(lastBuild.pagesDigested()).isEqualTo(rebuild.pages());
    assertThat(site.resolve("tags/brent/index.html")).exists();
  }

  @Test
  void editedDateGivesTheSameSiteAsACleanBuild() throws IOException {
    buildTwice();

    edit("2019/09/oil-prices.txt", "LONDON, September 11.", "LONDON, September 12.");
    BuildReport rebuild = build(site);

    assertSameAsCleanBuild();
    assertThat(lastBuild.pagesDigested()).isEqualTo(rebuild.pages());
    assertThat(pageContaining("Brent crude futures gained")).startsWith("2019/09/12/");
  }

  @Test
  void bodiesEditedBuildAfterBuildGiveTheSameSiteAsACleanBuild() throws IOException {
    buildTwice();
    Path file = content.resolve("2019/09/oil-prices.txt");
    String original = Files.readString(file);

    // After a build that changed the model, as after any other.
    replace("changes/oil-prices-headline-edited.txt", "2019/09/oil-prices.txt");
    BuildReport changedModel = build(site);
    assertThat(lastBuild.pagesDigested()).isEqualTo(changedModel.pages());
    for (String sentence : List.of("Traders were cautious.", "Traders were bold.", "")) {
      edit("2019/09/oil-prices.txt", "by midday.", "by midday. " + sentence);
      BuildReport rebuild = build(site);

      assertSameAsCleanBuild();
      assertThat(lastBuild.pagesDigested()).as("after '%s'", sentence)
          .isPositive().isLessThan(rebuild.pages() / 4);
      Files.writeString(file, Files.readString(file).replace("by midday. " + sentence,
          "by midday."));
    }
    Files.writeString(file, original);
    build(site);
    assertSameAsCleanBuild();
  }

  @Test
  void anEditedBodyOfADraftChangesNoPage() throws IOException {
    Path draft = content.resolve("2019/09/draft.txt");
    Files.writeString(draft, "---\ndraft: true\n---\nA draft\n\nMOSCOW, September 3. First.\n");
    buildTwice();

    Files.writeString(draft, Files.readString(draft).replace("First.", "First. Second."));
    BuildReport rebuild = build(site);

    assertThat(lastBuild.pagesDigested()).isZero();
    assertThat(rebuild.pagesRendered()).isZero();
    assertSameAsCleanBuild();
  }

  @Test
  void changedTagRulesGiveTheSameSiteAsACleanBuild() throws IOException {
    buildTwice();

    Files.writeString(content.resolve("tags.yaml"), """
        tags:
          - name: Oil
            aliases: [oil prices]
        """);
    build(site);

    assertSameAsCleanBuild();
    assertThat(site.resolve("tags/oil/index.html")).exists();
  }

  @Test
  void addedArticleGivesTheSameSiteAsACleanBuild() throws IOException {
    BuildReport first = buildTwice();

    replace("changes/metro-line.txt", "2019/09/metro-line.txt");
    BuildReport rebuild = build(site);

    assertSameAsCleanBuild();
    assertThat(rebuild.articles()).isEqualTo(first.articles() + 1);
    assertThat(rebuild.pagesRendered()).isLessThan(rebuild.pages());
    assertThat(lastBuild.pagesDigested()).isEqualTo(rebuild.pages());
    assertThat(pagesContaining("The line will be finished next year.")).hasSize(1);
  }

  @Test
  void removedArticleGivesTheSameSiteAsACleanBuild() throws IOException {
    BuildReport first = buildTwice();
    Map<String, Object> before = inodes(site);
    String unrelated = pageContaining("a high degree of convergence");

    Files.delete(content.resolve("2019/10/chess-final.txt"));
    BuildReport rebuild = build(site);

    assertSameAsCleanBuild();
    assertThat(rebuild.articles()).isEqualTo(first.articles() - 1);
    assertThat(lastBuild.pagesDigested()).isEqualTo(rebuild.pages());
    assertThat(pagesContaining("rapid tie-break")).isEmpty();
    assertThat(pagesContaining("Chess final ends in a draw")).isEmpty();
    assertThat(changedFiles(before, inodes(site))).doesNotContain(unrelated);
  }

  @Test
  void changedTemplateRerendersEveryPage() throws IOException {
    buildTwice();

    Path layout = templates.resolve("layout.ftlh");
    Files.writeString(layout, Files.readString(layout).replace("built with Dateline",
        "built with Dateline, incrementally"));
    BuildReport rebuild = build(site);

    assertSameAsCleanBuild();
    assertThat(rebuild.pagesRendered()).isEqualTo(rebuild.pages());
    assertThat(lastBuild.pagesDigested()).isEqualTo(rebuild.pages());
    assertThat(Files.readString(site.resolve("index.html"))).contains("incrementally");
  }

  @Test
  void changedConfigurationRerendersEveryPage() throws IOException {
    build(site);

    SiteConfig another = config("title: Another title\npageSize: 3\n");
    BuildReport rebuild = build(site, another);

    assertThat(rebuild.pagesRendered()).isEqualTo(rebuild.pages());
    assertThat(lastBuild.pagesDigested()).isEqualTo(rebuild.pages());
    assertThat(Files.readString(site.resolve("index.html"))).contains("Another title");
    assertSameAsCleanBuild(another);
  }

  @Test
  void aTouchedFileWithTheSameBytesRendersNothing() throws IOException {
    buildTwice();
    Map<String, Object> before = inodes(site);

    Path file = content.resolve("2019/09/oil-prices.txt");
    Files.write(file, Files.readAllBytes(file));
    BuildReport rebuild = build(site);

    assertThat(rebuild.pagesRendered()).isZero();
    assertThat(inodes(site)).isEqualTo(before);
  }

  @Test
  void aPageDeletedFromThePublishedSiteIsPublishedAgain() throws IOException {
    buildTwice();
    String page = pageContaining("rapid tie-break");
    Files.delete(site.resolve(page));

    BuildReport rebuild = build(site);

    assertThat(rebuild.pagesRendered()).isEqualTo(1);
    assertSameAsCleanBuild();
  }

  @Test
  void aFileWhoseSizeTimeAndInodeAreUnchangedIsNotReadAgain() throws IOException {
    setAllFileTimes(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    buildTwice();
    Path file = content.resolve("2019/09/oil-prices.txt");
    FileTime time = Files.getLastModifiedTime(file);

    // The same number of bytes, written into the same file, and its time set back: only a
    // deliberate act looks like this, and the build trusts the stamp, as git and make do.
    byte[] bytes = Files.readAllBytes(file);
    String edited = new String(bytes, UTF_8).replace("prices", "PRICES");
    Files.write(file, edited.getBytes(UTF_8));
    Files.setLastModifiedTime(file, time);
    BuildReport rebuild = build(site);

    assertThat(rebuild.pagesRendered()).isZero();
    assertThat(filesContaining("PRICES")).isEmpty();
  }

  @Test
  void aFileChangedTooRecentlyToTrustItsTimeIsReadAgain() throws IOException {
    setAllFileTimes(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Path file = content.resolve("2019/09/oil-prices.txt");
    // As if written in the same tick of the clock as the build reads it.
    FileTime racy = FileTime.from(Instant.now().plusSeconds(60));
    Files.setLastModifiedTime(file, racy);
    buildTwice();

    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, new String(bytes, UTF_8).replace("prices", "PRICES").getBytes(UTF_8));
    Files.setLastModifiedTime(file, racy);
    BuildReport rebuild = build(site);

    assertThat(rebuild.pagesRendered()).isPositive();
    assertThat(filesContaining("PRICES")).isNotEmpty();
    assertSameAsCleanBuild();
  }

  @Test
  void aRebuildThatChangesFewFilesLeavesNothingBesideTheSite() throws IOException {
    buildTwice();

    replace("changes/oil-prices-body-edited.txt", "2019/09/oil-prices.txt");
    build(site);

    try (Stream<Path> siblings = Files.list(site.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .doesNotContain(".site.journal", ".site.rollback", ".site.pending");
    }
  }

  private void setAllFileTimes(FileTime time) throws IOException {
    try (Stream<Path> walk = Files.walk(content)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, time);
      }
    }
  }

  @Test
  void deletedOrDamagedCacheIsRebuiltFromTheFiles() throws IOException {
    build(site);
    Path cache = SiteBuild.cacheFolder(site);
    try (Stream<Path> files = Files.list(cache)) {
      for (Path file : files.toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    replace("changes/oil-prices-body-edited.txt", "2019/09/oil-prices.txt");

    BuildReport rebuild = build(site);

    assertSameAsCleanBuild();
    assertThat(rebuild.pagesRendered()).isEqualTo(rebuild.pages());
    assertThat(rebuild.filesWritten())
        .isEqualTo(filesContaining("Analysts expect prices to stay high.").size());
  }

  @Test
  void cacheLivesBesideTheOutputFolderUnderAFolderNamedAsACache() throws IOException {
    build(site);

    assertThat(work.resolve("incremental/.dateline-cache/site")).isDirectory();
    assertThat(site.resolve(".dateline-cache")).doesNotExist();
  }

  /**
   * Builds twice without a change: the second build publishes from a staging folder that holds
   * the folders of the first, as every later build does.
   */
  private BuildReport buildTwice() throws IOException {
    build(site);
    return build(site);
  }

  private void assertSameAsCleanBuild() throws IOException {
    assertSameAsCleanBuild(config("title: Incremental test archive\npageSize: 2\n"));
  }

  private void assertSameAsCleanBuild(SiteConfig config) throws IOException {
    Path clean = work.resolve("clean-" + System.nanoTime() + "/site");
    BuildReport cleanBuild = build(clean, config);
    assertThat(contents(site)).isEqualTo(contents(clean));
    assertThat(folders(site)).isEqualTo(folders(clean));
    assertThat(lastBuild.articles()).as("articles").isEqualTo(cleanBuild.articles());
    assertThat(lastBuild.pages()).as("pages").isEqualTo(cleanBuild.pages());
    assertThat(lastBuild.problems()).as("problems").isEqualTo(cleanBuild.problems());
    assertThat(lastBuild.exitCode()).as("exit code").isEqualTo(cleanBuild.exitCode());
  }

  private static List<String> folders(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isDirectory).map(f -> relative(root, f)).sorted().toList();
    }
  }

  /** The site's pages whose text contains {@code text}, by path. */
  private List<String> pagesContaining(String text) throws IOException {
    return filesContaining(text).stream().filter(path -> path.endsWith(".html")).toList();
  }

  /** Every file of the site (pages, feeds, sitemaps) that contains {@code text}. */
  private List<String> filesContaining(String text) throws IOException {
    return contents(site).entrySet().stream()
        .filter(e -> e.getValue().contains(text))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The one page that contains {@code text}, e.g. an article page by a sentence of its body. */
  private String pageContaining(String text) throws IOException {
    List<String> pages = pagesContaining(text);
    assertThat(pages).as("pages containing '%s'", text).hasSize(1);
    return pages.get(0);
  }

  private BuildReport build(Path out) throws IOException {
    return build(out, config("title: Incremental test archive\npageSize: 2\n"));
  }

  private BuildReport build(Path out, SiteConfig config) throws IOException {
    SiteBuild build = new SiteBuild(new BuildOptions(content, "content", templates, out,
        config, false));
    BuildReport report = build.run();
    assertThat(report.exitCode()).isEqualTo(ExitCode.OK);
    if (out.equals(site)) {
      lastBuild = report;
    }
    return report;
  }

  /** Replaces {@code text} in the content file {@code target}, written as a new file. */
  private void edit(String target, String text, String replacement) throws IOException {
    Path file = content.resolve(target);
    String before = Files.readString(file);
    assertThat(before).contains(text);
    Files.delete(file);
    Files.writeString(file, before.replace(text, replacement));
  }

  private Object pageDigestsInode() throws IOException {
    return Files.getAttribute(SiteBuild.cacheFolder(site).resolve("pages.idx"), "unix:ino");
  }

  private SiteConfig config(String yaml) throws IOException {
    Path file = work.resolve("dateline-" + System.nanoTime() + ".yaml");
    Files.writeString(file, yaml);
    return new ConfigLoader().load(file);
  }

  private void replace(String change, String target) throws IOException {
    Path file = content.resolve(target);
    Files.createDirectories(file.getParent());
    Files.copy(ARCHIVE.resolve(change), file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Every file of a site by its path, as text (the whole site is small). */
  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(file -> files.put(relative(root, file),
          read(file)));
    }
    return files;
  }

  /** The inode of every file: a file kept from the last build keeps its inode. */
  private static Map<String, Object> inodes(Path root) throws IOException {
    Map<String, Object> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(relative(root, file), Files.getAttribute(file, "unix:ino"));
      }
    }
    return files;
  }

  private static List<String> changedFiles(Map<String, Object> before,
      Map<String, Object> after) {
    return after.entrySet().stream()
        .filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

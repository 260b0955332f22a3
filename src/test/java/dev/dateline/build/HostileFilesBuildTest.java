package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dateline.article.ParseResult;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One build of a content folder full of hostile files: the fixtures of
 * {@code src/test/resources/hostile} plus those made here (links, loops, a pipe, deep folders, a
 * file over the size limit, a million-character line). Every rejected file is named in one
 * message, the other articles are all published, nothing in the pages can run, and nothing is
 * written outside the output folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesBuildTest {

  /** Rejected by the loader, each with exactly one message. */
  private static final List<String> REJECTED_UNREAD = List.of("too-big.txt", "loop/self",
      "outside.txt", "outside-folder", "dangling.txt",
      "deep/".repeat(ContentLoader.MAX_DEPTH - 1) + "deep");

  private Path root;
  private Path site;
  /** How messages name the content folder. */
  private String content;
  private SiteFolders.Run run;
  private List<String> before;
  private boolean fifoMade;

  @BeforeAll
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void buildTheHostileFolder(@TempDir Path tempDir) throws Exception {
    root = tempDir;
    SiteFolders.newSite(root);
    Path content = root.resolve("content");
    this.content = content + "/";
    SiteFolders.copyTree(SiteFolders.hostileFixtures(), content);
    SiteFolders.write(root.resolve("outside/secret.txt"),
        SiteFolders.article("SECRET-OUTSIDE headline", "MOSCOW", 1, "SECRET-OUTSIDE body"));
    Files.createSymbolicLink(content.resolve("outside.txt"), root.resolve("outside/secret.txt"));
    Files.createSymbolicLink(content.resolve("outside-folder"), root.resolve("outside"));
    Files.createSymbolicLink(content.resolve("dangling.txt"), root.resolve("nowhere.txt"));
    Files.createDirectories(content.resolve("loop"));
    Files.createSymbolicLink(content.resolve("loop/self"), content.resolve("loop"));
    Files.write(content.resolve("too-big.txt"), new byte[2 * 1024 * 1024]);
    Files.writeString(content.resolve("million-character-line.txt"), "Long ".repeat(200_000));
    Files.writeString(content.resolve("deeply-nested.md"), "Markdown nested too deep\n\n"
        + "MOSCOW, July 1. /TASS/. Body.\n\n" + ">".repeat(50_000) + " quoted\n\n"
        + "*".repeat(50_000) + "\n\n" + "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n");
    Path deep = content;
    for (int i = 0; i < ContentLoader.MAX_DEPTH + 5; i++) {
      deep = deep.resolve("deep");
    }
    SiteFolders.write(deep.resolve("buried.txt"),
        SiteFolders.article("Buried headline", "MOSCOW", 2, "Too deep to be read."));
    fifoMade = new ProcessBuilder("mkfifo", content.resolve("pipe.txt").toString()).start()
        .waitFor() == 0;
    before = SiteFolders.listing(root, "site", ".site.", ".dateline-cache");

    run = SiteFolders.build(root, "--max-file-size", "1500KB");
    site = root.resolve("site");
  }

  @Test
  void theBuildPublishesAndSaysFilesWereRejected() {
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).startsWith("Built ");
    assertThat(site.resolve("index.html")).exists();
  }

  @Test
  void everyFileTheLoaderRejectsIsNamedInExactlyOneMessage() {
    for (String name : REJECTED_UNREAD) {
      assertThat(run.err().lines().filter(line -> line.startsWith(content + name + ":")))
          .as(name).hasSize(1).allSatisfy(line -> assertThat(line).contains(": error: "));
    }
    if (fifoMade) {
      assertThat(run.err()).contains(content + "pipe.txt: error: is not a regular file");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.txt", "blank-lines.txt", "nul-bytes.txt", "binary-image.txt",
      "invalid-utf8.txt"})
  void aFileThatIsNoArticleIsNamedAsAnErrorAndNotPublished(String name) throws IOException {
    ParseResult verdict = new ArticleParser(new ParserSettings(null))
        .parse(content + name, Files.readAllBytes(SiteFolders.hostileFixtures().resolve(name)));
    assumeTrue(verdict.hasErrors(), "the parser of this build accepts " + name);

    assertThat(run.err()).containsPattern("(?m)^\\Q" + content + name + "\\E(:\\d+)?: error: ");
  }

  @Test
  void everyArticleThatIsNotRejectedIsPublished() throws IOException {
    assertThat(PageScan.articleHeadlines(site)).contains(
        "Grain corridor talks to resume in Istanbul next week",
        "A file with a byte-order mark and CRLF line ends",
        "Ministers meet <script>alert('headline')</script> in Geneva",
        "Markdown links that must not run", "Markdown nested too deep");
    List<String> rejected = run.err().lines().filter(line -> line.contains(": error: "))
        .map(line -> line.substring(content.length(), line.indexOf(": ")).replaceAll(":\\d+$", ""))
        .toList();
    List<String> articleFiles;
    try (var files = Files.list(root.resolve("content"))) {
      articleFiles = files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".txt") || name.endsWith(".md")).toList();
    }
    // A file named in an error is left out, unless the parser could still make an article of it.
    assertThat(PageScan.articleHeadlines(site).size())
        .isBetween((int) articleFiles.stream().filter(name -> !rejected.contains(name)).count(),
            articleFiles.size());
  }

  @Test
  void nothingFromTheContentCanRunInAnyPage() throws IOException {
    assertThat(PageScan.activeContent(site)).isEmpty();
    assertThat(PageScan.allText(site)).contains("<script>alert('body')</script>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>alert('headline')</script>",
      "<img src=x onerror=alert('standfirst')>", "Caption <script>alert('caption')</script>",
      "<b onmouseover=alert('credit')>Agent</b>", "<script>alert('body')</script>",
      "<a href=\"javascript:alert('body-link')\">a link</a>", "<style>body{display:none}</style>",
      "<script>alert('front-matter headline')</script>"})
  void markupInAnyFieldIsShownAsText(String markup) throws IOException {
    assertThat(PageScan.allText(site)).contains(markup);
  }

  @Test
  void markdownLinksWithSchemesThatRunAreNeutralisedAndOthersKept() throws IOException {
    var page = PageScan.pages(site).values().stream()
        .filter(p -> PageScan.isArticle(p)
            && p.select("main h1").text().equals("Markdown links that must not run"))
        .findFirst().orElseThrow();

    assertThat(page.select("main a[href]").eachAttr("href"))
        .contains("https://example.org/ok")
        .noneMatch(PageScan::scriptUrl);
  }

  @Test
  void whatLinksOutsideTheContentFolderLeadToIsNeverPublished() throws IOException {
    assertThat(PageScan.anyFileContains(site, "SECRET-OUTSIDE")).isFalse();
    assertThat(PageScan.anyFileContains(site, "Buried headline")).isFalse();
  }

  @Test
  void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
    assertThat(SiteFolders.listing(root, "site", ".dateline-cache")).isEqualTo(before);
    try (var siblings = Files.list(root)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .doesNotContain(".site.staging", ".site.previous");
    }
  }

  @Test
  void checkNamesTheSameRejectedFilesAndFindsNoBrokenLink() {
    SiteFolders.Run check = SiteFolders.dateline("check", "--content",
        root.resolve("content").toString(), "--site", site.toString(), "--max-file-size",
        "1500KB");

    assertThat(check.code()).isEqualTo(1);
    for (String name : REJECTED_UNREAD) {
      assertThat(check.err()).contains(content + name + ": error: ");
    }
    assertThat(check.err()).doesNotContain(site + "/");
  }
}

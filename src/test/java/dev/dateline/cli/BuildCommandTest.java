package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.build.SiteFolders;
import dev.dateline.build.SiteFolders.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

  @TempDir
  Path root;

  private Path site;
  private Path content;

  @BeforeEach
  void aSiteWithTwoArticles() throws IOException {
    SiteFolders.twoArticleSite(root);
    content = root.resolve("content");
    site = root.resolve("site");
  }

  private void breakTemplate(String name, String text) throws IOException {
    Files.writeString(root.resolve("templates").resolve(name), text);
  }

  private void assertNothingPublished(Run run, List<String> siteBefore) throws IOException {
    assertThat(run.code()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("nothing was published");
    assertThat(SiteFolders.listing(site)).isEqualTo(siteBefore);
    assertThat(root.resolve(".site.staging")).doesNotExist();
    assertThat(root.resolve(".site.previous")).doesNotExist();
  }

  @Test
  void aCleanBuildExitsZeroAndSaysWhatItBuilt() {
    Run run = SiteFolders.build(root);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Built 2 articles into ").contains("; 0 errors, ");
    assertThat(run.err().lines()).allMatch(line -> line.contains(": warning: "));
    assertThat(site.resolve("2019/09/10/talks-resume-in-istanbul/index.html")).exists();
  }

  @Test
  void aTemplateSyntaxErrorIsReportedWithLineAndColumnAndTheOldSiteStays() throws IOException {
    assertThat(SiteFolders.build(root).code()).isZero();
    List<String> before = SiteFolders.listing(site);
    breakTemplate("article.ftlh", """
        <#import "layout.ftlh" as layout>
        <@layout.frame>
        <#if content.headline??>
        <h1>${content.headline}</h1>
        </@layout.frame>
        """);
    SiteFolders.write(content.resolve("2019/09/new.txt"),
        SiteFolders.article("A new article", "KYIV", 12, "New."));

    Run run = SiteFolders.build(root);

    assertNothingPublished(run, before);
    assertThat(run.err()).containsPattern("article\\.ftlh:\\d+:\\d+: template syntax error");
  }

  @Test
  void aTemplateRuntimeErrorIsReportedWithLineAndColumnAndTheOldSiteStays() throws IOException {
    assertThat(SiteFolders.build(root).code()).isZero();
    List<String> before = SiteFolders.listing(site);
    breakTemplate("article.ftlh", """
        <#import "layout.ftlh" as layout>
        <@layout.frame>
        <h1>${content.headline}</h1>
        <p>${content.noSuchField}</p>
        </@layout.frame>
        """);

    Run run = SiteFolders.build(root);

    assertNothingPublished(run, before);
    assertThat(run.err()).containsPattern("article\\.ftlh:4:\\d+: template error while rendering"
        + " 2019/09/1[01]/[a-z-]+/index.html");
  }

  @Test
  void aMissingTemplateIsReportedAndTheOldSiteStays() throws IOException {
    assertThat(SiteFolders.build(root).code()).isZero();
    List<String> before = SiteFolders.listing(site);
    Files.delete(root.resolve("templates/list.ftlh"));

    Run run = SiteFolders.build(root);

    assertNothingPublished(run, before);
    assertThat(run.err()).contains("list.ftlh");
  }

  @Test
  void aRejectedFileMakesTheExitCodeOneAndTheRestIsPublished() throws IOException {
    Files.write(content.resolve("2019/09/huge.txt"), new byte[4096]);

    Run run = SiteFolders.build(root, "--max-file-size", "1KB");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("2019/09/huge.txt: error: is 4096 bytes, over the limit of"
        + " 1024 bytes");
    assertThat(run.out()).startsWith("Built 2 articles");
  }

  @Test
  void aSizeThatIsNoSizeIsAUsageError() {
    Run run = SiteFolders.build(root, "--max-file-size", "ten megabytes");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'ten megabytes' is not a size");
    assertThat(site).doesNotExist();
  }

  @Test
  void duplicateSlugsAreToldApartByFileNameAndReportedAsWarnings() throws IOException {
    SiteFolders.write(content.resolve("2019/09/b-copy.txt"),
        SiteFolders.article("Talks resume in Istanbul", "MOSCOW", 10, "A second copy."));

    Run run = SiteFolders.build(root);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("2019/09/talks.txt: warning: another article already"
        + " has the URL 2019/09/10/talks-resume-in-istanbul/; this one is published at"
        + " 2019/09/10/talks-resume-in-istanbul-2/ (set 'slug' in its front matter to choose)");
    assertThat(site.resolve("2019/09/10/talks-resume-in-istanbul/index.html"))
        .content().contains("A second copy.");
    assertThat(site.resolve("2019/09/10/talks-resume-in-istanbul-2/index.html"))
        .content().contains("The talks resumed.");
  }

  @Test
  void warningsFailTheBuildOnlyUnderStrict() throws IOException {
    SiteFolders.write(content.resolve("2019/09/b-copy.txt"),
        SiteFolders.article("Talks resume in Istanbul", "MOSCOW", 10, "A second copy."));

    assertThat(SiteFolders.build(root).code()).isZero();
    Run strict = SiteFolders.build(root, "--strict");

    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.out()).containsPattern("; 0 errors, [1-9]\\d* warnings");
    assertThat(site.resolve("index.html")).exists();
  }

  @Test
  void aForeignFolderIsNeverReplaced() throws IOException {
    SiteFolders.write(site.resolve("thesis/chapter1.tex"), "years of work");

    Run run = SiteFolders.build(root);

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("was not built by Dateline", "nothing was published");
    assertThat(SiteFolders.files(site)).containsOnlyKeys("thesis/chapter1.tex");
  }

  @Test
  void theContentFolderIsRefusedAsOutput() throws IOException {
    List<String> before = SiteFolders.listing(root);

    Run run = SiteFolders.dateline("build", "--content", content.toString(), "--templates",
        root.resolve("templates").toString(), "--out", content.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("refusing to use " + content, "content folder");
    assertThat(SiteFolders.listing(root)).isEqualTo(before);
  }

  @Test
  void anEmptyContentFolderStillPublishesASite() throws IOException {
    Files.delete(content.resolve("2019/09/talks.txt"));
    Files.delete(content.resolve("2019/09/summit.txt"));

    Run run = SiteFolders.build(root);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Built 0 articles");
    assertThat(site.resolve("index.html")).exists();
  }

  @Test
  void aMissingContentFolderIsAUsageErrorAndNothingIsMade() throws IOException {
    List<String> before = SiteFolders.listing(root);

    Run run = SiteFolders.dateline("build", "--content", root.resolve("nowhere").toString(),
        "--templates", root.resolve("templates").toString(), "--out", site.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("content folder " + root.resolve("nowhere") + " does not exist");
    assertThat(SiteFolders.listing(root)).isEqualTo(before);
  }
}

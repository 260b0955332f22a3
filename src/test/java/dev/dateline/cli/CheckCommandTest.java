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

class CheckCommandTest {

  @TempDir
  Path root;

  private Path content;
  private Path site;

  @BeforeEach
  void aBuiltSite() throws IOException {
    SiteFolders.twoArticleSite(root);
    content = root.resolve("content");
    site = root.resolve("site");
    assertThat(SiteFolders.build(root).code()).isZero();
  }

  private Run check(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("check",
        "--content", content.toString(), "--site", site.toString()));
    args.addAll(List.of(more));
    return SiteFolders.dateline(args.toArray(String[]::new));
  }

  @Test
  void aSoundSiteChecksCleanAndNothingIsWritten() throws IOException {
    List<String> before = SiteFolders.listing(root);

    Run run = check();

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines()).allMatch(line -> line.contains(": warning: "));
    assertThat(run.out()).startsWith("Checked 2 article files in " + content)
        .contains(" pages in " + site, ": 0 errors, ");
    assertThat(SiteFolders.listing(root)).isEqualTo(before);
  }

  @Test
  void aBrokenInternalLinkIsReportedWithPageAndLine() throws IOException {
    Path page = site.resolve("2019/09/10/talks-resume-in-istanbul/index.html");
    String html = Files.readString(page);
    String main = "<main id=\"main\" tabindex=\"-1\">";
    Files.writeString(page, html.replace(main,
        main + "\n<a href=\"../../11/no-such-article/\">gone</a>"));
    long line = html.substring(0, html.indexOf(main)).lines().count() + 2;

    Run run = check();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(site + "/2019/09/10/talks-resume-in-istanbul/index.html:"
        + line + ": error: <a href=\"../../11/no-such-article/\"> leads to"
        + " 2019/09/11/no-such-article/index.html, which is not in the site");
    assertThat(run.out()).contains(": 1 errors, ");
  }

  @Test
  void linksThatLeaveTheSiteOrPointOutsideItAreTold() throws IOException {
    Path page = site.resolve("index.html");
    Files.writeString(page, Files.readString(page).replace("</main>",
        "<a href=\"https://example.org/x\">out</a><a href=\"#main\">top</a>"
            + "<a href=\"../../etc/passwd\">escape</a></main>"));

    Run run = check();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines().filter(line -> line.contains(": error: ")))
        .hasSize(1).first().asString()
        .contains("../../etc/passwd", "leads outside the site");
  }

  @Test
  void aMissingStylesheetIsABrokenLinkToo() throws IOException {
    Files.delete(site.resolve("assets/style.css"));

    Run run = check();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("<link href=", "assets/style.css, which is not in the site");
  }

  @Test
  void twoArticlesClaimingOneUrlAreAnError() throws IOException {
    SiteFolders.write(content.resolve("2019/09/zz-copy.txt"),
        SiteFolders.article("Talks resume in Istanbul", "MOSCOW", 10, "A copy."));

    Run run = check();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(content + "/2019/09/zz-copy.txt: error: has the same URL"
        + " 2019/09/10/talks-resume-in-istanbul/ as " + content + "/2019/09/talks.txt");
  }

  @Test
  void aFileThatIsNoArticleIsAnError() throws IOException {
    Files.writeString(content.resolve("2019/empty.txt"), "");

    Run run = check();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(content + "/2019/empty.txt");
  }

  @Test
  void aFileOverTheSizeLimitIsAnError() throws IOException {
    Files.write(content.resolve("2019/big.txt"), new byte[5000]);

    Run run = check("--max-file-size", "4k");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("big.txt: error: is 5000 bytes, over the limit of 4096 bytes");
  }

  @Test
  void aMissingFolderIsAUsageError() {
    Run run = SiteFolders.dateline("check", "--content", content.toString(), "--site",
        root.resolve("nowhere").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(root.resolve("nowhere") + " does not exist");
  }
}

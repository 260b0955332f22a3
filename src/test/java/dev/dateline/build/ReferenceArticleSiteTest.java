package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's promise: the repository's own content (the TASS reference item) and templates
 * build into a browsable archive.
 */
class ReferenceArticleSiteTest {

  private static final String ARTICLE = "2019/09/10/"
      + "post-soviet-security-bloc-deliberates-on-un-peacekeeping-participation/index.html";

  @TempDir
  static Path dir;
  static Path site;

  @BeforeAll
  static void buildTheRepositorySite() {
    site = dir.resolve("site");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"build", "--content", "content", "--templates", "templates",
        "--out", site.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
  }

  static Document page(String path) throws IOException {
    Path file = site.resolve(path);
    assertThat(file).as(path).isRegularFile();
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  @Test
  void theArticlePageShowsEveryPartOfTheRecord() throws IOException {
    Document article = page(ARTICLE);

    assertThat(article.select("h1").text())
        .isEqualTo("Post-Soviet security bloc deliberates on UN peacekeeping participation");
    assertThat(article.select(".standfirst").text()).startsWith("\"Practical proposals");
    assertThat(article.select("figcaption").text())
        .isEqualTo("Russian Foreign Ministry © Valeriy Sharifulin/TASS");
    assertThat(article.select("time[datetime=2019-09-10]")).hasSize(1);
    assertThat(article.select(".dateline").text()).isEqualTo("MOSCOW, September 10. /TASS/.");
  }

  @Test
  void theBodyStartsAfterTheDatelineAndNavigationIsNotContent() throws IOException {
    Document article = page(ARTICLE);

    Element first = article.selectFirst(".body p:not(.dateline)");
    assertThat(first.text()).startsWith("Members of the Moscow-led post-Soviet security bloc");
    assertThat(article.select(".body").text()).doesNotContain("All news");
    assertThat(article.select(".story h1").text()).doesNotContain("All news");
  }

  @Test
  void theCaptionAndCreditAppearOnce() throws IOException {
    Document article = page(ARTICLE);
    assertThat(article.select("figure")).hasSize(1);
    assertThat(article.select("figcaption").text().split("Russian Foreign Ministry", -1))
        .hasSize(2);
    assertThat(article.select(".credit").text()).isEqualTo("© Valeriy Sharifulin/TASS");
  }

  @Test
  void theDateArchiveHasTheYearMonthAndDay() throws IOException {
    assertThat(page("2019/index.html").select("a[href$=2019/09/index.html]").text())
        .contains("September");
    assertThat(page("2019/09/index.html").text()).contains("Post-Soviet security bloc");
    assertThat(page("2019/09/10/index.html").text()).contains("Post-Soviet security bloc");
  }

  @Test
  void everyTagOfTheArticleHasItsPage() throws IOException {
    Document article = page(ARTICLE);
    for (Element tag : article.select(".tags a")) {
      Path target = site.resolve(ARTICLE).getParent().resolve(tag.attr("href")).normalize();
      assertThat(target).as(tag.text()).isRegularFile();
      assertThat(Files.readString(target)).contains("Post-Soviet security bloc");
    }
  }

  @Test
  void theHomePageListsTheArticle() throws IOException {
    Document home = page("index.html");
    assertThat(home.select("a[href=" + ARTICLE + "]")).isNotEmpty();
  }
}

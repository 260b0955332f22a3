package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.Page;
import dev.dateline.site.PageKind;
import dev.dateline.site.Site;
import dev.dateline.site.SiteModel;
import dev.dateline.slug.Slugger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteRendererTest {

  private static final Path TEMPLATES = Path.of("templates");
  private final SiteConfig config =
      SiteConfig.defaults().withBaseUrl("https://user.github.io/archive/");

  private String render(Site site, PageKind kind, Map<String, String> environment) {
    SiteRenderer renderer = new SiteRenderer(config, TEMPLATES, environment);
    Page page = site.pages().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    return new String(renderer.render(page).bytes(), StandardCharsets.UTF_8);
  }

  private Site site(List<Article> articles) {
    return new SiteModel(config, new Slugger()).build(articles);
  }

  @Test
  void anArticlePageCarriesItsMetadata() {
    Document doc = Jsoup.parse(render(site(List.of(NewsArticleJsonLdTest.tassItem("Bloc meets"))),
        PageKind.ARTICLE, Map.of()));
    assertThat(doc.title()).isEqualTo("Bloc meets · Dateline archive");
    assertThat(doc.select("meta[name=description]").attr("content"))
        .isEqualTo("The ministry said");
    String url = "https://user.github.io/archive/2019/09/10/csto/";
    assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(url);
    assertThat(doc.select("meta[property=og:url]").attr("content")).isEqualTo(url);
    assertThat(doc.select("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo("Bloc meets");
    assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    assertThat(doc.select("meta[property=article:tag]").eachAttr("content"))
        .containsExactly("CSTO", "United Nations");
    assertThat(doc.select("script[type=application/ld+json]").html()).contains("NewsArticle");
    assertThat(doc.select("a[href^=http]")).isEmpty();
    assertThat(doc.select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("../../../../assets/style.css");
  }

  @Test
  void theNotFoundPageLinksAbsolutelySinceItIsServedAtAnyPath() {
    Document doc = Jsoup.parse(render(site(List.of()), PageKind.NOT_FOUND, Map.of()));
    assertThat(doc.select("a[href]").eachAttr("href"))
        .allMatch(href -> href.startsWith("https://user.github.io/archive/")
            || href.equals("#main"));
    assertThat(doc.select("link[rel=canonical]")).isEmpty();
  }

  @Test
  void anEmptyFeedTakesItsTimeFromSourceDateEpochNeverFromTheClock() {
    Site empty = site(List.of());
    assertThat(render(empty, PageKind.ATOM_FEED, Map.of("SOURCE_DATE_EPOCH", "1568073600")))
        .contains("<updated>2019-09-10T00:00:00Z</updated>");
    assertThat(render(empty, PageKind.ATOM_FEED, Map.of()))
        .contains("<updated>1970-01-01T00:00:00Z</updated>");
  }

  @Test
  void aFeedTakesItsTimesFromTheArticleDates() {
    String atom = render(site(List.of(NewsArticleJsonLdTest.tassItem("Bloc meets"))),
        PageKind.ATOM_FEED, Map.of("SOURCE_DATE_EPOCH", "1"));
    assertThat(atom).contains("<updated>2019-09-10T00:00:00Z</updated>",
        "<published>2019-09-10T00:00:00Z</published>");
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    Site site = site(List.of(NewsArticleJsonLdTest.tassItem("Bloc meets")));
    SiteRenderer one = new SiteRenderer(config, TEMPLATES, Map.of());
    SiteRenderer two = new SiteRenderer(config, TEMPLATES, Map.of());
    for (Page page : site.pages()) {
      assertThat(one.render(page).bytes()).as(page.outputPath())
          .isEqualTo(two.render(page).bytes());
    }
  }

  @Test
  void robotsTxtNamesTheSitemapIndex() {
    assertThat(render(site(List.of()), PageKind.ROBOTS, Map.of()))
        .contains("Sitemap: https://user.github.io/archive/sitemap.xml");
  }
}

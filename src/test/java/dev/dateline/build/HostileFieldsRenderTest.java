package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.article.DateSource;
import dev.dateline.article.Dateline;
import dev.dateline.article.Photo;
import dev.dateline.config.SiteConfig;
import dev.dateline.render.RenderedFile;
import dev.dateline.render.SiteRenderer;
import dev.dateline.site.Page;
import dev.dateline.site.Site;
import dev.dateline.site.SiteModel;
import dev.dateline.slug.Slugger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markup in every field of an article record, whatever parser made it, and in the site's own
 * settings: rendered through the default templates, all of it shows as text and none of it runs.
 */
class HostileFieldsRenderTest {

  @TempDir
  Path root;

  private static String payload(String field) {
    return "<script>alert('" + field + "')</script>\"><img src=x onerror=alert('" + field + "')>";
  }

  private static Article article(String source, String field, LocalDate date) {
    return new Article(source, "slug-" + field, date + "/slug-" + field + "/", payload("section"),
        payload("headline-" + field), payload("standfirst"),
        new Photo(payload("caption"), payload("credit"), payload("photographer"), "Agency"),
        new Dateline(payload("dateline"), payload("place"), date, payload("agency")), date,
        DateSource.DATELINE, List.of(payload("body"), "[link](javascript:alert('md-link'))"),
        List.of(payload("tag"), "Geneva"), List.of(payload("warning")), false);
  }

  @BeforeEach
  void renderEveryPage() throws IOException {
    SiteFolders.newSite(root);
    SiteConfig config = new SiteConfig(payload("site-title"), payload("site-description"),
        "https://example.org/archive/", "en", 50, 50, null);
    LocalDate day = LocalDate.of(2019, 9, 10);
    Site site = new SiteModel(config, new Slugger()).build(List.of(
        article("content/a.txt", "txt", day), article("content/b.md", "md", day.plusDays(1))));
    SiteRenderer renderer = new SiteRenderer(config, root.resolve("templates"));
    for (Page page : site.pages()) {
      RenderedFile file = renderer.render(page);
      Path target = root.resolve("site").resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.write(target, file.bytes());
    }
  }

  @Test
  void nothingInAnyPageCanRun() throws IOException {
    assertThat(PageScan.pages(root.resolve("site"))).hasSizeGreaterThan(5);
    assertThat(PageScan.activeContent(root.resolve("site"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"section", "headline-txt", "headline-md", "standfirst", "caption",
      "credit", "dateline", "place", "agency", "body", "tag", "site-title", "site-description"})
  void markupInTheFieldIsShownAsText(String field) throws IOException {
    Path site = root.resolve("site");
    String text = PageScan.allText(site);
    String attributes = PageScan.pages(site).values().stream()
        .flatMap(page -> page.getAllElements().stream())
        .flatMap(element -> element.attributes().asList().stream())
        .map(attribute -> attribute.getValue()).reduce("", String::concat);

    assertThat(text + attributes).contains(payload(field));
  }
}

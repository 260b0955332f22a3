package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.article.ArticleUrls;
import dev.dateline.article.DateSource;
import dev.dateline.article.Dateline;
import dev.dateline.config.SiteConfig;
import dev.dateline.render.RenderedFile;
import dev.dateline.render.SiteRenderer;
import dev.dateline.site.PageContent.SitemapContent;
import dev.dateline.site.PageContent.SitemapEntry;
import dev.dateline.site.PageContent.SitemapIndexContent;
import dev.dateline.slug.Slugger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapsTest {

  private static List<SitemapEntry> entries(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> new SitemapEntry("p" + i + "/", LocalDate.of(2019, 1, 1).plusDays(i)))
        .toList();
  }

  @Test
  void urlsAreSplitIntoFilesOfAtMostTheLimitUnderAnIndex() {
    List<Page> pages = new Sitemaps(3).pages(entries(7));
    assertThat(pages).extracting(Page::kind).containsExactly(PageKind.SITEMAP, PageKind.SITEMAP,
        PageKind.SITEMAP, PageKind.SITEMAP_INDEX);
    assertThat(pages).extracting(Page::outputPath).containsExactly("sitemap-1.xml",
        "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
    assertThat(pages.subList(0, 3)).extracting(p -> ((SitemapContent) p.content()).entries()
        .size()).containsExactly(3, 3, 1);
    SitemapIndexContent index = (SitemapIndexContent) pages.get(3).content();
    assertThat(index.sitemaps()).containsExactly(
        new SitemapEntry("sitemap-1.xml", LocalDate.of(2019, 1, 4)),
        new SitemapEntry("sitemap-2.xml", LocalDate.of(2019, 1, 7)),
        new SitemapEntry("sitemap-3.xml", LocalDate.of(2019, 1, 8)));
  }

  @Test
  void exactlyTheLimitFitsInOneFile() {
    assertThat(new Sitemaps(3).pages(entries(3))).extracting(Page::outputPath)
        .containsExactly("sitemap-1.xml", "sitemap.xml");
  }

  @Test
  void anArchiveOfMoreThanFiftyThousandPagesGetsSeveralSitemapFiles() {
    List<Article> articles = new ArrayList<>();
    LocalDate start = LocalDate.of(2019, 1, 1);
    for (int i = 0; i < 50_001; i++) {
      LocalDate date = start.plusDays(i % 400);
      String slug = "story-" + i;
      articles.add(new Article("content/" + slug + ".txt", slug, ArticleUrls.urlOf(date, slug),
          null, "Story " + i, null, null, new Dateline("MOSCOW. /TASS/.", "Moscow", date, "TASS"),
          date, DateSource.PATH, List.of(), List.of(), List.of(), false));
    }
    SiteConfig config = SiteConfig.defaults();
    assertThat(config.sitemapSize()).isEqualTo(SiteConfig.SITEMAP_LIMIT).isEqualTo(50_000);
    Site site = new SiteModel(config, new Slugger()).build(articles);

    long htmlPages = site.pages().stream().filter(p -> p.kind().isFolder()).count();
    List<Page> sitemaps = site.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP)
        .toList();
    assertThat(htmlPages).isGreaterThan(50_001);
    assertThat(sitemaps).hasSize((int) ((htmlPages + 49_999) / 50_000));
    assertThat(sitemaps).allSatisfy(p ->
        assertThat(((SitemapContent) p.content()).entries()).hasSizeLessThanOrEqualTo(50_000));
    assertThat(sitemaps.stream().mapToInt(p -> ((SitemapContent) p.content()).entries().size())
        .sum()).isEqualTo((int) htmlPages);

    SiteRenderer renderer = new SiteRenderer(config, TestSite.TEMPLATES);
    RenderedFile first = renderer.render(sitemaps.get(0));
    String xml = new String(first.bytes(), StandardCharsets.UTF_8);
    assertThat(xml.split("<url>", -1)).hasSize(50_000 + 1);
    Page index = site.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP_INDEX)
        .findFirst().orElseThrow();
    String indexXml = new String(renderer.render(index).bytes(), StandardCharsets.UTF_8);
    assertThat(indexXml).contains("<loc>https://example.org/sitemap-1.xml</loc>",
        "<loc>https://example.org/sitemap-2.xml</loc>");
  }
}

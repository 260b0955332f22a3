package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.article.Article;
import dev.dateline.article.DateSource;
import dev.dateline.config.SiteConfig;
import dev.dateline.render.RenderException;
import dev.dateline.render.SiteRenderer;
import dev.dateline.site.Page;
import dev.dateline.site.PageKind;
import dev.dateline.site.SiteModel;
import dev.dateline.slug.Slugger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that does not parse is reported with its line and column every time it is asked for. */
class BrokenTemplateRenderTest {

  @TempDir
  Path root;

  @Test
  void everyPageOfABrokenTemplateNamesItsLineAndColumn() throws IOException {
    SiteFolders.newSite(root);
    Files.writeString(root.resolve("templates/article.ftlh"), """
        <#import "layout.ftlh" as layout>
        <@layout.frame>
        <h1>${content.headline</h1>
        </@layout.frame>
        """);
    LocalDate day = LocalDate.of(2019, 9, 10);
    List<Article> articles = List.of("a", "b").stream().map(slug -> new Article(
        "content/" + slug + ".txt", slug, "2019/09/10/" + slug + "/", null, "Headline " + slug,
        null, null, null, day, DateSource.PATH, List.of("Body."), List.of(), List.of(), false))
        .toList();
    SiteConfig config = SiteConfig.defaults();
    List<Page> pages = new SiteModel(config, new Slugger()).build(articles).pages().stream()
        .filter(page -> page.kind() == PageKind.ARTICLE).toList();
    SiteRenderer renderer = new SiteRenderer(config, root.resolve("templates"));

    for (Page page : pages) {
      assertThatThrownBy(() -> renderer.render(page)).as(page.url())
          .isInstanceOf(RenderException.class)
          .hasMessageStartingWith("article.ftlh:3:24: template syntax error: ");
    }
  }
}

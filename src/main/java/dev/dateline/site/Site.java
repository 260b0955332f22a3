package dev.dateline.site;

import dev.dateline.article.Article;
import dev.dateline.article.Problem;
import dev.dateline.config.SiteConfig;
import java.util.List;

/**
 * The whole site as a model: the published articles in site order (newest first, then by slug),
 * every page to render, and the problems found while assembling it.
 */
public record Site(SiteConfig config, List<Article> articles, List<Page> pages,
    List<Problem> problems) {

  public Site {
    articles = List.copyOf(articles);
    pages = List.copyOf(pages);
    problems = List.copyOf(problems);
  }
}

package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.List;

/** What a page shows besides its title and breadcrumbs; one record per family of pages. */
public sealed interface PageContent {

  /** One article, with the links around it. */
  record ArticleContent(Article article, String dateText, Link day, List<Link> tags, Link previous,
      Link next) implements PageContent {
    public ArticleContent {
      tags = List.copyOf(tags);
    }
  }

  /** One page of a list of articles, with optional links to narrower lists (a year's months). */
  record ListContent(List<Link> children, List<Teaser> items, Pager pager)
      implements PageContent {
    public ListContent {
      children = List.copyOf(children);
      items = List.copyOf(items);
    }
  }

  /** An index of lists: all tags, or all years. */
  record IndexContent(List<Link> entries, Pager pager) implements PageContent {
    public IndexContent {
      entries = List.copyOf(entries);
    }
  }

  /** A page with nothing but its heading and text. */
  record TextContent(String text) implements PageContent {}
}

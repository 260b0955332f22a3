package dev.dateline.site;

import java.util.List;

/**
 * One page of the site: an HTML page, a feed, a sitemap or robots.txt.
 *
 * @param url for HTML pages the page's folder relative to the site root ({@code 2019/09/}), whose
 *     file is {@code url + "index.html"} (the 404 page is {@code 404.html}); for the other kinds the
 *     file's own path ({@code feed.xml})
 * @param description the text for search results and link previews, may be null
 */
public record Page(PageKind kind, String url, String title, String description,
    List<Link> breadcrumbs, PageContent content) {

  public Page {
    breadcrumbs = List.copyOf(breadcrumbs);
  }

  /** The file this page is written to, relative to the site root. */
  public String outputPath() {
    if (kind == PageKind.NOT_FOUND) {
      return "404.html";
    }
    return kind.isFolder() ? url + "index.html" : url;
  }
}

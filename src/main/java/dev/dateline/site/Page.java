package dev.dateline.site;

import java.util.List;

/**
 * One HTML page of the site.
 *
 * @param url the page's folder relative to the site root ({@code 2019/09/}); its file is
 *     {@code url + "index.html"}, except for the 404 page, which is {@code 404.html}
 * @param description the text for search results and link previews, may be null
 */
public record Page(PageKind kind, String url, String title, String description,
    List<Link> breadcrumbs, PageContent content) {

  public Page {
    breadcrumbs = List.copyOf(breadcrumbs);
  }

  /** The file this page is written to, relative to the site root. */
  public String outputPath() {
    return kind == PageKind.NOT_FOUND ? "404.html" : url + "index.html";
  }
}

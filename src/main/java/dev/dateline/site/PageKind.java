package dev.dateline.site;

/**
 * Every kind of page the site has, each rendered by its own template. HTML pages live in a folder
 * ({@code url + "index.html"}); the other kinds are single files whose URL is their path.
 */
public enum PageKind {
  HOME("list.ftlh"),
  ARTICLE("article.ftlh"),
  TAG_INDEX("index.ftlh"),
  TAG("list.ftlh"),
  DATE_INDEX("index.ftlh"),
  YEAR("calendar.ftlh"),
  MONTH("calendar.ftlh"),
  DAY("list.ftlh"),
  PLACE_INDEX("index.ftlh"),
  PLACE("list.ftlh"),
  AGENCY_INDEX("index.ftlh"),
  AGENCY("list.ftlh"),
  PHOTOGRAPHER_INDEX("index.ftlh"),
  PHOTOGRAPHER("list.ftlh"),
  NOT_FOUND("404.ftlh"),
  ATOM_FEED("atom.ftlx"),
  JSON_FEED(null),
  SITEMAP_INDEX("sitemap-index.ftlx"),
  SITEMAP("sitemap.ftlx"),
  ROBOTS("robots.txt.ftl");

  private final String template;

  PageKind(String template) {
    this.template = template;
  }

  /**
   * The template file name, e.g. {@code list.ftlh}; null for the JSON feed, which is written with
   * Jackson so that it is always valid JSON.
   */
  public String templateName() {
    return template;
  }

  /** Whether this kind is an HTML page a reader opens (and a search engine lists). */
  public boolean isHtml() {
    return template != null && template.endsWith(".ftlh");
  }

  /** Whether this kind is a page at a folder URL ({@code url + "index.html"}). */
  public boolean isFolder() {
    return isHtml() && this != NOT_FOUND;
  }
}

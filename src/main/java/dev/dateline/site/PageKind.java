package dev.dateline.site;

/** Every kind of page the site has; each is rendered by the template of the same name. */
public enum PageKind {
  HOME("list"),
  ARTICLE("article"),
  TAG_INDEX("index"),
  TAG("list"),
  DATE_INDEX("index"),
  YEAR("list"),
  MONTH("list"),
  DAY("list"),
  NOT_FOUND("404");

  private final String template;

  PageKind(String template) {
    this.template = template;
  }

  /** The template file name, e.g. {@code list.ftlh}. */
  public String templateName() {
    return template + ".ftlh";
  }
}

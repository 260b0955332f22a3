package dev.dateline.article;

/** What gave an article its publication date. Serialised in lower case with hyphens. */
public enum DateSource {
  FRONT_MATTER("front-matter"),
  PATH("path"),
  DATELINE("dateline"),
  CONFIG("config"),
  FILE_TIME("file-time");

  private final String label;

  DateSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}

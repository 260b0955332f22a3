package dev.dateline.article;

import java.time.LocalDate;

/**
 * Where an article and its day live in the site: {@code 2019/09/10/} for the day, and
 * {@code 2019/09/10/<slug>/} for a dated article ({@code <slug>/} for an undated one). The one
 * place this rule is written, for the parser's record and the site model alike.
 */
public final class ArticleUrls {

  private ArticleUrls() {}

  /** The article's folder relative to the site root. */
  public static String urlOf(LocalDate date, String slug) {
    return date == null ? slug + "/" : dayPath(date) + slug + "/";
  }

  /** The day's folder relative to the site root, e.g. {@code 2019/09/10/}. */
  public static String dayPath(LocalDate date) {
    return padded(date.getYear(), 4) + "/" + padded(date.getMonthValue(), 2) + "/"
        + padded(date.getDayOfMonth(), 2) + "/";
  }

  /** {@code value} as {@code String.format("%0<width>d")} writes it, without parsing a format. */
  public static String padded(int value, int width) {
    String digits = Integer.toString(Math.abs(value));
    int sign = value < 0 ? 1 : 0;
    if (digits.length() + sign >= width) {
      return value < 0 ? "-" + digits : digits;
    }
    return (value < 0 ? "-" : "") + "0".repeat(width - sign - digits.length()) + digits;
  }
}

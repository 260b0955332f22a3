package dev.dateline.parse;

/**
 * What the parser needs from the configuration.
 *
 * @param defaultYear the year for datelines without one when neither front matter nor the path
 *     gives it ({@code dateSource} "config"); {@code null} when not configured
 */
public record ParserSettings(Integer defaultYear) {

  public static ParserSettings defaults() {
    return new ParserSettings(null);
  }
}

package dev.dateline.article;

import java.util.Comparator;

/**
 * Something a build phase found wrong with one file: printed as {@code file:line: severity: message}.
 *
 * @param source the file, as given to the build
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record Problem(String source, int line, Severity severity, String message)
    implements Comparable<Problem> {

  public enum Severity { WARNING, ERROR }

  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::source)
      .thenComparingInt(Problem::line)
      .thenComparing(Problem::severity)
      .thenComparing(Problem::message);

  public static Problem error(String source, int line, String message) {
    return new Problem(source, line, Severity.ERROR, message);
  }

  public static Problem warning(String source, int line, String message) {
    return new Problem(source, line, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    String where = line > 0 ? source + ":" + line : source;
    return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}

package dev.dateline.parse;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * What a file's path says about its date: {@code content/2019/09/x.txt} gives the year 2019;
 * {@code 2019/09/10/x.txt} and {@code 2019-09-10-x.txt} give the whole date.
 *
 * @param year the year, or {@code null}
 * @param date the full date, or {@code null}
 */
record SourcePath(Integer year, LocalDate date) {

  /** "2019-09-10" in the file name, not inside a longer run of digits; the last date wins. */
  private static final int NAME_DATE = 10;

  static SourcePath of(String source) {
    if (source == null) {
      return new SourcePath(null, null);
    }
    String path = source.replace('\\', '/');
    String name = path.substring(path.lastIndexOf('/') + 1);
    LocalDate date = nameDate(name);
    if (date == null) {
      date = folderDate(path);
    }
    Integer year = date != null ? Integer.valueOf(date.getYear()) : folderYear(path);
    return new SourcePath(year, date);
  }

  /** The last real date "YYYY-MM-DD" in the name with no digit right before or after it. */
  private static LocalDate nameDate(String name) {
    LocalDate found = null;
    for (int at = 0; at + NAME_DATE <= name.length(); at++) {
      if ((at == 0 || !isDigit(name.charAt(at - 1))) && isYear(name, at)
          && name.charAt(at + 4) == '-' && isTwoDigits(name, at + 5)
          && name.charAt(at + 7) == '-' && isTwoDigits(name, at + 8)
          && (at + NAME_DATE == name.length() || !isDigit(name.charAt(at + NAME_DATE)))) {
        LocalDate date = date(name, at);
        found = date != null ? date : found;
      }
    }
    return found;
  }

  /** The last real date in folders "/YYYY/MM/DD/" (or at the start of the path). */
  private static LocalDate folderDate(String path) {
    LocalDate found = null;
    for (int at = 0; at + 11 <= path.length(); at++) {
      if ((at == 0 || path.charAt(at - 1) == '/') && isYear(path, at)
          && path.charAt(at + 4) == '/' && isTwoDigits(path, at + 5)
          && path.charAt(at + 7) == '/' && isTwoDigits(path, at + 8)
          && path.charAt(at + 10) == '/') {
        LocalDate date = date(path, at);
        found = date != null ? date : found;
      }
    }
    return found;
  }

  /** The last folder "/YYYY/" (or at the start of the path). */
  private static Integer folderYear(String path) {
    Integer year = null;
    for (int at = 0; at + 5 <= path.length(); at++) {
      if ((at == 0 || path.charAt(at - 1) == '/') && isYear(path, at)
          && path.charAt(at + 4) == '/') {
        year = Integer.valueOf(number(path, at, 4));
      }
    }
    return year;
  }

  /** The date of "YYYY?MM?DD" at {@code at}, or {@code null}: "2019-13-45-notes.txt" has none. */
  private static LocalDate date(String s, int at) {
    try {
      return LocalDate.of(number(s, at, 4), number(s, at + 5, 2), number(s, at + 8, 2));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "19xx" or "20xx". */
  private static boolean isYear(String s, int at) {
    return ((s.charAt(at) == '1' && s.charAt(at + 1) == '9')
        || (s.charAt(at) == '2' && s.charAt(at + 1) == '0'))
        && isTwoDigits(s, at + 2);
  }

  private static boolean isTwoDigits(String s, int at) {
    return isDigit(s.charAt(at)) && isDigit(s.charAt(at + 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String s, int at, int digits) {
    int n = 0;
    for (int i = at; i < at + digits; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }
}

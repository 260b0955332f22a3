package dev.dateline.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's path says about its date: {@code content/2019/09/x.txt} gives the year 2019;
 * {@code 2019/09/10/x.txt} and {@code 2019-09-10-x.txt} give the whole date.
 *
 * @param year the year, or {@code null}
 * @param date the full date, or {@code null}
 */
record SourcePath(Integer year, LocalDate date) {

  private static final Pattern YEAR = Pattern.compile("(?:^|/)((?:19|20)\\d\\d)(?=/)");
  private static final Pattern FOLDERS =
      Pattern.compile("(?:^|/)((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)(?=/)");
  private static final Pattern NAME =
      Pattern.compile("(?:^|[^0-9])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![0-9])");

  static SourcePath of(String source) {
    if (source == null) {
      return new SourcePath(null, null);
    }
    String path = source.replace('\\', '/');
    String name = path.substring(path.lastIndexOf('/') + 1);
    LocalDate date = date(NAME.matcher(name));
    if (date == null) {
      date = date(FOLDERS.matcher(path));
    }
    Integer year = date != null ? Integer.valueOf(date.getYear()) : null;
    if (year == null) {
      Matcher m = YEAR.matcher(path);
      while (m.find()) {
        year = Integer.valueOf(m.group(1));
      }
    }
    return new SourcePath(year, date);
  }

  private static LocalDate date(Matcher m) {
    LocalDate found = null;
    while (m.find()) {
      try {
        found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        // not a date after all: "2019-13-45-notes.txt"
      }
    }
    return found;
  }
}

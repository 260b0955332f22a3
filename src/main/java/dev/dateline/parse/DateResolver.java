package dev.dateline.parse;

import dev.dateline.article.DateSource;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The article's date from what the file offers, strongest first: front matter, a dateline with
 * its year, a dateline's month and day with the year from front matter, the path or the
 * configuration, and a full date in the path. Never the file's time.
 */
final class DateResolver {

  private static final int WEEKDAY_SCAN = 2000;
  private static final List<String> WEEKDAY_LEADS = List.of("on ", "last ", "this ", "next ");
  private static final DayOfWeek[] DAYS = DayOfWeek.values();
  /** English names by {@code DayOfWeek.ordinal()}. */
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday"};
  private static final int LONGEST_WEEKDAY = "Wednesday".length();

  /** The result: {@code datelineDate} is the dateline's own date with its year completed. */
  record Resolved(LocalDate date, DateSource source, LocalDate datelineDate) {}

  private final Integer defaultYear;

  DateResolver(Integer defaultYear) {
    this.defaultYear = defaultYear;
  }

  Resolved resolve(LocalDate frontMatterDate, DatelineParser.Match dateline, int datelineLine,
      SourcePath path, ProblemList problems) {
    LocalDate datelineDate = null;
    DateSource yearSource = null;
    if (dateline != null && dateline.month() > 0) {
      Integer year = dateline.year();
      String from = null;
      if (year != null) {
        yearSource = DateSource.DATELINE;
      } else if (frontMatterDate != null) {
        year = frontMatterDate.getYear();
        yearSource = DateSource.FRONT_MATTER;
        from = "the front matter";
      } else if (path.year() != null) {
        year = path.year();
        yearSource = DateSource.PATH;
        from = "the path";
      } else if (defaultYear != null) {
        year = defaultYear;
        yearSource = DateSource.CONFIG;
        from = "the configuration (default year)";
      }
      if (year == null) {
        problems.warning(datelineLine, "year not stated in the dateline and not found anywhere"
            + " else; add 'date: YYYY-MM-DD' front matter or keep the file under a YYYY folder");
      } else {
        try {
          datelineDate = LocalDate.of(year, dateline.month(), dateline.day());
          if (from != null && frontMatterDate == null) {
            problems.warning(datelineLine, "year not stated in the dateline; taken from " + from);
          }
        } catch (DateTimeException e) {
          yearSource = null;
          problems.warning(datelineLine, "the dateline's date '" + dateline.raw()
              + "' is not a real date in " + year + "; it was ignored");
        }
      }
    }
    if (frontMatterDate != null) {
      if (datelineDate != null && !datelineDate.equals(frontMatterDate)) {
        problems.warning(datelineLine, "the front matter date " + frontMatterDate
            + " differs from the dateline's " + datelineDate + "; the front matter date is used");
      }
      return new Resolved(frontMatterDate, DateSource.FRONT_MATTER, datelineDate);
    }
    if (datelineDate != null) {
      if (path.date() != null && !path.date().equals(datelineDate)) {
        problems.warning(datelineLine, "the dateline's date " + datelineDate
            + " differs from the date in the path, " + path.date() + "; the dateline is used");
      }
      return new Resolved(datelineDate, yearSource, datelineDate);
    }
    if (path.date() != null) {
      return new Resolved(path.date(), DateSource.PATH, null);
    }
    if (dateline == null || dateline.month() == 0) {
      problems.warning(0, "no date: no front matter date, no dated dateline and no date in the"
          + " path; add 'date: YYYY-MM-DD' front matter");
    }
    return new Resolved(null, null, null);
  }

  /** Warns when the first paragraph names a weekday ("on Tuesday") that the date was not. */
  void checkWeekday(LocalDate date, String firstParagraph, int line, ProblemList problems) {
    if (date == null || firstParagraph == null) {
      return;
    }
    DayOfWeek named = firstNamedWeekday(firstParagraph);
    if (named != null && named != date.getDayOfWeek()) {
      String name = named.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      problems.warning(line, "the first paragraph says " + name + " but " + date
          + " was a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + "; check the date");
    }
  }

  /** The first weekday after "on", "last", "this" or "next", in the first 2,000 characters. */
  private static DayOfWeek firstNamedWeekday(String paragraph) {
    int limit = Math.min(paragraph.length(), WEEKDAY_SCAN);
    // Every weekday's name ends in "day", and no name holds another: the names found at each
    // "day" in turn start in the order of the text.
    for (int end = paragraph.indexOf("day"); end >= 0 && end - LONGEST_WEEKDAY + 3 < limit;
        end = paragraph.indexOf("day", end + 3)) {
      for (DayOfWeek day : DAYS) {
        String name = WEEKDAYS[day.ordinal()];
        int at = end + 3 - name.length();
        if (at >= 0 && at < limit && paragraph.startsWith(name, at)
            && isWordEnd(paragraph, end + 3) && hasWeekdayLead(paragraph, at)) {
          return day;
        }
      }
    }
    return null;
  }

  private static boolean isWordEnd(String s, int end) {
    return end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
  }

  private static boolean hasWeekdayLead(String s, int at) {
    for (String lead : WEEKDAY_LEADS) {
      int start = at - lead.length();
      if (start >= 0 && s.regionMatches(true, start, lead, 0, lead.length())
          && (start == 0 || !Character.isLetter(s.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }
}

package dev.dateline.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Lays out year and month calendars; weeks start on the locale's first day of the week. */
final class Calendars {

  private static final int MONTHS_PER_ROW = 3;

  private final Locale locale;

  Calendars(Locale locale) {
    this.locale = locale;
  }

  /** The twelve months of {@code year}, three to a row; months without articles have no URL. */
  Calendar year(int year, Map<YearMonth, Integer> counts, Function<YearMonth, String> urlOf) {
    List<List<Calendar.Cell>> rows = new ArrayList<>();
    List<Calendar.Cell> row = new ArrayList<>();
    for (Month month : Month.values()) {
      YearMonth ym = YearMonth.of(year, month);
      int count = counts.getOrDefault(ym, 0);
      row.add(new Calendar.Cell(month.getDisplayName(TextStyle.FULL_STANDALONE, locale),
          count > 0 ? urlOf.apply(ym) : null, count));
      if (row.size() == MONTHS_PER_ROW) {
        rows.add(row);
        row = new ArrayList<>();
      }
    }
    return new Calendar(String.valueOf(year), List.of(), rows);
  }

  /** The days of {@code month} in weeks, padded to whole weeks; days without articles have no URL. */
  Calendar month(YearMonth month, String caption, Map<LocalDate, Integer> counts,
      Function<LocalDate, String> urlOf) {
    DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
    List<String> headers = new ArrayList<>(7);
    for (int i = 0; i < 7; i++) {
      headers.add(first.plus(i).getDisplayName(TextStyle.SHORT_STANDALONE, locale));
    }
    List<List<Calendar.Cell>> rows = new ArrayList<>();
    List<Calendar.Cell> week = new ArrayList<>(7);
    int lead = Math.floorMod(month.atDay(1).getDayOfWeek().getValue() - first.getValue(), 7);
    for (int i = 0; i < lead; i++) {
      week.add(Calendar.Cell.PADDING);
    }
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate day = month.atDay(d);
      int count = counts.getOrDefault(day, 0);
      week.add(new Calendar.Cell(String.valueOf(d), count > 0 ? urlOf.apply(day) : null, count));
      if (week.size() == 7) {
        rows.add(week);
        week = new ArrayList<>(7);
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) {
        week.add(Calendar.Cell.PADDING);
      }
      rows.add(week);
    }
    return new Calendar(caption, headers, rows);
  }
}

package dev.dateline.site;

import dev.dateline.article.ArticleUrls;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts and links of the dates of one site, made once per date and shared by every page that
 * shows them: an archive has thousands of articles per day, month and year, and each page of
 * one shows the same date text and breadcrumbs. Not thread-safe: one instance serves one thread
 * of a build.
 */
final class Dates {

  static final Link HOME = Link.to("Home", "");
  static final List<Link> HOME_ONLY = List.of(HOME);

  /** What pages of and in a day show of it. */
  private record Day(LocalDate date, String text, Link link, List<Link> crumbsOfDay,
      List<Link> crumbsInDay) {}

  private final DateTimeFormatter dayFormat;
  private final Locale locale;
  private final Map<LocalDate, Day> days = new HashMap<>();
  private final Map<YearMonth, Link> months = new HashMap<>();
  private final Map<YearMonth, List<Link>> crumbsOfMonths = new HashMap<>();
  private final Map<Integer, Link> years = new HashMap<>();
  /** The day asked for last: pages and teasers ask for the days in site order, one run each. */
  private Day last;

  Dates(DateTimeFormatter dayFormat, Locale locale) {
    this.dayFormat = dayFormat;
    this.locale = locale;
  }

  /** "10 September 2019". */
  String text(LocalDate date) {
    return day(date).text();
  }

  /** The day's number, linked to the day's page. */
  Link dayLink(LocalDate date) {
    return day(date).link();
  }

  /** The breadcrumbs of a day's pages: home, year, month. */
  List<Link> crumbsOfDay(LocalDate date) {
    return day(date).crumbsOfDay();
  }

  /** The breadcrumbs of a page in a day (an article's): home, year, month, day. */
  List<Link> crumbsInDay(LocalDate date) {
    return day(date).crumbsInDay();
  }

  /** The breadcrumbs of a month's pages: home, year. */
  List<Link> crumbsOfMonth(YearMonth month) {
    return crumbsOfMonths.computeIfAbsent(month, m -> List.of(HOME, year(m.getYear())));
  }

  private Day day(LocalDate date) {
    if (last != null && last.date().equals(date)) {
      return last;
    }
    Day day = days.get(date);
    if (day == null) {
      Link link = Link.to(String.valueOf(date.getDayOfMonth()), ArticleUrls.dayPath(date));
      Link year = year(date.getYear());
      Link month = month(YearMonth.from(date));
      day = new Day(date, dayFormat.format(date), link, List.of(HOME, year, month),
          List.of(HOME, year, month, link));
      days.put(date, day);
    }
    last = day;
    return day;
  }

  private Link month(YearMonth month) {
    return months.computeIfAbsent(month, m -> Link.to(
        m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), SiteModel.monthUrl(m)));
  }

  private Link year(int year) {
    return years.computeIfAbsent(year,
        y -> Link.to(String.valueOf(y), SiteModel.yearUrl(y)));
  }
}

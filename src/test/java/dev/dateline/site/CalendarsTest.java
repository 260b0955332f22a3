package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.ArticleUrls;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarsTest {

  private static String cells(List<Calendar.Cell> row) {
    StringBuilder s = new StringBuilder();
    for (Calendar.Cell cell : row) {
      s.append(cell.isPadding() ? "." : cell.label() + (cell.url() == null ? "" : "*"))
          .append(' ');
    }
    return s.toString().strip();
  }

  @Test
  void aYearShowsAllTwelveMonthsAndLinksOnlyThoseWithArticles() {
    Calendar year = new Calendars(Locale.ENGLISH).year(2019,
        Map.of(YearMonth.of(2019, 9), 4, YearMonth.of(2019, 10), 2), SiteModel::monthUrl);
    assertThat(year.rows()).extracting(CalendarsTest::cells).containsExactly(
        "January February March", "April May June", "July August September*",
        "October* November December");
    assertThat(year.rows().get(2).get(2)).isEqualTo(new Calendar.Cell("September", "2019/09/", 4));
    assertThat(year.rows().get(0).get(0)).isEqualTo(new Calendar.Cell("January", null, 0));
    assertThat(year.headers()).isEmpty();
  }

  @Test
  void aMonthIsLaidOutInWeeksStartingOnTheLocalesFirstDay() {
    Map<LocalDate, Integer> counts = Map.of(LocalDate.of(2019, 9, 10), 2);
    Calendar british = new Calendars(Locale.UK).month(YearMonth.of(2019, 9), "September 2019",
        counts, ArticleUrls::dayPath);
    assertThat(british.headers()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
        "Sun");
    // 1 September 2019 was a Sunday.
    assertThat(british.rows()).extracting(CalendarsTest::cells).containsExactly(
        ". . . . . . 1",
        "2 3 4 5 6 7 8",
        "9 10* 11 12 13 14 15",
        "16 17 18 19 20 21 22",
        "23 24 25 26 27 28 29",
        "30 . . . . . .");
    Calendar american = new Calendars(Locale.US).month(YearMonth.of(2019, 9), "September 2019",
        counts, ArticleUrls::dayPath);
    assertThat(american.headers().get(0)).isEqualTo("Sun");
    assertThat(american.rows()).hasSize(5);
    assertThat(american.rows().get(1).get(2))
        .isEqualTo(new Calendar.Cell("10", "2019/09/10/", 2));
  }

  @Test
  void everyWeekOfAMonthHasSevenCells() {
    Calendar february = new Calendars(Locale.UK).month(YearMonth.of(2021, 2), "February 2021",
        Map.of(), ArticleUrls::dayPath);
    // February 2021 starts on a Monday and has exactly four weeks.
    assertThat(february.rows()).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(7));
    assertThat(february.rows()).flatExtracting(r -> r).noneMatch(Calendar.Cell::isPadding);
  }
}

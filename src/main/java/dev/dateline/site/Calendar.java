package dev.dateline.site;

import java.util.List;

/**
 * A calendar grid: a year as rows of months, or a month as rows of weeks.
 *
 * @param caption what the grid shows ("2019", "September 2019")
 * @param headers the column headings (weekday names), empty for a year
 * @param rows the cells, row by row; every row has the same number of cells
 */
public record Calendar(String caption, List<String> headers, List<List<Cell>> rows) {

  public Calendar {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * One cell of the grid.
   *
   * @param label the month's name or the day's number; empty for padding before the first or
   *     after the last day of a month
   * @param url the page of this month or day, or null when it has no articles
   * @param count how many articles it has
   */
  public record Cell(String label, String url, int count) {

    static final Cell PADDING = new Cell("", null, 0);

    public boolean isPadding() {
      return label.isEmpty();
    }
  }
}

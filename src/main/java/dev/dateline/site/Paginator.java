package dev.dateline.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Splits a list into pages: page 1 at the list's URL, page n at {@code <url>page/n/}. */
final class Paginator {

  private final int pageSize;

  Paginator(int pageSize) {
    this.pageSize = pageSize;
  }

  static String pageUrl(String listUrl, int number) {
    return number == 1 ? listUrl : listUrl + "page/" + number + "/";
  }

  /** One page per slice of {@code items}; an empty list still has one (empty) page. */
  <T> List<Page> paginate(String listUrl, List<T> items,
      BiFunction<List<T>, Pager, Page> pageOf) {
    int total = Math.max(1, (items.size() + pageSize - 1) / pageSize);
    List<Page> pages = new ArrayList<>(total);
    for (int number = 1; number <= total; number++) {
      List<T> slice = items.subList((number - 1) * pageSize,
          Math.min(items.size(), number * pageSize));
      Link newer = number > 1 ? Link.to("Newer", pageUrl(listUrl, number - 1)) : null;
      Link older = number < total ? Link.to("Older", pageUrl(listUrl, number + 1)) : null;
      pages.add(pageOf.apply(slice, new Pager(number, total, newer, older)));
    }
    return pages;
  }
}

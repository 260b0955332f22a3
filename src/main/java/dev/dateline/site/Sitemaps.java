package dev.dateline.site;

import dev.dateline.site.PageContent.SitemapContent;
import dev.dateline.site.PageContent.SitemapEntry;
import dev.dateline.site.PageContent.SitemapIndexContent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sitemap: the URLs of the site split into files of at most {@code maxUrls} (50,000 by the
 * sitemap protocol), listed by a sitemap index at {@code sitemap.xml}, which robots.txt names.
 */
final class Sitemaps {

  static final String INDEX = "sitemap.xml";

  private final int maxUrls;

  Sitemaps(int maxUrls) {
    if (maxUrls < 1) {
      throw new IllegalArgumentException("a sitemap holds at least one URL, not " + maxUrls);
    }
    this.maxUrls = maxUrls;
  }

  static String fileName(int number) {
    return "sitemap-" + number + ".xml";
  }

  /** The sitemap files, then the index that lists them. */
  List<Page> pages(List<SitemapEntry> entries) {
    List<Page> pages = new ArrayList<>();
    List<SitemapEntry> files = new ArrayList<>();
    int total = Math.max(1, (entries.size() + maxUrls - 1) / maxUrls);
    for (int n = 1; n <= total; n++) {
      List<SitemapEntry> slice = entries.subList((n - 1) * maxUrls,
          Math.min(entries.size(), n * maxUrls));
      files.add(new SitemapEntry(fileName(n), newest(slice)));
      pages.add(new Page(PageKind.SITEMAP, fileName(n), "Sitemap " + n, null, List.of(),
          new SitemapContent(slice)));
    }
    pages.add(new Page(PageKind.SITEMAP_INDEX, INDEX, "Sitemap index", null, List.of(),
        new SitemapIndexContent(files)));
    return pages;
  }

  private static LocalDate newest(List<SitemapEntry> entries) {
    return entries.stream().map(SitemapEntry::lastModified).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
  }
}

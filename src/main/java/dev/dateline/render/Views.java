package dev.dateline.render;

import freemarker.template.TemplateModel;
import java.util.List;

/**
 * The records templates read. Every href in them is already relative to the page being rendered
 * (absolute only where a URL must be: canonical links, feeds, sitemaps), so templates never put
 * paths together. Public only because Freemarker reads them by reflection.
 */
public final class Views {

  private Views() {}

  /** What every template gets: the site, the page, and the page's own content. */
  public record PageModel(SiteView site, PageView page, Object content) {}

  public record SiteView(String title, String lang, String homeHref, String archiveHref,
      List<Anchor> sections, String stylesheetHref, String feedHref, String jsonFeedHref) {
    public SiteView {
      sections = List.copyOf(sections);
    }
  }

  /**
   * @param ogType the Open Graph type: {@code article} or {@code website}
   * @param jsonLd the schema.org JSON-LD of the page, safe inside a script element, or null
   * @param feeds the feeds announced in the page's head
   */
  public record PageView(String kind, String title, String description, String canonical,
      List<Anchor> breadcrumbs, String ogType, String publishedIso, List<String> keywords,
      List<FeedLink> feeds, TemplateModel jsonLd) {
    public PageView {
      breadcrumbs = List.copyOf(breadcrumbs);
      keywords = List.copyOf(keywords);
      feeds = List.copyOf(feeds);
    }
  }

  /** A feed announced with {@code <link rel="alternate">}. */
  public record FeedLink(String title, String type, String href) {}

  /** A link as a template writes it; {@code count} is -1 where none is shown. */
  public record Anchor(String label, String href, int count) {}

  public record PagerView(int number, int total, Anchor newer, Anchor older) {}

  public record TeaserView(String headline, String href, String dateIso, String dateText,
      String standfirst, String place) {}

  public record ListView(List<TeaserView> items, PagerView pager, Anchor feed) {}

  /** One cell of a calendar: {@code href} is null for a month or day without articles. */
  public record CellView(String label, String href, int count, boolean padding) {}

  public record CalendarView(String caption, List<String> headers, List<List<CellView>> rows,
      boolean months, List<TeaserView> items, PagerView pager) {}

  /** An order of an index; {@code current} marks the one the page shows. */
  public record OrderView(String label, String href, boolean current) {}

  public record IndexView(List<OrderView> orders, List<Anchor> entries, PagerView pager) {}

  public record PhotoView(String caption, String credit) {}

  public record DatelineView(String raw, String place, String agency) {}

  public record ArticleView(String section, String headline, String standfirst, PhotoView photo,
      DatelineView dateline, String dateIso, String dateText, Anchor day, String bodyHtml,
      List<Anchor> tags, List<Anchor> facets, List<Anchor> related, Anchor previous,
      Anchor next) {}

  public record TextView(String text) {}

  /** An Atom feed; every URL absolute, every time RFC 3339. */
  public record AtomView(String id, String title, String selfUrl, String alternateUrl,
      String updated, String author, String lang, List<AtomEntry> entries) {}

  public record AtomEntry(String id, String title, String url, String published,
      String updated, String author, String summary, String contentHtml,
      List<String> categories) {}

  /** A URL of a sitemap or of a sitemap index; {@code lastmod} may be null. */
  public record UrlView(String loc, String lastmod) {}

  public record SitemapView(List<UrlView> urls) {}

  public record RobotsView(String sitemapUrl) {}
}

package dev.dateline.site;

import dev.dateline.article.Article;
import java.time.LocalDate;
import java.util.List;

/** What a page shows besides its title and breadcrumbs; one record per family of pages. */
public sealed interface PageContent {

  /**
   * Whether the page shows the whole text of the articles it holds; a page that does not is
   * rendered from the articles as the model holds them, without their bodies.
   */
  default boolean showsBodies() {
    return true;
  }

  /**
   * One article, with the links around it.
   *
   * @param facets links to the article's place, agency and photographer pages, in that order
   * @param related articles sharing tags with this one, most related first; the site model's
   *     list is found when first read
   */
  record ArticleContent(Article article, String dateText, Link day, List<Link> tags,
      List<Link> facets, List<Link> related, Link previous, Link next) implements PageContent {
    public ArticleContent {
      tags = List.copyOf(tags);
      facets = List.copyOf(facets);
      related = related instanceof RelatedLinks ? related : List.copyOf(related);
    }
  }

  /**
   * One page of a list of articles.
   *
   * @param feed the Atom feed of this list, or null
   */
  record ListContent(List<Teaser> items, Pager pager, Link feed) implements PageContent {
    public ListContent {
      items = List.copyOf(items);
    }
  }

  /**
   * A calendar of a year (its twelve months) or a month (its days), with, for a month, one page
   * of its articles.
   */
  record CalendarContent(Calendar calendar, List<Teaser> items, Pager pager)
      implements PageContent {
    public CalendarContent {
      items = List.copyOf(items);
    }
  }

  /**
   * One page of an index of lists (all tags, all years), in one of its orders.
   *
   * @param orders the other orders of the same index (A to Z, by frequency); empty when it has one
   * @param order the label of this page's order, one of {@code orders}' labels, or null
   */
  record IndexContent(List<Link> orders, String order, List<Link> entries, Pager pager)
      implements PageContent {
    public IndexContent {
      orders = List.copyOf(orders);
      entries = List.copyOf(entries);
    }
  }

  /** A page with nothing but its heading and text. */
  record TextContent(String text) implements PageContent {}

  /**
   * A feed of the newest articles of a list.
   *
   * @param pageUrl the list the feed follows ({@code ""} for the home page)
   * @param articles newest first, at most the configured feed size
   * @param fullText whether entries carry the whole text; a tag's feed gives each article's
   *     summary and link, which is what following a topic needs and keeps thousands of feeds
   *     small
   */
  record FeedContent(String title, String pageUrl, List<Article> articles, boolean fullText)
      implements PageContent {
    public FeedContent {
      articles = List.copyOf(articles);
    }

    /** A feed whose entries carry their articles' whole text. */
    public FeedContent(String title, String pageUrl, List<Article> articles) {
      this(title, pageUrl, articles, true);
    }

    @Override
    public boolean showsBodies() {
      return fullText;
    }
  }

  /** One file of the sitemap: up to the configured number of page URLs. */
  record SitemapContent(List<SitemapEntry> entries) implements PageContent {
    public SitemapContent {
      entries = List.copyOf(entries);
    }
  }

  /**
   * The sitemap index: the sitemap files, each as an entry whose URL is the file's site-relative
   * path and whose date is the newest of its URLs.
   */
  record SitemapIndexContent(List<SitemapEntry> sitemaps) implements PageContent {
    public SitemapIndexContent {
      sitemaps = List.copyOf(sitemaps);
    }
  }

  /** robots.txt: everything may be crawled; the sitemap is at {@code sitemapUrl}. */
  record RobotsContent(String sitemapUrl) implements PageContent {}

  /**
   * One URL of the sitemap.
   *
   * @param lastModified the newest article date the page shows, or null
   */
  record SitemapEntry(String url, LocalDate lastModified) {}
}

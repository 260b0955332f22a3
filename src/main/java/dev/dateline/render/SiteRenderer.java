package dev.dateline.render;

import dev.dateline.article.Article;
import dev.dateline.article.Photo;
import dev.dateline.config.SiteConfig;
import dev.dateline.render.Views.Anchor;
import dev.dateline.render.Views.ArticleView;
import dev.dateline.render.Views.AtomEntry;
import dev.dateline.render.Views.AtomView;
import dev.dateline.render.Views.CalendarView;
import dev.dateline.render.Views.CellView;
import dev.dateline.render.Views.DatelineView;
import dev.dateline.render.Views.FeedLink;
import dev.dateline.render.Views.IndexView;
import dev.dateline.render.Views.ListView;
import dev.dateline.render.Views.OrderView;
import dev.dateline.render.Views.PageModel;
import dev.dateline.render.Views.PageView;
import dev.dateline.render.Views.PagerView;
import dev.dateline.render.Views.PhotoView;
import dev.dateline.render.Views.RobotsView;
import dev.dateline.render.Views.SiteView;
import dev.dateline.render.Views.SitemapView;
import dev.dateline.render.Views.TeaserView;
import dev.dateline.render.Views.TextView;
import dev.dateline.render.Views.UrlView;
import dev.dateline.site.Calendar;
import dev.dateline.site.Link;
import dev.dateline.site.Page;
import dev.dateline.site.PageContent;
import dev.dateline.site.PageContent.ArticleContent;
import dev.dateline.site.PageContent.CalendarContent;
import dev.dateline.site.PageContent.FeedContent;
import dev.dateline.site.PageContent.IndexContent;
import dev.dateline.site.PageContent.ListContent;
import dev.dateline.site.PageContent.RobotsContent;
import dev.dateline.site.PageContent.SitemapContent;
import dev.dateline.site.PageContent.SitemapEntry;
import dev.dateline.site.PageContent.SitemapIndexContent;
import dev.dateline.site.PageContent.TextContent;
import dev.dateline.site.PageKind;
import dev.dateline.site.Pager;
import dev.dateline.site.Teaser;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders pages to bytes: HTML pages, Atom feeds and sitemaps through the user's templates, the
 * JSON Feed through Jackson. Built once per run and shared by the rendering threads.
 */
public final class SiteRenderer {

  public static final String STYLESHEET = "assets/style.css";
  static final String FEED = "feed.xml";
  static final String JSON_FEED = "feed.json";

  private final SiteConfig config;
  private final Templates templates;
  private final BodyHtml bodyHtml = new BodyHtml();
  private final Json json = new Json();
  private final NewsArticleJsonLd jsonLd;
  private final JsonFeed jsonFeed;
  private final String fallbackTime;
  private final Map<Integer, SiteView> siteViews = new ConcurrentHashMap<>();

  public SiteRenderer(SiteConfig config, Path templatesFolder) {
    this(config, templatesFolder, System.getenv());
  }

  /** @param environment where {@code SOURCE_DATE_EPOCH} is looked up */
  SiteRenderer(SiteConfig config, Path templatesFolder, Map<String, String> environment) {
    this.config = config;
    this.jsonLd = new NewsArticleJsonLd(config, json);
    this.jsonFeed = new JsonFeed(config, json, bodyHtml);
    this.fallbackTime = FeedTime.fallback(environment);
    try {
      this.templates = new Templates(templatesFolder, config.locale());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RenderedFile render(Page page) {
    if (page.kind() == PageKind.JSON_FEED) {
      String text = jsonFeed.render(page.url(), (FeedContent) page.content());
      return new RenderedFile(page.outputPath(), text.getBytes(StandardCharsets.UTF_8));
    }
    String up = page.kind().isFolder() ? RelativeUrls.up(page.url()) : null;
    String name = page.kind().templateName();
    try {
      PageModel model = new PageModel(siteView(up), pageView(page, up),
          content(page, up));
      return new RenderedFile(page.outputPath(), templates.render(name, model));
    } catch (ParseException e) {
      throw syntaxError(e);
    } catch (TemplateException e) {
      throw new RenderException(e.getTemplateSourceName() + ":" + e.getLineNumber() + ":"
          + e.getColumnNumber() + ": template error while rendering " + page.outputPath() + ": "
          + e.getMessageWithoutStackTop().lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      // Threads asking for a template that failed to parse in another thread get this wrapper.
      if (e.getCause() instanceof ParseException syntax) {
        throw syntaxError(syntax);
      }
      throw new RenderException(name + ": cannot read template: " + e.getMessage(), e);
    }
  }

  private static RenderException syntaxError(ParseException e) {
    return new RenderException(e.getTemplateName() + ":" + e.getLineNumber() + ":"
        + e.getColumnNumber() + ": template syntax error: " + e.getEditorMessage(), e);
  }

  /**
   * A link target as seen from a page: {@code up} is the way up from that page to the site's
   * root ({@link RelativeUrls#up}), made once per page; null {@code up} means absolute.
   */
  private String href(String up, String url) {
    return up == null ? config.absolute(url) : up + url + "index.html";
  }

  /** A file (not a page folder) as seen from the page whose way up is {@code up}. */
  private String fileHref(String up, String path) {
    return up == null ? config.absolute(path) : up + path;
  }

  private Anchor anchor(String up, Link link) {
    return link == null ? null : new Anchor(link.label(), href(up, link.url()), link.count());
  }

  private List<Anchor> anchors(String up, List<Link> links) {
    return links.stream().map(l -> anchor(up, l)).toList();
  }

  /**
   * The site view as seen from the page whose way up is {@code up}: it depends only on how deep
   * the page is, so it is made once per depth.
   */
  private SiteView siteView(String up) {
    int depth = up == null ? -1 : up.length() / "../".length();
    return siteViews.computeIfAbsent(depth, d -> newSiteView(up));
  }

  private SiteView newSiteView(String up) {
    List<Anchor> sections = List.of(new Anchor("Latest", href(up, ""), -1),
        new Anchor("Archive", href(up, "archive/"), -1),
        new Anchor("Tags", href(up, "tags/"), -1),
        new Anchor("Places", href(up, "places/"), -1),
        new Anchor("Agencies", href(up, "agencies/"), -1),
        new Anchor("Photographers", href(up, "photographers/"), -1));
    return new SiteView(config.title(), config.language(), href(up, ""),
        href(up, "archive/"), sections, fileHref(up, STYLESHEET), fileHref(up, FEED),
        fileHref(up, JSON_FEED));
  }

  private PageView pageView(Page page, String up) throws TemplateModelException {
    String canonical = page.kind() == PageKind.NOT_FOUND ? null : config.absolute(page.url());
    String kind = page.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    List<FeedLink> feeds = new ArrayList<>();
    if (page.content() instanceof ListContent l && l.feed() != null
        && !l.feed().url().equals(FEED)) {
      feeds.add(new FeedLink(config.title() + ": " + page.title(), "application/atom+xml",
          fileHref(up, l.feed().url())));
    }
    feeds.add(new FeedLink(config.title(), "application/atom+xml", fileHref(up, FEED)));
    feeds.add(new FeedLink(config.title(), "application/feed+json", fileHref(up, JSON_FEED)));
    if (page.content() instanceof ArticleContent a) {
      Article article = a.article();
      return new PageView(kind, page.title(), page.description(), canonical,
          anchors(up, page.breadcrumbs()), "article",
          article.date() == null ? null : article.date().toString(), article.tags(), feeds,
          HTMLOutputFormat.INSTANCE.fromMarkup(jsonLd.of(article)));
    }
    return new PageView(kind, page.title(), page.description(), canonical,
        anchors(up, page.breadcrumbs()), "website", null, List.of(), feeds, null);
  }

  private Object content(Page page, String up) {
    PageContent content = page.content();
    if (content instanceof ArticleContent a) {
      return articleView(a, up);
    } else if (content instanceof ListContent l) {
      return new ListView(teasers(l.items(), up), pagerView(l.pager(), up),
          l.feed() == null ? null
              : new Anchor(l.feed().label(), fileHref(up, l.feed().url()), -1));
    } else if (content instanceof CalendarContent c) {
      return calendarView(c, up);
    } else if (content instanceof IndexContent i) {
      List<OrderView> orders = i.orders().stream().map(o -> new OrderView(o.label(),
          href(up, o.url()), o.label().equals(i.order()))).toList();
      return new IndexView(orders, anchors(up, i.entries()), pagerView(i.pager(), up));
    } else if (content instanceof TextContent t) {
      return new TextView(t.text());
    } else if (content instanceof FeedContent f) {
      return atomView(page.url(), f);
    } else if (content instanceof SitemapContent s) {
      return sitemapView(s.entries());
    } else if (content instanceof SitemapIndexContent s) {
      return sitemapView(s.sitemaps());
    } else if (content instanceof RobotsContent r) {
      return new RobotsView(config.absolute(r.sitemapUrl()));
    }
    throw new IllegalArgumentException("unknown content " + content);
  }

  private SitemapView sitemapView(List<SitemapEntry> entries) {
    return new SitemapView(entries.stream().map(e -> new UrlView(config.absolute(e.url()),
        e.lastModified() == null ? null : e.lastModified().toString())).toList());
  }

  private List<TeaserView> teasers(List<Teaser> items, String up) {
    return items.stream().map(t -> new TeaserView(t.headline(), href(up, t.url()),
        t.date() == null ? null : t.date().toString(), t.dateText(), t.standfirst(), t.place()))
        .toList();
  }

  private CalendarView calendarView(CalendarContent c, String up) {
    Calendar calendar = c.calendar();
    List<List<CellView>> rows = calendar.rows().stream().map(row -> row.stream()
        .map(cell -> new CellView(cell.label(),
            cell.url() == null ? null : href(up, cell.url()), cell.count(), cell.isPadding()))
        .toList()).toList();
    return new CalendarView(calendar.caption(), calendar.headers(), rows,
        calendar.headers().isEmpty(), teasers(c.items(), up), pagerView(c.pager(), up));
  }

  private AtomView atomView(String feedPath, FeedContent feed) {
    List<AtomEntry> entries = feed.articles().stream().map(a -> {
      String url = config.absolute(a.url());
      String time = a.date() == null ? fallbackTime : FeedTime.of(a.date());
      String author = a.dateline() != null && a.dateline().agency() != null
          ? a.dateline().agency() : config.title();
      return new AtomEntry(url, a.headline(), url, time, time, author, a.standfirst(),
          feed.fullText() ? bodyHtml.render(a.source(), a.body()) : null, a.tags());
    }).toList();
    String updated = feed.articles().stream().filter(a -> a.date() != null)
        .map(Article::date).max(java.util.Comparator.naturalOrder())
        .map(FeedTime::of).orElse(fallbackTime);
    return new AtomView(config.absolute(feedPath), feed.title(), config.absolute(feedPath),
        config.absolute(feed.pageUrl()), updated, config.title(), config.language(), entries);
  }

  private PagerView pagerView(Pager pager, String up) {
    return new PagerView(pager.number(), pager.total(), anchor(up, pager.newer()),
        anchor(up, pager.older()));
  }

  private ArticleView articleView(ArticleContent content, String up) {
    Article a = content.article();
    Photo p = a.photo();
    PhotoView photo = p == null || (p.caption() == null && p.credit() == null) ? null
        : new PhotoView(p.caption(), p.credit());
    DatelineView dateline = a.dateline() == null ? null
        : new DatelineView(a.dateline().raw(), a.dateline().place(), a.dateline().agency());
    return new ArticleView(a.section(), a.headline(), a.standfirst(), photo, dateline,
        a.date() == null ? null : a.date().toString(), content.dateText(),
        anchor(up, content.day()), bodyHtml.render(a.source(), a.body()),
        anchors(up, content.tags()), anchors(up, content.facets()),
        anchors(up, content.related()), anchor(up, content.previous()),
        anchor(up, content.next()));
  }
}

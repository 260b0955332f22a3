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
    String from = page.kind().isFolder() ? page.url() : null;
    String name = page.kind().templateName();
    try {
      PageModel model = new PageModel(siteView(from), pageView(page, from),
          content(page, from));
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

  /** A link target as seen from the page at {@code from}; null {@code from} means absolute. */
  private String href(String from, String url) {
    return from == null ? config.absolute(url) : RelativeUrls.href(from, url);
  }

  /** A file (not a page folder) as seen from the page at {@code from}. */
  private String fileHref(String from, String path) {
    return from == null ? config.absolute(path) : RelativeUrls.file(from, path);
  }

  private Anchor anchor(String from, Link link) {
    return link == null ? null : new Anchor(link.label(), href(from, link.url()), link.count());
  }

  private List<Anchor> anchors(String from, List<Link> links) {
    return links.stream().map(l -> anchor(from, l)).toList();
  }

  /**
   * The site view as seen from the page at {@code from}: it depends only on how deep the page
   * is, so it is made once per depth.
   */
  private SiteView siteView(String from) {
    int depth = from == null ? -1 : (int) from.chars().filter(c -> c == '/').count();
    return siteViews.computeIfAbsent(depth, d -> newSiteView(from));
  }

  private SiteView newSiteView(String from) {
    List<Anchor> sections = List.of(new Anchor("Latest", href(from, ""), -1),
        new Anchor("Archive", href(from, "archive/"), -1),
        new Anchor("Tags", href(from, "tags/"), -1),
        new Anchor("Places", href(from, "places/"), -1),
        new Anchor("Agencies", href(from, "agencies/"), -1),
        new Anchor("Photographers", href(from, "photographers/"), -1));
    return new SiteView(config.title(), config.language(), href(from, ""),
        href(from, "archive/"), sections, fileHref(from, STYLESHEET), fileHref(from, FEED),
        fileHref(from, JSON_FEED));
  }

  private PageView pageView(Page page, String from) throws TemplateModelException {
    String canonical = page.kind() == PageKind.NOT_FOUND ? null : config.absolute(page.url());
    String kind = page.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    List<FeedLink> feeds = new ArrayList<>();
    if (page.content() instanceof ListContent l && l.feed() != null
        && !l.feed().url().equals(FEED)) {
      feeds.add(new FeedLink(config.title() + ": " + page.title(), "application/atom+xml",
          fileHref(from, l.feed().url())));
    }
    feeds.add(new FeedLink(config.title(), "application/atom+xml", fileHref(from, FEED)));
    feeds.add(new FeedLink(config.title(), "application/feed+json", fileHref(from, JSON_FEED)));
    if (page.content() instanceof ArticleContent a) {
      Article article = a.article();
      return new PageView(kind, page.title(), page.description(), canonical,
          anchors(from, page.breadcrumbs()), "article",
          article.date() == null ? null : article.date().toString(), article.tags(), feeds,
          HTMLOutputFormat.INSTANCE.fromMarkup(jsonLd.of(article)));
    }
    return new PageView(kind, page.title(), page.description(), canonical,
        anchors(from, page.breadcrumbs()), "website", null, List.of(), feeds, null);
  }

  private Object content(Page page, String from) {
    PageContent content = page.content();
    if (content instanceof ArticleContent a) {
      return articleView(a, from);
    } else if (content instanceof ListContent l) {
      return new ListView(teasers(l.items(), from), pagerView(l.pager(), from),
          l.feed() == null ? null
              : new Anchor(l.feed().label(), fileHref(from, l.feed().url()), -1));
    } else if (content instanceof CalendarContent c) {
      return calendarView(c, from);
    } else if (content instanceof IndexContent i) {
      List<OrderView> orders = i.orders().stream().map(o -> new OrderView(o.label(),
          href(from, o.url()), o.label().equals(i.order()))).toList();
      return new IndexView(orders, anchors(from, i.entries()), pagerView(i.pager(), from));
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

  private List<TeaserView> teasers(List<Teaser> items, String from) {
    return items.stream().map(t -> new TeaserView(t.headline(), href(from, t.url()),
        t.date() == null ? null : t.date().toString(), t.dateText(), t.standfirst(), t.place()))
        .toList();
  }

  private CalendarView calendarView(CalendarContent c, String from) {
    Calendar calendar = c.calendar();
    List<List<CellView>> rows = calendar.rows().stream().map(row -> row.stream()
        .map(cell -> new CellView(cell.label(),
            cell.url() == null ? null : href(from, cell.url()), cell.count(), cell.isPadding()))
        .toList()).toList();
    return new CalendarView(calendar.caption(), calendar.headers(), rows,
        calendar.headers().isEmpty(), teasers(c.items(), from), pagerView(c.pager(), from));
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

  private PagerView pagerView(Pager pager, String from) {
    return new PagerView(pager.number(), pager.total(), anchor(from, pager.newer()),
        anchor(from, pager.older()));
  }

  private ArticleView articleView(ArticleContent content, String from) {
    Article a = content.article();
    Photo p = a.photo();
    PhotoView photo = p == null || (p.caption() == null && p.credit() == null) ? null
        : new PhotoView(p.caption(), p.credit());
    DatelineView dateline = a.dateline() == null ? null
        : new DatelineView(a.dateline().raw(), a.dateline().place(), a.dateline().agency());
    return new ArticleView(a.section(), a.headline(), a.standfirst(), photo, dateline,
        a.date() == null ? null : a.date().toString(), content.dateText(),
        anchor(from, content.day()), bodyHtml.render(a.source(), a.body()),
        anchors(from, content.tags()), anchors(from, content.facets()),
        anchors(from, content.related()), anchor(from, content.previous()),
        anchor(from, content.next()));
  }
}

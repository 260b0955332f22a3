package dev.dateline.site;

import dev.dateline.article.Article;
import dev.dateline.article.ArticleUrls;
import dev.dateline.article.Problem;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.FacetGroups.Group;
import dev.dateline.site.FacetGroups.Grouping;
import dev.dateline.site.PageContent.ArticleContent;
import dev.dateline.site.PageContent.CalendarContent;
import dev.dateline.site.PageContent.FeedContent;
import dev.dateline.site.PageContent.IndexContent;
import dev.dateline.site.PageContent.ListContent;
import dev.dateline.site.PageContent.RobotsContent;
import dev.dateline.site.PageContent.SitemapEntry;
import dev.dateline.site.PageContent.TextContent;
import dev.dateline.slug.Slugger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Assembles parsed articles into the site: orders them, gives each a unique URL, groups them by
 * tag, place, agency, photographer and date, and lays out every page, feed and sitemap. Pure and
 * deterministic: the same articles always give the same site.
 */
public final class SiteModel {

  /** Top-level URL segments that belong to the site's own pages, never to an article. */
  private static final Set<String> RESERVED = Set.of("tags", "places", "agencies",
      "photographers", "archive", "page", "assets", "feeds", "404", "sitemap", "index");

  /**
   * An article with its date as a number, for sorting in site order: newest first, the undated
   * last, then by slug, then by source. Most comparisons are settled by the number alone.
   */
  private record InSiteOrder(long day, Article article) implements Comparable<InSiteOrder> {
    static InSiteOrder of(Article article) {
      return new InSiteOrder(article.date() == null ? Long.MIN_VALUE
          : article.date().toEpochDay(), article);
    }

    @Override
    public int compareTo(InSiteOrder other) {
      if (day != other.day) {
        return day > other.day ? -1 : 1;
      }
      int bySlug = article.slug().compareTo(other.article.slug());
      return bySlug != 0 ? bySlug : article.source().compareTo(other.article.source());
    }
  }

  static final String FEED = "feed.xml";
  static final String JSON_FEED = "feed.json";
  static final String BY_COUNT = "by-count/";
  private static final String INDEX_HTML = "index.html";

  private final SiteConfig config;
  private final Paginator paginator;
  private final Paginator facetPaginator;
  private final DateTimeFormatter dayFormat;
  private final DateTimeFormatter monthFormat;
  private final Calendars calendars;
  private final FacetGroups facetGroups;

  public SiteModel(SiteConfig config, Slugger slugger) {
    this.config = config;
    this.paginator = new Paginator(config.pageSize());
    this.facetPaginator = new Paginator(config.tagPageSize());
    this.dayFormat = DateTimeFormatter.ofPattern("d MMMM uuuu", config.locale());
    this.monthFormat = DateTimeFormatter.ofPattern("LLLL uuuu", config.locale());
    this.calendars = new Calendars(config.locale());
    this.facetGroups = new FacetGroups(slugger, config.locale());
  }

  public Site build(List<Article> parsed) {
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = assignUniqueUrls(
        parsed.stream().filter(a -> !a.draft()).toList(), problems);
    // Independent parts are made side by side, each with its own Dates, and put in their order.
    CompletableFuture<Teasers> teasersLater = CompletableFuture.supplyAsync(
        () -> new Teasers(articles, new Dates(dayFormat, config.locale())));
    Map<Facet, Grouping> facets = new EnumMap<>(Facet.class);
    List<Grouped> grouped = Arrays.stream(Facet.values()).parallel().map(facet -> {
      List<Problem> found = new ArrayList<>();
      return new Grouped(facet, facetGroups.grouping(facet, articles, found), found);
    }).toList();
    for (Grouped g : grouped) {
      facets.put(g.facet(), g.grouping());
      problems.addAll(g.problems());
    }
    Teasers teasers = teasersLater.join();
    CompletableFuture<List<Page>> articlePagesLater = CompletableFuture.supplyAsync(
        () -> articlePages(articles, facets, teasers, new Dates(dayFormat, config.locale())));
    Dates dates = new Dates(dayFormat, config.locale());
    List<Page> indexPages = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      indexPages.addAll(facetPages(facet, facets.get(facet).groups(), teasers));
    }
    indexPages.addAll(datePages(articles, teasers, dates));
    List<Page> pages = new ArrayList<>();
    pages.addAll(homePages(teasers.all()));
    pages.addAll(articlePagesLater.join());
    pages.addAll(indexPages);
    pages.add(new Page(PageKind.NOT_FOUND, "", "Page not found",
        "The page you asked for is not in this archive.", Dates.HOME_ONLY,
        new TextContent("The page you asked for is not in this archive.")));
    List<SitemapEntry> sitemap = sitemapEntries(pages);
    pages.add(feed(PageKind.ATOM_FEED, FEED, config.title(), "", articles, config.feedSize(),
        true));
    pages.add(feed(PageKind.JSON_FEED, JSON_FEED, config.title(), "", articles,
        config.feedSize(), true));
    pages.addAll(new Sitemaps(config.sitemapSize()).pages(sitemap));
    pages.add(new Page(PageKind.ROBOTS, "robots.txt", "robots.txt", null, List.of(),
        new RobotsContent(Sitemaps.INDEX)));
    checkUniquePaths(pages, problems);
    return new Site(config, articles, pages, problems);
  }

  /** A facet's groups, and the problems found while grouping. */
  private record Grouped(Facet facet, Grouping grouping, List<Problem> problems) {}

  /** A safety net: two pages written to one file would lose one of them. */
  private static void checkUniquePaths(List<Page> pages, List<Problem> problems) {
    // A file is known by its folder when its name is index.html, as every folder page's is: the
    // folder is the page's URL, so that the path need not be made for the most pages.
    Set<String> folders = new HashSet<>(pages.size() * 2);
    Set<String> others = new HashSet<>();
    for (Page page : pages) {
      boolean added;
      if (page.kind().isFolder()) {
        added = folders.add(page.url());
      } else {
        String path = page.outputPath();
        added = path.endsWith(INDEX_HTML)
            ? folders.add(path.substring(0, path.length() - INDEX_HTML.length()))
            : others.add(path);
      }
      if (!added) {
        String source = page.content() instanceof ArticleContent a ? a.article().source()
            : page.outputPath();
        problems.add(Problem.error(source, 0, "two pages would be written to "
            + page.outputPath() + "; only one is published. Give one of them another slug"));
      }
    }
  }

  private List<Article> assignUniqueUrls(List<Article> published, List<Problem> problems) {
    List<Article> bySource = new ArrayList<>(published);
    bySource.sort((a, b) -> a.source().compareTo(b.source()));
    Set<String> taken = new HashSet<>(2 * bySource.size());
    InSiteOrder[] unique = new InSiteOrder[bySource.size()];
    int count = 0;
    for (Article article : bySource) {
      String base = article.slug().isEmpty() ? "article" : article.slug();
      if (article.date() == null && (RESERVED.contains(base) || base.matches("\\d{4}"))) {
        base = base + "-article";
      }
      String slug = base;
      // An article keeping its slug keeps the URL it was given, so that is the URL to check.
      String url = slug.equals(article.slug()) ? article.url()
          : ArticleUrls.urlOf(article.date(), slug);
      for (int n = 2; !taken.add(url); n++) {
        slug = base + "-" + n;
        url = ArticleUrls.urlOf(article.date(), slug);
      }
      if (!slug.equals(article.slug())) {
        if (!slug.startsWith(article.slug() + "-article")) {
          problems.add(Problem.warning(article.source(), 0, "another article already has the URL "
              + ArticleUrls.urlOf(article.date(), base) + "; this one is published at "
              + ArticleUrls.urlOf(article.date(), slug) + " (set 'slug' in its front matter to choose)"));
        }
        article = article.withSlugAndUrl(slug, ArticleUrls.urlOf(article.date(), slug));
      }
      unique[count++] = InSiteOrder.of(article);
    }
    Arrays.sort(unique);
    Article[] sorted = new Article[count];
    for (int i = 0; i < count; i++) {
      sorted[i] = unique[i].article();
    }
    return List.of(sorted);
  }

  private List<Page> homePages(List<Teaser> teasers) {
    return paginator.paginate("", teasers, (items, pager) -> new Page(PageKind.HOME,
        Paginator.pageUrl("", pager.number()), pagedTitle(config.title(), pager),
        config.description(), List.of(), new ListContent(items, pager, Link.to("Atom", FEED))));
  }

  private static final List<Facet> FACETS_BESIDE_TAGS =
      List.of(Facet.PLACE, Facet.AGENCY, Facet.PHOTOGRAPHER);

  private List<Page> articlePages(List<Article> articles, Map<Facet, Grouping> facets,
      Teasers teasers, Dates dates) {
    Grouping tags = facets.get(Facet.TAG);
    int window = Math.max(10, 4 * config.relatedCount());
    // Related articles share tags as the articles give them: the tag pages' numbers when the same.
    RelatedArticles related = tags.isVerbatim()
        ? new RelatedArticles(articles, config.relatedCount(), window, tags.numbers())
        : new RelatedArticles(articles, config.relatedCount(), window);
    IntFunction<Link> linkAt = teasers::link;
    List<Grouping> besideTags = FACETS_BESIDE_TAGS.stream().map(facets::get).toList();
    List<Page> pages = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      List<Link> tagLinks = tags.linksOf(i);
      List<Link> facetLinks = new ArrayList<>(3);
      for (Grouping grouping : besideTags) {
        grouping.addLinksOf(i, facetLinks);
      }
      // Site order is newest first: the previous (older) article follows in the list.
      Link previous = i + 1 < articles.size() ? teasers.link(i + 1) : null;
      Link next = i > 0 ? teasers.link(i - 1) : null;
      LocalDate date = article.date();
      pages.add(new Page(PageKind.ARTICLE, article.url(), article.headline(),
          article.standfirst(), date == null ? Dates.HOME_ONLY : dates.crumbsInDay(date),
          new ArticleContent(article, date == null ? null : dates.text(date),
              date == null ? null : dates.dayLink(date), tagLinks, facetLinks,
              new RelatedLinks(related, i, linkAt), previous, next)));
    }
    return pages;
  }

  /** A facet's index, A to Z and by frequency, and each value's pages (and feed). */
  private List<Page> facetPages(Facet facet, Map<String, Group> groups, Teasers teasers) {
    List<Page> pages = new ArrayList<>();
    List<Link> alphabetical = groups.values().stream()
        .map(g -> new Link(g.name(), g.url(), g.articles().size())).toList();
    List<Link> byCount = alphabetical.stream()
        .sorted(Comparator.comparingInt(Link::count).reversed()).toList();
    List<Link> orders = List.of(Link.to("A to Z", facet.folder()),
        Link.to("By number of articles", facet.folder() + BY_COUNT));
    pages.addAll(indexPages(facet.indexKind(), facet.folder(), facet.title(),
        "Every " + singular(facet) + " of the archive, A to Z, with its number of articles.",
        orders, orders.get(0).label(), alphabetical));
    pages.addAll(indexPages(facet.indexKind(), facet.folder() + BY_COUNT,
        facet.title() + " by number of articles",
        "Every " + singular(facet) + " of the archive, most articles first.", orders,
        orders.get(1).label(), byCount));
    List<Link> crumbs = List.of(Dates.HOME, Link.to(facet.title(), facet.folder()));
    for (Group group : groups.values()) {
      Link feed = facet.hasFeeds() ? Link.to("Atom", group.feedUrl()) : null;
      String description = facet.lead() + " " + group.name() + ": " + group.articles().size()
          + (group.articles().size() == 1 ? " article." : " articles.");
      pages.addAll(facetPaginator.paginate(group.url(), teasers.of(group.articles()),
          (items, pager) -> new Page(facet.valueKind(),
              Paginator.pageUrl(group.url(), pager.number()), pagedTitle(group.name(), pager),
              description, crumbs, new ListContent(items, pager, feed))));
      if (facet.hasFeeds()) {
        pages.add(feed(PageKind.ATOM_FEED, group.feedUrl(),
            config.title() + ": " + group.name(), group.url(), group.articles(),
            config.tagFeedSize(), false));
      }
    }
    return pages;
  }

  private static String singular(Facet facet) {
    return facet.name().toLowerCase(Locale.ROOT);
  }

  private List<Page> indexPages(PageKind kind, String url, String title, String description,
      List<Link> orders, String order, List<Link> entries) {
    return paginator.paginate(url, entries, (items, pager) -> new Page(kind,
        Paginator.pageUrl(url, pager.number()), pagedTitle(title, pager), description,
        Dates.HOME_ONLY, new IndexContent(orders, order, items, pager)));
  }

  private Page feed(PageKind kind, String url, String title, String pageUrl,
      List<Article> articles, int size, boolean fullText) {
    return new Page(kind, url, title, null, List.of(), new FeedContent(title, pageUrl,
        articles.subList(0, Math.min(size, articles.size())), fullText));
  }

  /** A run of site order: the articles at positions {@code from} (included) to {@code to}. */
  private record DayRun(LocalDate day, int from, int to) {}

  /** @param days newest first */
  private record MonthRun(YearMonth month, int from, int to, List<DayRun> days) {}

  /** @param months newest first */
  private record YearRun(int year, int from, int to, List<MonthRun> months) {}

  /**
   * The years, months and days of the dated articles, newest first. Site order is by date, newest
   * first, the undated last: the articles of a day, a month or a year are one run of it.
   */
  private static List<YearRun> yearRuns(List<Article> articles) {
    List<YearRun> years = new ArrayList<>();
    int n = articles.size();
    int i = 0;
    while (i < n && articles.get(i).date() != null) {
      int year = articles.get(i).date().getYear();
      int yearFrom = i;
      List<MonthRun> months = new ArrayList<>();
      while (i < n && articles.get(i).date() != null
          && articles.get(i).date().getYear() == year) {
        int month = articles.get(i).date().getMonthValue();
        int monthFrom = i;
        List<DayRun> days = new ArrayList<>();
        while (i < n && articles.get(i).date() != null
            && articles.get(i).date().getYear() == year
            && articles.get(i).date().getMonthValue() == month) {
          LocalDate day = articles.get(i).date();
          int dayFrom = i;
          while (i < n && day.equals(articles.get(i).date())) {
            i++;
          }
          days.add(new DayRun(day, dayFrom, i));
        }
        months.add(new MonthRun(YearMonth.of(year, month), monthFrom, i, days));
      }
      years.add(new YearRun(year, yearFrom, i, months));
    }
    return years;
  }

  private List<Page> datePages(List<Article> articles, Teasers teasers, Dates dates) {
    List<YearRun> years = yearRuns(articles);
    List<Page> pages = new ArrayList<>();
    List<Link> yearLinks = years.stream()
        .map(y -> new Link(String.valueOf(y.year()), yearUrl(y.year()), y.to() - y.from()))
        .toList();
    pages.addAll(indexPages(PageKind.DATE_INDEX, "archive/", "Archive",
        "The archive by year, month and day.", List.of(), null, yearLinks));
    for (YearRun year : years) {
      int y = year.year();
      Map<YearMonth, Integer> monthCounts = new TreeMap<>();
      for (MonthRun month : year.months()) {
        monthCounts.put(month.month(), month.to() - month.from());
      }
      pages.add(new Page(PageKind.YEAR, yearUrl(y), String.valueOf(y),
          "The articles of " + y + " by month.",
          List.of(Dates.HOME, Link.to("Archive", "archive/")),
          new CalendarContent(calendars.year(y, monthCounts, SiteModel::monthUrl), List.of(),
              new Pager(1, 1, null, null))));
      for (MonthRun month : reversed(year.months())) {
        pages.addAll(monthPages(month, teasers, dates));
      }
    }
    for (YearRun year : years) {
      for (MonthRun month : reversed(year.months())) {
        for (DayRun day : reversed(month.days())) {
          LocalDate d = day.day();
          String url = ArticleUrls.dayPath(d);
          String title = dates.text(d);
          List<Link> crumbs = dates.crumbsOfDay(d);
          pages.addAll(paginator.paginate(url, teasers.range(day.from(), day.to()),
              (items, pager) -> new Page(PageKind.DAY, Paginator.pageUrl(url, pager.number()),
                  pagedTitle(title, pager), "The articles of " + title + ".", crumbs,
                  new ListContent(items, pager, null))));
        }
      }
    }
    return pages;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private List<Page> monthPages(MonthRun run, Teasers teasers, Dates dates) {
    Map<LocalDate, Integer> dayCounts = new TreeMap<>();
    for (DayRun day : run.days()) {
      dayCounts.put(day.day(), day.to() - day.from());
    }
    YearMonth month = run.month();
    String url = monthUrl(month);
    String title = monthFormat.format(month);
    Calendar calendar = calendars.month(month, title, dayCounts, ArticleUrls::dayPath);
    List<Link> crumbs = dates.crumbsOfMonth(month);
    return paginator.paginate(url, teasers.range(run.from(), run.to()),
        (items, pager) -> new Page(PageKind.MONTH, Paginator.pageUrl(url, pager.number()),
            pagedTitle(title, pager), "The articles of " + title + " by day.", crumbs,
            new CalendarContent(calendar, items, pager)));
  }

  /** Every page a search engine should list, with the newest date it shows. */
  private static List<SitemapEntry> sitemapEntries(List<Page> pages) {
    List<SitemapEntry> entries = new ArrayList<>();
    for (Page page : pages) {
      if (page.kind().isFolder()) {
        entries.add(new SitemapEntry(page.url(), lastModified(page.content())));
      }
    }
    return entries;
  }

  private static LocalDate lastModified(PageContent content) {
    if (content instanceof ArticleContent a) {
      return a.article().date();
    } else if (content instanceof ListContent l && !l.items().isEmpty()) {
      return l.items().get(0).date();
    } else if (content instanceof CalendarContent c && !c.items().isEmpty()) {
      return c.items().get(0).date();
    }
    return null;
  }

  private static String pagedTitle(String title, Pager pager) {
    return pager.number() == 1 ? title : title + " (page " + pager.number() + ")";
  }

  static String yearUrl(int year) {
    return ArticleUrls.padded(year, 4) + "/";
  }

  static String monthUrl(YearMonth month) {
    return ArticleUrls.padded(month.getYear(), 4) + "/"
        + ArticleUrls.padded(month.getMonthValue(), 2) + "/";
  }
}

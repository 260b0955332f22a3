package dev.dateline.site;

import dev.dateline.article.Article;
import dev.dateline.article.Problem;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.PageContent.ArticleContent;
import dev.dateline.site.PageContent.IndexContent;
import dev.dateline.site.PageContent.ListContent;
import dev.dateline.site.PageContent.TextContent;
import dev.dateline.slug.Slugger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assembles parsed articles into the site: orders them, gives each a unique URL, groups them by
 * tag and by date, and lays out every page. Pure and deterministic: the same articles always
 * give the same site.
 */
public final class SiteModel {

  /** Top-level URL segments that belong to the site's own pages, never to an article. */
  private static final Set<String> RESERVED =
      Set.of("tags", "archive", "page", "assets", "feeds", "404", "sitemap", "index");

  private static final Comparator<Article> SITE_ORDER = Comparator
      .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Article::slug)
      .thenComparing(Article::source);

  private final SiteConfig config;
  private final Slugger slugger;
  private final Paginator paginator;
  private final DateTimeFormatter dayFormat;
  private final DateTimeFormatter monthFormat;

  public SiteModel(SiteConfig config, Slugger slugger) {
    this.config = config;
    this.slugger = slugger;
    this.paginator = new Paginator(config.pageSize());
    this.dayFormat = DateTimeFormatter.ofPattern("d MMMM uuuu", config.locale());
    this.monthFormat = DateTimeFormatter.ofPattern("MMMM uuuu", config.locale());
  }

  public Site build(List<Article> parsed) {
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = assignUniqueUrls(
        parsed.stream().filter(a -> !a.draft()).toList(), problems);
    Map<String, TagGroup> tags = groupTags(articles, problems);
    List<Page> pages = new ArrayList<>();
    pages.addAll(homePages(articles));
    pages.addAll(articlePages(articles, tags));
    pages.addAll(tagPages(tags));
    pages.addAll(datePages(articles));
    pages.add(new Page(PageKind.NOT_FOUND, "", "Page not found",
        "The page you asked for is not in this archive.", List.of(home()),
        new TextContent("The page you asked for is not in this archive.")));
    return new Site(config, articles, pages, problems);
  }

  private List<Article> assignUniqueUrls(List<Article> published, List<Problem> problems) {
    List<Article> bySource = new ArrayList<>(published);
    bySource.sort(Comparator.comparing(Article::source));
    Set<String> taken = new HashSet<>();
    List<Article> unique = new ArrayList<>(bySource.size());
    for (Article article : bySource) {
      String base = article.slug().isEmpty() ? "article" : article.slug();
      if (article.date() == null && RESERVED.contains(base)) {
        base = base + "-article";
      }
      String slug = base;
      for (int n = 2; !taken.add(urlOf(article.date(), slug)); n++) {
        slug = base + "-" + n;
      }
      if (!slug.equals(article.slug())) {
        if (!slug.startsWith(article.slug() + "-article")) {
          problems.add(Problem.warning(article.source(), 0, "another article already has the URL "
              + urlOf(article.date(), base) + "; this one is published at "
              + urlOf(article.date(), slug) + " (set 'slug' in its front matter to choose)"));
        }
        article = article.withSlugAndUrl(slug, urlOf(article.date(), slug));
      }
      unique.add(article);
    }
    unique.sort(SITE_ORDER);
    return unique;
  }

  static String urlOf(LocalDate date, String slug) {
    return date == null ? slug + "/"
        : String.format(Locale.ROOT, "%04d/%02d/%02d/%s/", date.getYear(), date.getMonthValue(),
            date.getDayOfMonth(), slug);
  }

  /** Articles of one tag, newest first, under a slug no other tag has. */
  record TagGroup(String name, String slug, List<Article> articles) {
    String url() {
      return "tags/" + slug + "/";
    }
  }

  private Map<String, TagGroup> groupTags(List<Article> articles, List<Problem> problems) {
    Map<String, List<Article>> byName = new TreeMap<>();
    for (Article article : articles) {
      for (String tag : article.tags()) {
        byName.computeIfAbsent(tag, t -> new ArrayList<>()).add(article);
      }
    }
    Map<String, TagGroup> groups = new LinkedHashMap<>();
    Set<String> slugs = new HashSet<>();
    for (Map.Entry<String, List<Article>> entry : byName.entrySet()) {
      String name = entry.getKey();
      String base = slugger.slug(name);
      if (base.isEmpty()) {
        base = "tag";
      }
      String slug = base;
      for (int n = 2; !slugs.add(slug); n++) {
        slug = base + "-" + n;
      }
      if (!slug.equals(base)) {
        problems.add(Problem.warning(entry.getValue().get(0).source(), 0, "tag '" + name
            + "' has the same URL as another tag; it is published at tags/" + slug + "/"));
      }
      groups.put(name, new TagGroup(name, slug, entry.getValue()));
    }
    return groups;
  }

  private List<Page> homePages(List<Article> articles) {
    return paginator.paginate("", teasers(articles), (items, pager) -> new Page(PageKind.HOME,
        Paginator.pageUrl("", pager.number()), pagedTitle(config.title(), pager),
        config.description(), List.of(), new ListContent(List.of(), items, pager)));
  }

  private List<Page> articlePages(List<Article> articles, Map<String, TagGroup> tags) {
    List<Page> pages = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      List<Link> tagLinks = article.tags().stream()
          .map(t -> Link.to(t, tags.get(t).url())).toList();
      // Site order is newest first: the previous (older) article follows in the list.
      Link previous = i + 1 < articles.size() ? articleLink(articles.get(i + 1)) : null;
      Link next = i > 0 ? articleLink(articles.get(i - 1)) : null;
      LocalDate date = article.date();
      List<Link> crumbs = new ArrayList<>(List.of(home()));
      Link day = null;
      if (date != null) {
        crumbs.add(Link.to(String.valueOf(date.getYear()), yearUrl(date.getYear())));
        crumbs.add(Link.to(monthName(date), monthUrl(YearMonth.from(date))));
        day = Link.to(String.valueOf(date.getDayOfMonth()), dayUrl(date));
        crumbs.add(day);
      }
      pages.add(new Page(PageKind.ARTICLE, article.url(), article.headline(),
          article.standfirst(), crumbs,
          new ArticleContent(article, date == null ? null : dayFormat.format(date), day, tagLinks,
              previous, next)));
    }
    return pages;
  }

  private List<Page> tagPages(Map<String, TagGroup> tags) {
    List<Page> pages = new ArrayList<>();
    List<Link> entries = tags.values().stream()
        .map(g -> new Link(g.name(), g.url(), g.articles().size())).toList();
    pages.addAll(paginator.paginate("tags/", entries, (items, pager) -> new Page(
        PageKind.TAG_INDEX, Paginator.pageUrl("tags/", pager.number()), pagedTitle("Tags", pager),
        "Every tag of the archive, A to Z, with its number of articles.", List.of(home()),
        new IndexContent(items, pager))));
    for (TagGroup group : tags.values()) {
      List<Link> crumbs = List.of(home(), Link.to("Tags", "tags/"));
      pages.addAll(paginator.paginate(group.url(), teasers(group.articles()), (items, pager) ->
          new Page(PageKind.TAG, Paginator.pageUrl(group.url(), pager.number()),
              pagedTitle(group.name(), pager), "Articles tagged " + group.name() + ".", crumbs,
              new ListContent(List.of(), items, pager))));
    }
    return pages;
  }

  private List<Page> datePages(List<Article> articles) {
    Map<Integer, List<Article>> byYear = new TreeMap<>(Comparator.reverseOrder());
    Map<YearMonth, List<Article>> byMonth = new TreeMap<>(Comparator.reverseOrder());
    Map<LocalDate, List<Article>> byDay = new TreeMap<>(Comparator.reverseOrder());
    for (Article article : articles) {
      LocalDate date = article.date();
      if (date != null) {
        byYear.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(article);
        byMonth.computeIfAbsent(YearMonth.from(date), m -> new ArrayList<>()).add(article);
        byDay.computeIfAbsent(date, d -> new ArrayList<>()).add(article);
      }
    }
    List<Page> pages = new ArrayList<>();
    List<Link> years = byYear.entrySet().stream()
        .map(e -> new Link(String.valueOf(e.getKey()), yearUrl(e.getKey()), e.getValue().size()))
        .toList();
    pages.addAll(paginator.paginate("archive/", years, (items, pager) -> new Page(
        PageKind.DATE_INDEX, Paginator.pageUrl("archive/", pager.number()),
        pagedTitle("Archive", pager), "The archive by year, month and day.", List.of(home()),
        new IndexContent(items, pager))));
    for (Map.Entry<Integer, List<Article>> year : byYear.entrySet()) {
      int y = year.getKey();
      List<Link> months = byMonth.entrySet().stream()
          .filter(e -> e.getKey().getYear() == y)
          .sorted(Map.Entry.comparingByKey())
          .map(e -> new Link(monthFormat.format(e.getKey()), monthUrl(e.getKey()),
              e.getValue().size()))
          .toList();
      pages.addAll(listPages(PageKind.YEAR, yearUrl(y), String.valueOf(y),
          List.of(home(), Link.to("Archive", "archive/")), months, year.getValue()));
    }
    for (Map.Entry<YearMonth, List<Article>> month : byMonth.entrySet()) {
      YearMonth m = month.getKey();
      List<Link> days = byDay.entrySet().stream()
          .filter(e -> YearMonth.from(e.getKey()).equals(m))
          .sorted(Map.Entry.comparingByKey())
          .map(e -> new Link(String.valueOf(e.getKey().getDayOfMonth()), dayUrl(e.getKey()),
              e.getValue().size()))
          .toList();
      pages.addAll(listPages(PageKind.MONTH, monthUrl(m), monthFormat.format(m),
          List.of(home(), Link.to(String.valueOf(m.getYear()), yearUrl(m.getYear()))), days,
          month.getValue()));
    }
    for (Map.Entry<LocalDate, List<Article>> day : byDay.entrySet()) {
      LocalDate d = day.getKey();
      pages.addAll(listPages(PageKind.DAY, dayUrl(d), dayFormat.format(d),
          List.of(home(), Link.to(String.valueOf(d.getYear()), yearUrl(d.getYear())),
              Link.to(monthName(d), monthUrl(YearMonth.from(d)))),
          List.of(), day.getValue()));
    }
    return pages;
  }

  private List<Page> listPages(PageKind kind, String url, String title, List<Link> crumbs,
      List<Link> children, List<Article> articles) {
    return paginator.paginate(url, teasers(articles), (items, pager) -> new Page(kind,
        Paginator.pageUrl(url, pager.number()), pagedTitle(title, pager),
        "Articles of " + title + ".", crumbs,
        new ListContent(pager.number() == 1 ? children : List.of(), items, pager)));
  }

  private List<Teaser> teasers(List<Article> articles) {
    return articles.stream().map(a -> new Teaser(a.headline(), a.url(), a.date(),
        a.date() == null ? null : dayFormat.format(a.date()), a.standfirst(),
        a.dateline() == null ? null : a.dateline().place())).toList();
  }

  private static Link articleLink(Article article) {
    return Link.to(article.headline(), article.url());
  }

  private static Link home() {
    return Link.to("Home", "");
  }

  private String monthName(LocalDate date) {
    return date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, config.locale());
  }

  private static String pagedTitle(String title, Pager pager) {
    return pager.number() == 1 ? title : title + " (page " + pager.number() + ")";
  }

  static String yearUrl(int year) {
    return String.format(Locale.ROOT, "%04d/", year);
  }

  static String monthUrl(YearMonth month) {
    return String.format(Locale.ROOT, "%04d/%02d/", month.getYear(), month.getMonthValue());
  }

  static String dayUrl(LocalDate date) {
    return String.format(Locale.ROOT, "%04d/%02d/%02d/", date.getYear(), date.getMonthValue(),
        date.getDayOfMonth());
  }
}

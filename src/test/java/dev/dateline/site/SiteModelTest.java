package dev.dateline.site;

import static dev.dateline.site.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.PageContent.ArticleContent;
import dev.dateline.site.PageContent.CalendarContent;
import dev.dateline.site.PageContent.FeedContent;
import dev.dateline.site.PageContent.IndexContent;
import dev.dateline.site.PageContent.ListContent;
import dev.dateline.site.PageContent.RobotsContent;
import dev.dateline.slug.Slugger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model of the test site (eight TASS items over 2019 and 2020, pages of three). */
class SiteModelTest {

  private final Site site = TestSite.model();

  private Page page(String url) {
    return site.pages().stream().filter(p -> p.url().equals(url)).findFirst()
        .orElseThrow(() -> new AssertionError("no page at " + url));
  }

  @Test
  void everyKindOfPageIsThere() {
    assertThat(site.pages()).extracting(Page::kind).containsAll(Arrays.asList(PageKind.values()));
  }

  @Test
  void everyPageHasAFileOfItsOwn() {
    Set<String> paths = new HashSet<>();
    assertThat(site.pages()).allMatch(p -> paths.add(p.outputPath()));
  }

  @Test
  void noPageListsMoreThanAPageOfItems() {
    for (Page page : site.pages()) {
      int shown = 0;
      if (page.content() instanceof ListContent l) {
        shown = l.items().size();
      } else if (page.content() instanceof CalendarContent c) {
        shown = c.items().size();
      } else if (page.content() instanceof IndexContent i) {
        shown = i.entries().size();
      }
      assertThat(shown).as(page.url()).isLessThanOrEqualTo(TestSite.PAGE_SIZE);
    }
  }

  @Test
  void theHomePageIsPaginated() {
    assertThat(site.pages()).filteredOn(p -> p.kind() == PageKind.HOME).extracting(Page::url)
        .containsExactly("", "page/2/", "page/3/");
  }

  @Test
  void anArticleHasBreadcrumbsByDateNeighboursRelatedArticlesAndFacets() {
    Page page = page("2019/09/10/post-soviet-security-bloc-deliberates-on-un-peacekeeping"
        + "-participation/");
    assertThat(page.breadcrumbs()).extracting(Link::label)
        .containsExactly("Home", "2019", "September", "10");
    assertThat(page.breadcrumbs()).extracting(Link::url)
        .containsExactly("", "2019/", "2019/09/", "2019/09/10/");
    ArticleContent content = (ArticleContent) page.content();
    assertThat(content.tags()).extracting(Link::url)
        .containsExactly("tags/csto/", "tags/united-nations/", "tags/afghanistan/");
    assertThat(content.facets()).extracting(Link::url).containsExactly("places/moscow/",
        "agencies/tass/", "photographers/valeriy-sharifulin/");
    // The oldest article; the drills, of the same day, come after it in site order (by slug).
    assertThat(content.previous()).isNull();
    assertThat(content.next().label()).isEqualTo("CSTO forces hold joint drills near Afghan"
        + " border");
    // Four articles share two of its three tags, nearest in time first; then one shares one.
    assertThat(content.related()).extracting(Link::label).containsExactly(
        "CSTO forces hold joint drills near Afghan border",
        "Lavrov to meet CSTO counterparts in New York",
        "CSTO chief says Afghan situation remains tense",
        "Russia takes over CSTO chairmanship",
        "UN General Assembly opens its 74th session in New York");
  }

  @Test
  void theTagIndexListsEveryTagAToZAndByNumberOfArticles() {
    IndexContent az = (IndexContent) page("tags/").content();
    assertThat(az.entries()).extracting(Link::label)
        .containsExactly("Afghanistan", "Arctic", "CSTO");
    assertThat(az.order()).isEqualTo("A to Z");
    IndexContent byCount = (IndexContent) page("tags/by-count/").content();
    assertThat(byCount.entries()).extracting(Link::label, Link::count).startsWith(
        org.assertj.core.groups.Tuple.tuple("CSTO", 5),
        org.assertj.core.groups.Tuple.tuple("United Nations", 4),
        org.assertj.core.groups.Tuple.tuple("Afghanistan", 3));
    assertThat(byCount.orders()).extracting(Link::url)
        .containsExactly("tags/", "tags/by-count/");
  }

  @Test
  void aTagPageIsPaginatedAndHasAFeed() {
    ListContent first = (ListContent) page("tags/csto/").content();
    assertThat(first.pager().total()).isEqualTo(2);
    assertThat(first.feed().url()).isEqualTo("tags/csto/feed.xml");
    assertThat(((ListContent) page("tags/csto/page/2/").content()).items()).hasSize(2);
    FeedContent feed = (FeedContent) page("tags/csto/feed.xml").content();
    assertThat(feed.articles()).hasSize(TestSite.config().tagFeedSize());
    assertThat(feed.pageUrl()).isEqualTo("tags/csto/");
  }

  @Test
  void theDateHierarchyGoesFromArchiveToYearToMonthToDay() {
    IndexContent archive = (IndexContent) page("archive/").content();
    assertThat(archive.entries()).extracting(Link::label, Link::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2020", 2),
        org.assertj.core.groups.Tuple.tuple("2019", 6));
    CalendarContent year = (CalendarContent) page("2019/").content();
    assertThat(year.calendar().rows()).flatExtracting(r -> r)
        .filteredOn(c -> c.url() != null).extracting(Calendar.Cell::url, Calendar.Cell::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2019/09/", 4),
            org.assertj.core.groups.Tuple.tuple("2019/10/", 2));
    assertThat(page("2019/09/").breadcrumbs()).extracting(Link::label)
        .containsExactly("Home", "2019");
    CalendarContent month = (CalendarContent) page("2019/09/").content();
    assertThat(month.calendar().rows()).flatExtracting(r -> r)
        .filteredOn(c -> c.url() != null).extracting(Calendar.Cell::label)
        .containsExactly("10", "17", "24");
    assertThat(page("2019/09/10/").breadcrumbs()).extracting(Link::label)
        .containsExactly("Home", "2019", "September");
    assertThat(((ListContent) page("2019/09/10/").content()).items()).hasSize(2);
  }

  @Test
  void facetsHaveIndexesAndPagesOfTheirOwn() {
    assertThat(((IndexContent) page("places/").content()).entries()).extracting(Link::label)
        .containsExactly("Dushanbe", "Moscow", "Novorossiysk");
    assertThat(((ListContent) page("places/moscow/").content()).pager().total()).isEqualTo(2);
    assertThat(page("agencies/tass/").kind()).isEqualTo(PageKind.AGENCY);
    assertThat(page("photographers/sergei-bobylev/").kind()).isEqualTo(PageKind.PHOTOGRAPHER);
  }

  @Test
  void feedsAndRobotsPointAtTheRightPlaces() {
    FeedContent feed = (FeedContent) page("feed.xml").content();
    assertThat(feed.articles()).hasSize(TestSite.config().feedSize());
    assertThat(feed.articles().get(0).date()).hasToString("2020-01-20");
    assertThat(page("robots.txt").content()).isEqualTo(new RobotsContent("sitemap.xml"));
  }

  @Test
  void draftsAreLeftOutAndDuplicateUrlsAreToldApart() {
    Article draft = article("draft", "2019-01-01");
    draft = new Article(draft.source(), draft.slug(), draft.url(), null, draft.headline(), null,
        null, null, draft.date(), draft.dateSource(), draft.body(), List.of(), List.of(), true);
    Article one = article("same", "2019-01-02");
    Article two = new Article("content/other.txt", "same", one.url(), null, "Other", null, null,
        null, one.date(), one.dateSource(), List.of(), List.of(), List.of(), false);
    Site built = new SiteModel(SiteConfig.defaults(), new Slugger())
        .build(List.of(draft, one, two));
    assertThat(built.articles()).extracting(Article::url)
        .containsExactly("2019/01/02/same/", "2019/01/02/same-2/");
    assertThat(built.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("2019/01/02/same-2/"));
  }

  @Test
  void theSameArticlesAlwaysGiveTheSameSite() {
    assertThat(TestSite.model()).isEqualTo(site);
  }

  @Test
  void anUndatedArticleLivesAtTheTopLevelWithoutTakingAYearsOrAnIndexsUrl() {
    Site built = new SiteModel(SiteConfig.defaults(), new Slugger()).build(List.of(
        article("2019", null), article("tags", null), article("dated", "2019-05-01"),
        article("notes", null)));
    assertThat(built.articles()).extracting(Article::url).containsExactly("2019/05/01/dated/", "2019-article/", "notes/", "tags-article/");
    Set<String> paths = new HashSet<>();
    assertThat(built.pages()).allMatch(p -> paths.add(p.outputPath()));
    assertThat(built.problems()).isEmpty();
    ArticleContent notes = (ArticleContent) built.pages().stream()
        .filter(p -> p.url().equals("notes/")).findFirst().orElseThrow().content();
    assertThat(notes.day()).isNull();
  }
}

package dev.dateline.site;

import static dev.dateline.site.Articles.article;
import static dev.dateline.site.Articles.filed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.article.Problem;
import dev.dateline.slug.Slugger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetGroupsTest {

  private final FacetGroups groups = new FacetGroups(new Slugger(), Locale.ENGLISH);
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void tagsAreGroupedAToZWithTheirArticlesInSiteOrder() {
    Map<String, FacetGroups.Group> tags = groups.group(Facet.TAG, List.of(
        article("new", "2020-01-02", "CSTO", "afghanistan"),
        article("old", "2019-01-02", "CSTO", "Zambia")), problems);
    assertThat(tags.keySet()).containsExactly("afghanistan", "CSTO", "Zambia");
    assertThat(tags.get("CSTO").articles()).extracting(Article::slug)
        .containsExactly("new", "old");
    assertThat(tags.get("CSTO").url()).isEqualTo("tags/csto/");
    assertThat(tags.get("CSTO").feedUrl()).isEqualTo("tags/csto/feed.xml");
    assertThat(problems).isEmpty();
  }

  @Test
  void namesWithTheSameSlugAreToldApartInAToZOrderAndReported() {
    Map<String, FacetGroups.Group> tags = groups.group(Facet.TAG, List.of(
        article("one", "2020-01-02", "U.N."),
        article("two", "2020-01-01", "UN")), problems);
    assertThat(tags.get("U.N.").slug()).isEqualTo("u-n");
    assertThat(tags.get("UN").slug()).isEqualTo("un");

    Map<String, FacetGroups.Group> clash = groups.group(Facet.TAG, List.of(
        article("one", "2020-01-02", "Peacekeeping"),
        article("two", "2020-01-01", "peacekeeping")), problems);
    assertThat(clash.get("peacekeeping").slug()).isEqualTo("peacekeeping");
    assertThat(clash.get("Peacekeeping").slug()).isEqualTo("peacekeeping-2");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("content/one.txt");
      assertThat(p.message()).contains("tag 'Peacekeeping'", "'peacekeeping'",
          "tags/peacekeeping-2/");
    });
  }

  @Test
  void aValueNamedLikeAnIndexPageGetsAnotherSlug() {
    Map<String, FacetGroups.Group> tags = groups.group(Facet.TAG, List.of(
        article("one", "2020-01-02", "Page", "By count")), problems);
    assertThat(tags.get("Page").slug()).isEqualTo("page-2");
    assertThat(tags.get("By count").slug()).isEqualTo("by-count-2");
    assertThat(problems).hasSize(2);
  }

  @Test
  void cyrillicNamesGetAsciiSlugs() {
    Map<String, FacetGroups.Group> tags = groups.group(Facet.TAG, List.of(
        article("one", "2020-01-02", "Шойгу")), problems);
    assertThat(tags.get("Шойгу").slug()).matches("[a-z0-9-]+").startsWith("s");
  }

  @Test
  void placeAgencyAndPhotographerComeFromTheDatelineAndThePhotoCredit() {
    List<Article> articles = List.of(
        filed("a", "2019-09-10", "Moscow", "TASS", "Valeriy Sharifulin"),
        filed("b", "2019-09-09", "Kyiv, Ukraine", "AP", null));
    assertThat(groups.group(Facet.PLACE, articles, problems).keySet())
        .containsExactly("Kyiv, Ukraine", "Moscow");
    assertThat(groups.group(Facet.AGENCY, articles, problems).keySet())
        .containsExactly("AP", "TASS");
    Map<String, FacetGroups.Group> photographers =
        groups.group(Facet.PHOTOGRAPHER, articles, problems);
    assertThat(photographers.keySet()).containsExactly("Valeriy Sharifulin");
    assertThat(photographers.get("Valeriy Sharifulin").url())
        .isEqualTo("photographers/valeriy-sharifulin/");
    assertThat(groups.group(Facet.PLACE, articles, problems).get("Kyiv, Ukraine").url())
        .isEqualTo("places/kyiv-ukraine/");
  }

  @Test
  void anArticleCountsOnceForAnAgencyNamedInBothDatelineAndCredit() {
    Map<String, FacetGroups.Group> agencies = groups.group(Facet.AGENCY,
        List.of(filed("a", "2019-09-10", "Moscow", "TASS", "Valeriy Sharifulin")), problems);
    assertThat(agencies.get("TASS").articles()).hasSize(1);
  }

  @Test
  void eachArticleLinksToTheGroupsOfItsValuesInItsOrder() {
    FacetGroups.Grouping tags = groups.grouping(Facet.TAG, List.of(
        article("new", "2020-01-02", "Zambia", "CSTO"),
        article("old", "2019-01-02")), problems);
    assertThat(tags.linksOf(0)).extracting(Link::url)
        .containsExactly("tags/zambia/", "tags/csto/");
    assertThat(tags.linksOf(1)).isEmpty();
  }

  @Test
  void theValuesAreNumberedAsGivenOnlyWhileEveryArticleGivesThemClean() {
    FacetGroups.Grouping clean = groups.grouping(Facet.TAG, List.of(
        article("new", "2020-01-02", "UN", "CSTO"),
        article("old", "2019-01-02", "CSTO")), problems);
    assertThat(clean.isVerbatim()).isTrue();
    assertThat(clean.numbers().numbers()).startsWith(0, 1, 1);
    assertThat(clean.numbers().distinct()).isEqualTo(2);

    assertThat(groups.grouping(Facet.TAG, List.of(article("a", "2020-01-02", "UN", " UN")),
        problems).isVerbatim()).isFalse();
    assertThat(groups.grouping(Facet.TAG, List.of(article("a", "2020-01-02", "UN", "UN")),
        problems).isVerbatim()).isFalse();
  }

  @Test
  void valuesAreOrderedAsTheLocalesCollatorOrdersThemThenByTheirCharacters() {
    List<String> names = List.of("zebra", "Zürich", "Zurich", "zurich", "Éclair", "eclair",
        "Eclair", "apple", "Apple", "Шойгу", "Abe", "abé", "U.N.", "UN", "un", "10 Downing",
        "9 Elms", "", "Ω");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      articles.add(article("a" + i, "2020-01-02", names.get(i)));
    }
    List<String> expected = new ArrayList<>(names);
    expected.remove("");
    expected.sort(groups.alphabetical());
    assertThat(groups.group(Facet.TAG, articles, problems).keySet())
        .containsExactlyElementsOf(expected);
  }
}

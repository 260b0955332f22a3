package dev.dateline.site;

import static dev.dateline.site.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.article.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The related articles are exactly those of the rule written out plainly: gather each tag's
 * window of neighbours, count shared tags, rank, cut.
 */
class RelatedArticlesProperties {

  @Property(tries = 200)
  void giveExactlyWhatThePlainRuleGives(@ForAll("archives") List<Article> archive,
      @ForAll @IntRange(min = 0, max = 6) int limit, @ForAll @IntRange(min = 0, max = 4) int window) {
    RelatedArticles related = new RelatedArticles(archive, limit, window);
    for (int i = 0; i < archive.size(); i++) {
      assertThat(related.of(i)).as("article %d", i)
          .containsExactlyElementsOf(plainRule(archive, i, limit, window));
    }
    for (int i = archive.size() - 1; i >= 0; i--) {
      assertThat(related.of(i)).as("article %d asked again", i)
          .containsExactlyElementsOf(plainRule(archive, i, limit, window));
    }
  }

  /**
   * The links the site model hands out are found when first read, from whichever thread reads
   * first, in whatever order: they are still exactly the plain rule's, and the same when read
   * again.
   */
  @Property(tries = 100)
  void linksFoundWhenFirstReadFromManyThreadsGiveThePlainRule(
      @ForAll("archives") List<Article> archive, @ForAll @IntRange(min = 0, max = 6) int limit,
      @ForAll @IntRange(min = 0, max = 4) int window, @ForAll Random random) {
    RelatedArticles related = new RelatedArticles(archive, limit, window);
    IntFunction<Link> linkAt = i -> Link.to(archive.get(i).headline(), archive.get(i).url());
    List<RelatedLinks> lazy = new ArrayList<>();
    for (int i = 0; i < archive.size(); i++) {
      lazy.add(new RelatedLinks(related, i, linkAt));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < archive.size(); i++) {
      order.add(i);
      order.add(i);
    }
    Collections.shuffle(order, random);
    order.parallelStream().forEach(i -> lazy.get(i).size());
    for (int i = 0; i < archive.size(); i++) {
      List<Link> expected = plainRule(archive, i, limit, window).stream()
          .map(a -> Link.to(a.headline(), a.url())).toList();
      assertThat(lazy.get(i)).as("article %d", i).isEqualTo(expected)
          .containsExactlyElementsOf(expected).hasSameHashCodeAs(expected);
      RelatedLinks links = lazy.get(i);
      assertThatThrownBy(() -> links.add(Link.to("x", "x/")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  /** Small archives in site order, with few tags so that many are shared, some repeated. */
  @Provide
  Arbitrary<List<Article>> archives() {
    Arbitrary<List<String>> tags = Arbitraries.of("A", "B", "C", "D", "E", "F")
        .list().ofMaxSize(5);
    Arbitrary<String> dates = Arbitraries.of(null, "2020-01-01", "2020-01-02", "2020-01-05",
        "2020-02-01", "2021-06-30");
    return Arbitraries.integers().between(0, 40).flatMap(n -> dates.list().ofSize(n)
        .flatMap(ds -> tags.list().ofSize(n).map(ts -> {
          List<Article> archive = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            archive.add(article("a" + i, ds.get(i), ts.get(i).toArray(String[]::new)));
          }
          archive.sort(Comparator.comparing(Article::date,
              Comparator.nullsLast(Comparator.reverseOrder())));
          return archive;
        })));
  }

  private static List<Article> plainRule(List<Article> archive, int index, int limit,
      int window) {
    Article article = archive.get(index);
    Set<Integer> candidates = new LinkedHashSet<>();
    for (String tag : Set.copyOf(article.tags())) {
      List<Integer> tagged = new ArrayList<>();
      for (int i = 0; i < archive.size(); i++) {
        if (archive.get(i).tags().contains(tag)) {
          tagged.add(i);
        }
      }
      int at = tagged.indexOf(index);
      for (int k = Math.max(0, at - window); k < Math.min(tagged.size(), at + window + 1); k++) {
        if (tagged.get(k) != index) {
          candidates.add(tagged.get(k));
        }
      }
    }
    Comparator<Integer> ranking = Comparator
        .comparingInt((Integer c) -> -shared(article, archive.get(c)))
        .thenComparingLong(c -> distance(article, archive.get(c)))
        .thenComparingInt(c -> c);
    return candidates.stream().sorted(ranking).limit(limit).map(archive::get).toList();
  }

  private static int shared(Article a, Article b) {
    Set<String> common = new LinkedHashSet<>(a.tags());
    common.retainAll(b.tags());
    return common.size();
  }

  private static long distance(Article a, Article b) {
    return a.date() == null || b.date() == null ? Long.MAX_VALUE
        : Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
  }
}

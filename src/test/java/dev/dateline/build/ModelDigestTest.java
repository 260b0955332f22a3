package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.site.PageContent.FeedContent;
import dev.dateline.site.Teaser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelDigestTest {

  record Link(String label, String url, int count) {}

  record Listing(String title, LocalDate date, List<Link> links, Optional<Link> feed) {}

  private final ModelDigest digest = new ModelDigest();

  private Listing listing(String label, String url) {
    return new Listing("Rain", LocalDate.of(2024, 3, 1), List.of(new Link(label, url, 2)),
        Optional.empty());
  }

  private static Article article(String headline) {
    return new Article("content/a.txt", "a", "2024/03/01/a/", null, headline, null, null, null,
        LocalDate.of(2024, 3, 1), null, List.of(), List.of("rain"), List.of(), false);
  }

  @Test
  void equalModelsDigestTheSame() {
    assertThat(digest.of(listing("a", "b/"))).isEqualTo(digest.of(listing("a", "b/")))
        .hasSize(16);
    assertThat(new ModelDigest().of(listing("a", "b/"))).isEqualTo(digest.of(listing("a", "b/")));
  }

  @Test
  void everyComponentCounts() {
    byte[] base = digest.of(listing("a", "b/"));
    assertThat(digest.of(listing("a", "c/"))).isNotEqualTo(base);
    assertThat(digest.of(new Listing("Rain", LocalDate.of(2024, 3, 2),
        List.of(new Link("a", "b/", 2)), Optional.empty()))).isNotEqualTo(base);
    assertThat(digest.of(new Listing("Rain", LocalDate.of(2024, 3, 1),
        List.of(new Link("a", "b/", 3)), Optional.empty()))).isNotEqualTo(base);
    assertThat(digest.of(new Listing("Rain", LocalDate.of(2024, 3, 1),
        List.of(new Link("a", "b/", 2)), Optional.of(new Link("f", "feed.xml", -1)))))
        .isNotEqualTo(base);
    assertThat(digest.of(new Listing(null, LocalDate.of(2024, 3, 1),
        List.of(new Link("a", "b/", 2)), Optional.empty()))).isNotEqualTo(base);
  }

  @Test
  void textsThatMoveSeparatorsAroundDoNotDigestTheSame() {
    assertThat(digest.of(listing("a,", "b/"))).isNotEqualTo(digest.of(listing("a", ",b/")));
    assertThat(digest.of(listing("null", "b/"))).isNotEqualTo(digest.of(listing(null, "b/")));
  }

  @Test
  void anArticleSharedByManyModelsCountsWithEveryComponent() {
    Article rain = article("Rain");
    byte[] feed = digest.of(new FeedContent("Feed", "", List.of(rain, rain)));

    assertThat(digest.of(new FeedContent("Feed", "", List.of(rain, article("Rain")))))
        .isEqualTo(feed);
    assertThat(digest.of(new FeedContent("Feed", "", List.of(rain, article("Snow")))))
        .isNotEqualTo(feed);
  }

  @Test
  void aTeaserSharedByManyListsCountsWithEveryComponent() {
    Teaser rain = new Teaser("Rain", "2024/03/01/rain/", LocalDate.of(2024, 3, 1), "1 March",
        "Wet.", "Oslo");
    byte[] list = digest.of(List.of(rain, rain));

    assertThat(digest.of(List.of(rain, new Teaser("Rain", "2024/03/01/rain/",
        LocalDate.of(2024, 3, 1), "1 March", "Wet.", "Oslo")))).isEqualTo(list);
    assertThat(digest.of(List.of(rain, new Teaser("Rain", "2024/03/01/rain/",
        LocalDate.of(2024, 3, 1), "1 March", "Wet.", "Bergen")))).isNotEqualTo(list);
  }

  @Test
  void bodiesCountWherePagesShowThemOnly() {
    Article rain = article("Rain");
    FeedContent whole = new FeedContent("Feed", "", List.of(rain), true);
    FeedContent summaries = new FeedContent("Feed", "", List.of(rain), false);

    assertThat(digest.of(whole, a -> "body 1")).isNotEqualTo(digest.of(whole, a -> "body 2"));
    assertThat(digest.of(summaries, a -> "body 1"))
        .isEqualTo(digest.of(summaries, a -> "body 2"));
  }
}

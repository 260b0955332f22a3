package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTextTest {

  record Link(String label, String url, int count) {}

  record Listing(String title, LocalDate date, List<Link> links, Optional<Link> feed) {}

  private final ModelText text = new ModelText();

  private Listing listing(String label, String url) {
    return new Listing("Rain", LocalDate.of(2024, 3, 1), List.of(new Link(label, url, 2)),
        Optional.empty());
  }

  @Test
  void equalModelsReadTheSame() {
    assertThat(text.of(listing("a", "b/"))).isEqualTo(text.of(listing("a", "b/")));
  }

  @Test
  void everyComponentCounts() {
    String base = text.of(listing("a", "b/"));
    assertThat(text.of(listing("a", "c/"))).isNotEqualTo(base);
    assertThat(text.of(new Listing("Rain", LocalDate.of(2024, 3, 2),
        List.of(new Link("a", "b/", 2)), Optional.empty()))).isNotEqualTo(base);
    assertThat(text.of(new Listing("Rain", LocalDate.of(2024, 3, 1),
        List.of(new Link("a", "b/", 3)), Optional.empty()))).isNotEqualTo(base);
    assertThat(text.of(new Listing("Rain", LocalDate.of(2024, 3, 1),
        List.of(new Link("a", "b/", 2)), Optional.of(new Link("f", "feed.xml", -1)))))
        .isNotEqualTo(base);
    assertThat(text.of(new Listing(null, LocalDate.of(2024, 3, 1),
        List.of(new Link("a", "b/", 2)), Optional.empty()))).isNotEqualTo(base);
  }

  @Test
  void textsThatMoveSeparatorsAroundDoNotReadTheSame() {
    assertThat(text.of(listing("a,", "b/"))).isNotEqualTo(text.of(listing("a", ",b/")));
    assertThat(text.of(listing("null", "b/"))).isNotEqualTo(text.of(listing(null, "b/")));
  }
}

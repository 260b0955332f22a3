package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample articles of {@code src/test/resources/tags/corpus/}, each with the tags an editor
 * would give it written beside it ({@code NAME.tags}, written before the tagger existed).
 */
class TagCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/tags/corpus");
  private static final Tagger TAGGER = new Tagger(TagRules.defaults());

  /** Floors set after measuring: precision 0.939, recall 0.687 over 24 articles (minScore 2,
   * maxTags 8); precision comes first, so passing mentions (score 1) are left out. */
  private static final double PRECISION_FLOOR = 0.85;
  private static final double RECALL_FLOOR = 0.65;

  static Stream<Path> articles() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void eachArticleGetsItsMustTagsAndNoneOfItsNoiseWords(Path file) {
    ExpectedTags expected = ExpectedTags.read(tagsFileOf(file));

    List<String> tags = TAGGER.tag(WireText.read(file));

    assertThat(tags).containsAll(expected.must());
    assertThat(tags).doesNotContainAnyElementsOf(expected.mustNot());
    assertThat(tags).hasSizeLessThanOrEqualTo(TagRules.DEFAULT_MAX_TAGS);
  }

  @Test
  void theCorpusHasAtLeastTwentyArticlesEachWithItsExpectedTags() throws IOException {
    List<Path> articles = articles().toList();

    assertThat(articles).hasSizeGreaterThanOrEqualTo(20);
    assertThat(articles).allSatisfy(a -> assertThat(tagsFileOf(a)).exists());
  }

  @Test
  void precisionAndRecallOverTheCorpusStayAboveTheirFloors() throws IOException {
    int produced = 0;
    int expectedCount = 0;
    int correct = 0;
    StringBuilder misses = new StringBuilder();
    for (Path file : articles().toList()) {
      ExpectedTags expected = ExpectedTags.read(tagsFileOf(file));
      List<String> tags = TAGGER.tag(WireText.read(file));
      produced += tags.size();
      expectedCount += expected.expected().size();
      for (String tag : tags) {
        if (expected.expected().contains(tag)) {
          correct++;
        } else {
          misses.append("  extra   ").append(file.getFileName()).append(": ").append(tag)
              .append('\n');
        }
      }
      for (String tag : expected.expected()) {
        if (!tags.contains(tag)) {
          misses.append("  missing ").append(file.getFileName()).append(": ").append(tag)
              .append('\n');
        }
      }
    }
    double precision = (double) correct / produced;
    double recall = (double) correct / expectedCount;
    System.out.printf(Locale.ROOT, "tag corpus: %d articles, %d tags given, %d expected, %d right:"
        + " precision %.3f, recall %.3f%n%s", articles().count(), produced, expectedCount,
        correct, precision, recall, misses);

    assertThat(precision).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(recall).isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  private static Path tagsFileOf(Path article) {
    String name = article.getFileName().toString();
    return article.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".tags");
  }
}

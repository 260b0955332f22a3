package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever the bytes, the parser returns: an article, or no article and an error saying why. It
 * never throws, and an article always has a headline, a body, a slug and a URL.
 */
class ParserPropertiesTest {

  private static final ArticleParser PARSER = new ArticleParser(new ParserSettings(2020));
  private static final List<String> SAMPLES = loadSamples();

  @Property(tries = 200)
  void anyStringGivesAnArticleOrAnError(@ForAll @StringLength(max = 400) String text) {
    check(PARSER.parse("content/2021/03/x.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Property(tries = 200)
  void anyBytesGiveAnArticleOrAnError(@ForAll @Size(max = 400) byte[] bytes) {
    check(PARSER.parse("content/x.txt", bytes));
  }

  @Property(tries = 200)
  void linesOfWireShapesInAnyOrderGiveAnArticleOrAnError(
      @ForAll @Size(max = 14) List<@From("wireLines") String> lines) {
    check(PARSER.parse("content/2019/09/10/x.txt",
        String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
  }

  @Property(tries = 200)
  void mutatedSamplesGiveAnArticleOrAnError(@ForAll("mutatedSamples") String text) {
    check(PARSER.parse("content/2021/03/x.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<String> wireLines() {
    return Arbitraries.of("", "All news", "World", "---", "date: 2021-03-01", "tags: [a, b",
        "Headline of the day", " Name Surname/TASS", "© Name Surname/TASS", "Caption text",
        "MOSCOW, September 10. /TASS/. Body text on Tuesday.", "Paris (AFP) - Body.",
        "BRUSSELS -- Body.", "NATO said on Monday.", "Tags: a, b, a", "Getty Images",
        "Caption. (AP Photo/Name)", "\u00A0", "\r", "\uFEFFHeadline", "МОСКВА, 12 марта. /ТАСС/. Текст");
  }

  @Provide
  Arbitrary<String> mutatedSamples() {
    Arbitrary<String> sample = Arbitraries.of(SAMPLES);
    Arbitrary<Long> seed = Arbitraries.longs();
    Arbitrary<Integer> mutations = Arbitraries.integers().between(1, 6);
    Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(12);
    return Combinators.combine(sample, seed, mutations, junk).as(ParserPropertiesTest::mutate);
  }

  /** Deletes, duplicates, swaps lines and inserts arbitrary text, as careless copying does. */
  private static String mutate(String sample, long seed, int mutations, String junk) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(List.of(sample.split("\n", -1)));
    for (int i = 0; i < mutations && !lines.isEmpty(); i++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(5)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        case 2 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
        case 3 -> {
          String line = lines.get(at);
          int pos = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
          lines.set(at, line.substring(0, pos) + junk + line.substring(pos));
        }
        default -> java.util.Collections.shuffle(lines, random);
      }
    }
    return String.join("\n", lines);
  }

  private static void check(ParseResult result) {
    assertThat(result).isNotNull();
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isNotNegative());
    if (result.article().isEmpty()) {
      assertThat(result.problems()).anyMatch(Problem::isError);
      return;
    }
    Article article = result.article().get();
    assertThat(article.headline()).isNotBlank();
    assertThat(article.body()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
    assertThat(article.slug()).isNotEmpty().doesNotContain("/");
    assertThat(article.url()).endsWith(article.slug() + "/");
    assertThat(article.date() == null).isEqualTo(article.dateSource() == null);
    assertThat(article.headline()).doesNotContain("\u00A0", "\r", "\n");
    assertThat(result.problems()).noneMatch(p -> p.message().contains("parser failed"));
  }

  private static List<String> loadSamples() {
    try {
      Path dir = Path.of(ParserPropertiesTest.class.getResource("/parse/samples").toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
          try {
            return Files.readString(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dateline.article.ParseResult;
import dev.dateline.render.RecordJson;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire samples in {@code src/test/resources/parse/samples}: each {@code NAME.txt} parses to the
 * record in {@code NAME.json} beside it (RecordJson's shape, pretty-printed). The source path a
 * sample is parsed under, which feeds year inference, is {@code content/2021/03/NAME.txt} unless
 * {@code sources.properties} names another.
 */
class SamplesTest {

  private static final String DEFAULT_SOURCE = "content/2021/03/%s.txt";

  private final ArticleParser parser = new ArticleParser(ParserSettings.defaults());
  private final RecordJson json = new RecordJson();

  record Sample(String name, Path text, Path expected, String source) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Sample> samples() throws IOException, URISyntaxException {
    Path dir = Path.of(SamplesTest.class.getResource("/parse/samples").toURI());
    Properties sources = new Properties();
    try (Reader reader = Files.newBufferedReader(dir.resolve("sources.properties"),
        StandardCharsets.UTF_8)) {
      sources.load(reader);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Sample> samples = files.filter(f -> f.toString().endsWith(".txt")).sorted()
          .map(f -> {
            String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
            return new Sample(name, f, dir.resolve(name + ".json"),
                sources.getProperty(name, String.format(DEFAULT_SOURCE, name)));
          })
          .toList();
      return samples.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleParsesToItsExpectedRecord(Sample sample) throws IOException {
    ParseResult result = parser.parse(sample.source(), Files.readAllBytes(sample.text()));

    assertThat(result.article()).as("article of %s; problems %s", sample, result.problems())
        .isPresent();
    JsonNode expected = json.mapper().readTree(sample.expected().toFile());
    JsonNode actual = json.mapper().readTree(json.pretty(result.article().get()));
    assertEquals(expected.toPrettyString(), actual.toPrettyString(), sample.name());
    assertEquals(expected, actual);
  }

  @Test
  void thereAreEnoughSamplesAndEachHasItsExpectedRecord() throws Exception {
    List<Sample> samples = samples().toList();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(60);
    assertThat(samples).allSatisfy(s -> assertThat(s.expected()).exists());
  }
}

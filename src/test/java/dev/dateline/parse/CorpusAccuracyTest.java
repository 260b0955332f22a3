package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.article.Article;
import dev.dateline.article.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Accuracy against the benchmark corpus generator, outside the default run:
 * <pre>
 * /work/shared/bench/gen-corpus 300 /tmp/pc --formats txt
 * mvn -q test -Dtest=CorpusAccuracyTest -DexcludedGroups= -Dparser.corpus=/tmp/pc
 * </pre>
 * Prints, per field, the share of articles where the parser agrees with {@code manifest.jsonl}.
 */
@Tag("benchmark")
class CorpusAccuracyTest {

  @Test
  void agreesWithTheGeneratorsManifest() throws IOException {
    Path corpus = Path.of(System.getProperty("parser.corpus", "/tmp/pc"));
    assumeTrue(Files.exists(corpus.resolve("manifest.jsonl")), "no corpus at " + corpus);
    ObjectMapper mapper = new ObjectMapper();
    ArticleParser parser = new ArticleParser(ParserSettings.defaults());
    Map<String, Function<Article, Object>> fields = new LinkedHashMap<>();
    fields.put("headline", Article::headline);
    fields.put("date", a -> a.date() == null ? null : a.date().toString());
    fields.put("place", a -> a.dateline() == null ? null : a.dateline().place());
    fields.put("agency", a -> a.dateline() == null ? null : a.dateline().agency());
    fields.put("credit", a -> a.photo() == null ? null : a.photo().credit());
    fields.put("standfirst", Article::standfirst);
    fields.put("tags", Article::tags);
    Map<String, Integer> right = new LinkedHashMap<>();
    fields.keySet().forEach(k -> right.put(k, 0));
    List<String> misses = new ArrayList<>();
    int total = 0;
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"))) {
      JsonNode expected = mapper.readTree(line);
      String source = expected.get("path").asText();
      ParseResult result = parser.parse(source, Files.readAllBytes(corpus.resolve(source)));
      total++;
      if (result.article().isEmpty()) {
        misses.add(source + ": " + result.problems());
        continue;
      }
      Article article = result.article().get();
      for (var field : fields.entrySet()) {
        Object want = expectedValue(mapper, expected, field.getKey());
        Object got = field.getValue().apply(article);
        if (Objects.equals(want, got)) {
          right.merge(field.getKey(), 1, Integer::sum);
        } else if (misses.size() < 20) {
          misses.add(source + ": " + field.getKey() + " expected " + want + " got " + got);
        }
      }
    }
    StringBuilder report = new StringBuilder("accuracy over " + total + " articles:\n");
    for (var e : right.entrySet()) {
      report.append(String.format("  %-10s %6.2f%%%n", e.getKey(), 100.0 * e.getValue() / total));
    }
    misses.forEach(m -> report.append("  miss: ").append(m).append('\n'));
    System.out.print(report);
    Files.writeString(Path.of("target", "corpus-accuracy.txt"), report);
    assertThat(total).isPositive();
  }

  private static Object expectedValue(ObjectMapper mapper, JsonNode expected, String field) {
    JsonNode value = expected.get(field);
    if (value == null || value.isNull()) {
      return field.equals("tags") ? List.of() : null;
    }
    if (field.equals("date")) {
      return value.asText().substring(0, 10);
    }
    if (field.equals("tags")) {
      return mapper.convertValue(value, List.class);
    }
    return value.asText();
  }
}

package dev.dateline.tags;

import dev.dateline.article.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CPU cost of automatic tagging, over the 24 articles of the tag corpus
 * ({@code src/test/resources/tags/corpus}): once the JIT has compiled the tagger
 * ({@code corpusWarm}, microseconds per pass over the corpus), and in a fresh JVM, where a build
 * tags most of its articles ({@code corpusColdStart}: the first 20 passes, 480 articles, in one
 * shot, in each of 10 forks). Not a test: surefire ignores it. Run it with:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *   -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *   org.openjdk.jmh.Main 'dev.dateline.tags.TaggerBenchmark'
 * </pre>
 */
@State(Scope.Benchmark)
public class TaggerBenchmark {

  private static final int COLD_PASSES = 20;

  private Tagger tagger;
  private List<Article> corpus;

  @Setup
  public void setUp() throws IOException, URISyntaxException {
    tagger = new Tagger(TagRules.defaults());
    Path folder = Path.of(TaggerBenchmark.class.getResource("/tags/corpus").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      corpus = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(WireText::read)
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public void corpusWarm(Blackhole tags) {
    for (Article article : corpus) {
      tags.consume(tagger.tag(article));
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public List<List<String>> corpusColdStart() {
    List<List<String>> tags = new ArrayList<>();
    for (int pass = 0; pass < COLD_PASSES; pass++) {
      for (Article article : corpus) {
        tags.add(tagger.tag(article));
      }
    }
    return tags;
  }
}

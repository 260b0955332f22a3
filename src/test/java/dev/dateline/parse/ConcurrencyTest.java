package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.ParseResult;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parser, many threads: the same results as one thread. */
class ConcurrencyTest {

  @Test
  void oneParserSharedByThreadsGivesTheSameRecords() throws Exception {
    ArticleParser parser = new ArticleParser(ParserSettings.defaults());
    List<SamplesTest.Sample> samples = SamplesTest.samples().toList();
    List<ParseResult> expected = samples.stream()
        .map(s -> parser.parse(s.source(), read(s))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<ParseResult>> futures = samples.stream()
            .map(s -> pool.submit(() -> parser.parse(s.source(), read(s)))).toList();
        for (int i = 0; i < futures.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] read(SamplesTest.Sample sample) {
    try {
      return Files.readAllBytes(sample.text());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

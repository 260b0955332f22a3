package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.ParseResult;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsed records survive a round trip through the cache files; bodies come back one by one. */
class ParseCacheTest {

  private static final Path CONTENT =
      Path.of("src/test/resources/dev/dateline/build/archive/content");

  @TempDir
  Path folder;

  private final List<ParseResult> parsed = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();

  @BeforeEach
  void parseArchive() throws IOException {
    ArticleParser parser = new ArticleParser(ParserSettings.defaults());
    try (Stream<Path> walk = Files.walk(CONTENT)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String source = "content/" + CONTENT.relativize(file).toString().replace('\\', '/');
        byte[] bytes = Files.readAllBytes(file);
        parsed.add(parser.parse(source, bytes));
        keys.add(Hashes.ofFile(source, bytes));
      }
    }
    assertThat(parsed).hasSize(6).allMatch(result -> result.article().isPresent());
  }

  @Test
  void recordsComeBackWithoutBodiesAndBodiesComeBackOnRequest() throws IOException {
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      List<ParseCache.Entry> entries = new ArrayList<>();
      for (int i = 0; i < parsed.size(); i++) {
        entries.add(cache.store(keys.get(i), parsed.get(i)));
      }
      cache.save(entries);
    }

    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      for (int i = 0; i < parsed.size(); i++) {
        ParseResult whole = parsed.get(i);
        ParseCache.Entry entry = cache.find(keys.get(i));
        assertThat(entry.result()).isEqualTo(new ParseResult(whole.source(),
            whole.article().map(a -> a.withBody(List.of())), whole.problems()));
        assertThat(cache.body(entry)).isEqualTo(whole.article().get().body()).isNotEmpty();
      }
    }
  }

  @Test
  void anotherVersionFindsNothing() throws IOException {
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      cache.save(List.of(cache.store(keys.get(0), parsed.get(0))));
    }

    try (ParseCache cache = ParseCache.open(folder, "v2")) {
      assertThat(cache.find(keys.get(0))).isNull();
    }
  }

  @Test
  void entriesLeftOutOfASaveAreDroppedAndThePackShrinks() throws IOException {
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      List<ParseCache.Entry> entries = new ArrayList<>();
      for (int round = 0; round < 200; round++) {
        for (int i = 0; i < parsed.size(); i++) {
          entries.add(cache.store(keys.get(i) + round, parsed.get(i)));
        }
      }
      cache.save(entries);
    }
    long full = Files.size(folder.resolve("bodies.pack"));

    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      cache.save(List.of(cache.find(keys.get(0) + 7)));
    }

    assertThat(Files.size(folder.resolve("bodies.pack"))).isLessThan(full / 100);
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      assertThat(cache.find(keys.get(1) + 7)).isNull();
      assertThat(cache.body(cache.find(keys.get(0) + 7)))
          .isEqualTo(parsed.get(0).article().get().body());
    }
  }
}

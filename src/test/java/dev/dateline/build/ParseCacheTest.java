package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  void problemsAndNamesOutsideAsciiComeBackFromTheIndexAndTheJournal() throws IOException {
    String source = "content/2019/09/Ново-Огарёво «встреча» 🌾.txt";
    ParseResult accented = new ParseResult(source, parsed.get(0).article(),
        List.of(Problem.warning(source, 3, "dateline «МОСКВА» not understood"),
            Problem.error(source, 0, "no headline — the file is empty after the rubric")));
    ParseResult other = new ParseResult(source + ".2", parsed.get(1).article(),
        List.of(Problem.warning(source + ".2", 9, "year taken from the path: 2019")));
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      cache.save(List.of(cache.store("k-accented", accented)));
    }
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      cache.save(List.of(cache.find("k-accented"), cache.store("k-other", other)));
    }
    assertThat(folder.resolve("records.jnl")).exists();

    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      for (ParseResult result : List.of(accented, other)) {
        ParseCache.Entry entry = cache.find(result == accented ? "k-accented" : "k-other");
        assertThat(entry.source()).isEqualTo(result.source());
        assertThat(entry.problems()).isEqualTo(result.problems());
        assertThat(entry.hasArticle()).isTrue();
        assertThat(entry.result()).isEqualTo(new ParseResult(result.source(),
            result.article().map(a -> a.withBody(List.of())), result.problems()));
        assertThat(cache.body(entry)).isEqualTo(result.article().get().body());
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

  /** A file of {@code source} that was last changed long before any build. */
  private static SourceFile file(String source, long size) {
    return new SourceFile(source, Path.of(source), new FileStamp(size, 1_000_000_000L, "(ino=1)"));
  }

  private static final long LONG_AFTER = 4_000_000_000L;

  /** A first build, into an empty cache, that saw all six files. */
  private List<ParseCache.Entry> saveAllSix() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    List<ParseCache.Entry> entries = new ArrayList<>();
    List<ParseCache.Seen> seen = new ArrayList<>();
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      for (int i = 0; i < parsed.size(); i++) {
        entries.add(cache.store(keys.get(i), parsed.get(i)));
        seen.add(new ParseCache.Seen(file(parsed.get(i).source(), i), keys.get(i)));
      }
      cache.save(entries, seen, LONG_AFTER);
    }
    return entries;
  }

  /** Whether the build says which files it found by their stamps, or leaves the cache to see. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aBuildThatChangesFewRecordsWritesAJournalAndKeepsTheIndex(boolean unread)
      throws IOException {
    saveAllSix();
    byte[] index = Files.readAllBytes(folder.resolve("records.idx"));

    // File 0 changed (new key, new stamp), file 5 is gone, the others are found by their stamps.
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      List<ParseCache.Entry> live = new ArrayList<>();
      List<ParseCache.Seen> seen = new ArrayList<>();
      assertThat(cache.findUnchanged(file(parsed.get(0).source(), 99))).isNull();
      live.add(cache.store("changed", parsed.get(0)));
      seen.add(new ParseCache.Seen(file(parsed.get(0).source(), 99), "changed"));
      for (int i = 1; i < 5; i++) {
        live.add(cache.findUnchanged(file(parsed.get(i).source(), i)));
        seen.add(new ParseCache.Seen(file(parsed.get(i).source(), i), keys.get(i), unread));
      }
      cache.save(live, seen, LONG_AFTER);
    }

    assertThat(Files.readAllBytes(folder.resolve("records.idx"))).isEqualTo(index);
    assertThat(folder.resolve("records.jnl")).exists();
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      ParseCache.Entry changed = cache.findUnchanged(file(parsed.get(0).source(), 99));
      assertThat(changed.key()).isEqualTo("changed");
      assertThat(cache.body(changed)).isEqualTo(parsed.get(0).article().get().body());
      assertThat(cache.find(keys.get(0))).isNull();
      assertThat(cache.findUnchanged(file(parsed.get(0).source(), 0))).isNull();
      assertThat(cache.find(keys.get(5))).isNull();
      assertThat(cache.findUnchanged(file(parsed.get(5).source(), 5))).isNull();
      for (int i = 1; i < 5; i++) {
        assertThat(cache.findUnchanged(file(parsed.get(i).source(), i)).key())
            .isEqualTo(keys.get(i));
        assertThat(cache.body(cache.find(keys.get(i))))
            .isEqualTo(parsed.get(i).article().get().body());
      }
    }
  }

  @Test
  void aJournalHoldsEverythingChangedSinceTheIndexNotOnlyTheLastBuild() throws IOException {
    saveAllSix();
    for (int round = 0; round < 3; round++) {
      try (ParseCache cache = ParseCache.open(folder, "v1")) {
        List<ParseCache.Entry> live = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
          // One more file each round gets a new key; the earlier ones keep theirs.
          String key = i <= round ? "round-of-" + i : keys.get(i);
          ParseCache.Entry entry = cache.find(key);
          live.add(entry != null ? entry : cache.store(key, parsed.get(i)));
        }
        cache.save(live);
      }
    }

    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      for (int i = 0; i < 3; i++) {
        assertThat(cache.find(keys.get(i))).isNull();
        assertThat(cache.body(cache.find("round-of-" + i)))
            .isEqualTo(parsed.get(i).article().get().body());
      }
      for (int i = 3; i < parsed.size(); i++) {
        assertThat(cache.find(keys.get(i))).isNotNull();
      }
    }
  }

  @Test
  void whenTheChangesAreManyTheIndexIsWrittenWholeAndTheJournalDropped() throws IOException {
    List<ParseCache.Entry> entries = new ArrayList<>();
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      cache.save(List.of(cache.store(keys.get(0), parsed.get(0))));
    }
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      entries.add(cache.find(keys.get(0)));
      entries.add(cache.store(keys.get(1), parsed.get(1)));
      cache.save(entries);
    }
    assertThat(folder.resolve("records.jnl")).exists();

    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      List<ParseCache.Entry> many = new ArrayList<>(List.of(cache.find(keys.get(0)),
          cache.find(keys.get(1))));
      // More than the journal takes: 256 changes, or a sixteenth of the index.
      IntStream.range(0, 300).forEach(i -> many.add(cache.store(keys.get(2) + i, parsed.get(2))));
      cache.save(many);
    }

    assertThat(folder.resolve("records.jnl")).doesNotExist();
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      assertThat(cache.find(keys.get(1))).isNotNull();
      assertThat(cache.body(cache.find(keys.get(2) + 299)))
          .isEqualTo(parsed.get(2).article().get().body());
    }
  }

  @Test
  void aDamagedIndexJournalOrPackEmptiesTheCache() throws IOException {
    for (String file : List.of("records.idx", "records.jnl", "bodies.pack")) {
      saveAllSix();
      try (ParseCache cache = ParseCache.open(folder, "v1")) {
        cache.save(List.of(cache.find(keys.get(0)), cache.store("new", parsed.get(1))));
      }
      assertThat(folder.resolve("records.jnl")).exists();
      flipOneByte(folder.resolve(file), file.equals("bodies.pack") ? 5 : 40);

      try (ParseCache cache = ParseCache.open(folder, "v1")) {
        assertThat(cache.find(keys.get(0))).as(file).isNull();
        assertThat(cache.find("new")).as(file).isNull();
      }
      assertThat(folder.resolve("records.jnl")).as(file).doesNotExist();
    }
  }

  @Test
  void aJournalWrittenForAnotherIndexEmptiesTheCache() throws IOException {
    saveAllSix();
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      cache.save(List.of(cache.find(keys.get(0)), cache.store("new", parsed.get(1))));
    }
    byte[] journal = Files.readAllBytes(folder.resolve("records.jnl"));
    // As if a journal were left beside a later index.
    saveAllSix();
    Files.write(folder.resolve("records.jnl"), journal);

    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      assertThat(cache.find(keys.get(0))).isNull();
    }
  }

  @Test
  void aPackReplacedWithoutItsIndexEmptiesTheCache() throws IOException {
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      List<ParseCache.Entry> entries = new ArrayList<>();
      for (int round = 0; round < 1000; round++) {
        entries.add(cache.store(keys.get(1) + round, parsed.get(1)));
      }
      cache.save(entries);
    }
    byte[] oldIndex = Files.readAllBytes(folder.resolve("records.idx"));
    long oldPack = Files.size(folder.resolve("bodies.pack"));
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      // Left out of the save, most of the pack is garbage: it is compacted.
      cache.save(List.of(cache.find(keys.get(1) + 0)));
    }
    assertThat(Files.size(folder.resolve("bodies.pack"))).isLessThan(oldPack / 100);
    // As if a build died after it compacted the pack, before it wrote the index.
    Files.write(folder.resolve("records.idx"), oldIndex);

    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      assertThat(cache.find(keys.get(1) + 0)).isNull();
    }
  }

  @Test
  void stampsTooRecentToTrustAreNotKept() throws IOException {
    saveAllSix();
    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      ParseCache.Entry entry = cache.findUnchanged(file(parsed.get(0).source(), 0));
      // The build started within the margin of the file's time.
      cache.save(List.of(entry), List.of(new ParseCache.Seen(
          file(parsed.get(0).source(), 0), entry.key())), 1_000_000_001L);
    }

    try (ParseCache cache = ParseCache.open(folder, "v1")) {
      assertThat(cache.findUnchanged(file(parsed.get(0).source(), 0))).isNull();
      assertThat(cache.find(keys.get(0))).isNotNull();
    }
  }

  private static void flipOneByte(Path file, long at) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int place = (int) Math.min(at, bytes.length - 1);
    bytes[place] ^= 0x20;
    Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING);
  }
}

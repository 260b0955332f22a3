package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a user sees when a file is not an article, or only partly one. */
class ParseFailuresTest {

  private static final String SOURCE = "content/2021/03/x.txt";

  private final ArticleParser parser = new ArticleParser(ParserSettings.defaults());

  private ParseResult parse(String text) {
    return parser.parse(SOURCE, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Problem onlyError(ParseResult result) {
    assertThat(result.problems()).filteredOn(Problem::isError).hasSize(1);
    return result.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
  }

  @Test
  void invalidUtf8NamesTheByteOffsetAndTheLine() {
    byte[] good = "Headline\n\nMOSCOW, March 1. /TASS/. Text ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3;
    bytes[good.length + 1] = (byte) 0x28;
    bytes[good.length + 2] = '\n';

    ParseResult result = parser.parse(SOURCE, bytes);

    assertThat(result.article()).isEmpty();
    Problem error = onlyError(result);
    assertThat(error.message())
        .isEqualTo("not valid UTF-8 at byte " + good.length + "; save the file as UTF-8");
    assertThat(error.line()).isEqualTo(3);
  }

  @Test
  void invalidUtf8OffsetCountsTheByteOrderMark() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', (byte) 0xFF, 'B'};
    assertThat(onlyError(parser.parse(SOURCE, bytes)).message()).contains("at byte 4");
  }

  @Test
  void emptyFileFailsClearly() {
    ParseResult result = parser.parse(SOURCE, new byte[0]);
    assertThat(result.article()).isEmpty();
    assertThat(onlyError(result).message()).startsWith("the file is empty");
    assertThat(result.source()).isEqualTo(SOURCE);
  }

  @Test
  void blankFileIsEmptyToo() {
    assertThat(onlyError(parse(" \r\n\u00A0\n\t\n")).message()).startsWith("the file is empty");
  }

  @Test
  void binaryFileIsRefusedNamingTheNulByte() {
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0, 0};
    Problem error = onlyError(parser.parse(SOURCE, bytes));
    assertThat(error.message()).contains("not a text file").contains("byte 6");
  }

  @Test
  void nullBytesAreAnEmptyFileNotAnException() {
    assertThat(parser.parse(SOURCE, null).article()).isEmpty();
  }

  @Test
  void fileOfPageChromeOnlyHasNoHeadline() {
    ParseResult result = parse("All news\n\nShare\n");
    assertThat(result.article()).isEmpty();
    assertThat(onlyError(result).message()).startsWith("no headline");
  }

  @Test
  void fileStartingWithTheDatelineHasNoHeadlineAndSaysWhere() {
    ParseResult result = parse("\n\nMOSCOW, March 1. /TASS/. The body begins here.\n\nMore.\n");
    Problem error = onlyError(result);
    assertThat(error.message()).contains("no headline").contains("starts with the body");
    assertThat(error.line()).isEqualTo(3);
  }

  @Test
  void headlineWithoutBodyIsNoArticle() {
    ParseResult result = parse("All news\n\nJust a headline\n");
    assertThat(result.article()).isEmpty();
    Problem error = onlyError(result);
    assertThat(error.message()).startsWith("no body");
    assertThat(error.line()).isEqualTo(3);
  }

  @Test
  void invalidYamlIsAnErrorWithItsFileLineAndTheArticleIsStillRead() {
    ParseResult result = parse("---\ndate: 2021-03-01\ntags: [a, b\nslug: x\n---\n"
        + "Headline here\n\nMOSCOW, March 1. /TASS/. Body.\n");
    Problem error = onlyError(result);
    assertThat(error.message()).startsWith("front matter is not valid YAML");
    assertThat(error.line()).isBetween(3, 5);
    Article article = result.article().orElseThrow();
    assertThat(article.headline()).isEqualTo("Headline here");
    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 3, 1));
  }

  @Test
  void unclosedFrontMatterIsAnErrorAtLineOne() {
    ParseResult result = parse("---\ndate: 2021-03-01\n\nHeadline\n\nBody text.\n");
    Problem error = onlyError(result);
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.message()).contains("never closed");
    assertThat(result.article()).isPresent();
  }

  @Test
  void frontMatterDateThatIsNoDateIsAnErrorAtItsLine() {
    ParseResult result = parse("---\ntags: [a]\ndate: tomorrow\n---\nHeadline\n\nBody.\n");
    Problem error = onlyError(result);
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.message()).contains("'tomorrow'").contains("YYYY-MM-DD");
  }

  @Test
  void unknownFrontMatterKeyIsAWarningAtItsLine() {
    ParseResult result = parse("---\ndate: 2021-03-01\nauthor: Someone\n---\nHeadline\n\nBody.\n");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isFalse();
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).contains("'author'");
    });
    assertThat(result.article().orElseThrow().warnings()).hasSize(1);
  }

  @Test
  void unsafeSlugsFallBackToTheHeadline() {
    for (String slug : new String[] {"a/b", "..", "..\\x", "/etc/passwd", "C:evil", "con", "nul.txt"}) {
      ParseResult result = parse("---\nslug: '" + slug + "'\ndate: 2021-03-01\n---\n"
          + "Safe headline\n\nBody.\n");
      assertThat(onlyError(result).line()).as(slug).isEqualTo(2);
      assertThat(result.article().orElseThrow().slug()).as(slug).isEqualTo("safe-headline");
    }
  }

  @Test
  void aMillionCharacterLineParsesQuickly() {
    String line = "MOSCOW, March 1. /TASS/. " + "word, ".repeat(170_000);
    String text = "Headline\n\n" + line + "\n\n" + "(".repeat(1_000_000) + "\n";
    long start = System.nanoTime();
    ParseResult result = parse(text);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(result.article().orElseThrow().dateline().place()).isEqualTo("Moscow");
  }

  @Test
  void aMillionCharacterHeadlineIsWarnedAbout() {
    String text = "A".repeat(1_000_000) + "\n\nBody.\n";
    ParseResult result = parse(text);
    assertThat(result.article().orElseThrow().warnings())
        .anySatisfy(w -> assertThat(w).contains("1000000 characters"));
  }
}

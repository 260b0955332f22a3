package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dateline.article.Article;
import dev.dateline.article.DateSource;
import dev.dateline.article.Dateline;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Photo;
import dev.dateline.article.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Records go to bytes and come back equal; bytes that are not a record are refused. */
class RecordCodecTest {

  private static final String SOURCE = "content/2019/09/grain-harvest.txt";

  private static final ParseResult RESULT = ParseResult.of(new Article(SOURCE, "grain-harvest",
      "2019/09/10/grain-harvest/", null, "Grain harvest passes 100 million tonnes",
      "Farmers report a record yield — «рекорд» 🌾", new Photo("Fields", "Ivan Petrov/TASS",
          "Ivan Petrov", "TASS"),
      new Dateline("KRASNODAR, September 10. /TASS/.", "Krasnodar", LocalDate.of(2019, 9, 10),
          "TASS"), LocalDate.of(2019, 9, 10), DateSource.values()[0],
      List.of("First paragraph.", "Second paragraph."), List.of("Russia", "agriculture"),
      List.of("year not stated in the dateline; taken from the path"), false),
      List.of(Problem.warning(SOURCE, 7, "year not stated in the dateline; taken from the path"),
          Problem.error(SOURCE, -1, "a negative line, for the sake of it")));

  private final RecordCodec whole = new RecordCodec(Set.of());

  @Test
  void aResultComesBackEqual() {
    assertEquals(RESULT, whole.decode(ParseResult.class, whole.encode(RESULT)));
  }

  @Test
  void aFailedResultWithoutArticleComesBackEqual() {
    ParseResult failed = ParseResult.failed(SOURCE, List.of(Problem.error(SOURCE, 0, "bad")));

    assertEquals(failed, whole.decode(ParseResult.class, whole.encode(failed)));
  }

  @Test
  void skippedComponentsComeBackEmpty() {
    RecordCodec withoutBody = new RecordCodec(Set.of("body"));

    ParseResult light = withoutBody.decode(ParseResult.class, withoutBody.encode(RESULT));

    assertEquals(new ParseResult(SOURCE, RESULT.article().map(a -> a.withBody(List.of())),
        RESULT.problems()), light);
  }

  @Test
  void aStringRepeatedInARecordIsWrittenOnce() {
    byte[] bytes = whole.encode(RESULT);

    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text.indexOf(SOURCE)).isEqualTo(text.lastIndexOf(SOURCE)).isPositive();
  }

  @Test
  void aRecordInTheMiddleOfOtherBytesIsReadFromItsPlace() {
    byte[] record = whole.encode(RESULT);
    byte[] around = new byte[record.length + 20];
    System.arraycopy(record, 0, around, 7, record.length);

    assertEquals(RESULT, whole.decode(ParseResult.class, around, 7, record.length));
  }

  @Test
  void cutOrLengthenedBytesAreRefused() {
    byte[] bytes = whole.encode(RESULT);

    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> whole.decode(ParseResult.class, cut))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged");
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> whole.decode(ParseResult.class, longer))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("left over");
  }

  @Test
  void changedBytesNeverEscapeAsAnythingButIllegalState() {
    byte[] bytes = whole.encode(RESULT);

    for (int at = 0; at < bytes.length; at++) {
      for (int value : new int[] {0, 1, 2, 0x7F, 0x80, 0xFF}) {
        byte[] changed = bytes.clone();
        changed[at] = (byte) value;
        try {
          whole.decode(ParseResult.class, changed);
        } catch (IllegalStateException refused) {
          // refused: as it should be, unless the change still made a record
        }
      }
    }
  }
}

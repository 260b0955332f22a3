package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The page writer gives the bytes {@link String#getBytes} gives, however the text is cut up. */
class Utf8WriterTest {

  @Test
  void encodesEveryWidthOfCharacter() {
    String text = "ASCII, Zürich, Шойгу, · © ← →, 東京, 😀 and a lone \uD800 surrogate\uDC00.";
    Utf8Writer out = new Utf8Writer();
    out.write(text);
    assertThat(out.takeBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSurrogatePairCutBetweenTwoWritesIsStillOneCharacter() {
    Utf8Writer out = new Utf8Writer();
    out.write("a\uD83D");
    out.write(new char[] {'\uDE00', 'b'}, 0, 2);
    assertThat(out.takeBytes()).isEqualTo("a😀b".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachPageStartsEmptyAndTheBufferGrowsForLongPages() {
    Utf8Writer out = new Utf8Writer();
    out.write("first page");
    out.takeBytes();
    String longPage = "é".repeat(100_000);
    out.write(longPage);
    assertThat(out.takeBytes()).isEqualTo(longPage.getBytes(StandardCharsets.UTF_8));
    out.write("x\uD800");
    out.clear();
    out.write('y');
    assertThat(out.takeBytes()).isEqualTo(new byte[] {'y'});
  }

  @Test
  void longTextsEndingInHalfASurrogatePairWaitForTheOtherHalf() {
    Utf8Writer out = new Utf8Writer();
    String body = "<p>" + "word ".repeat(100) + "\uD83D";
    out.write(body);
    out.write("\uDE00" + "é".repeat(300));
    out.write("\uD800" + "x".repeat(300));
    String all = body + "\uDE00" + "é".repeat(300) + "\uD800" + "x".repeat(300);
    assertThat(out.takeBytes()).isEqualTo(all.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void anyTextWrittenInPiecesIsEncodedAsByString(@ForAll String text,
      @ForAll @IntRange(min = 1, max = 7) int piece) {
    Utf8Writer out = new Utf8Writer();
    StringBuilder expected = new StringBuilder();
    int kind = 0;
    for (int from = 0; from < text.length(); from += piece, kind++) {
      int to = Math.min(text.length(), from + piece);
      String part = text.substring(from, to);
      switch (kind % 5) {
        case 0 -> out.write(text, from, to - from);
        case 1 -> out.write(text.toCharArray(), from, to - from);
        case 2 -> out.append(text, from, to);
        case 3 -> part = part.repeat(60);
        default -> part.chars().forEach(out::write);
      }
      if (kind % 5 == 3) {
        out.write(part);
      }
      expected.append(part);
    }
    assertThat(out.takeBytes()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(out.takeBytes()).isEmpty();
  }
}

package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The UTF-8 check finds the byte a strict JDK decoder stops at, without decoding. */
class TextDecoderTest {

  @Property(tries = 500)
  void findsTheSameMalformedByteAsTheJdkDecoder(@ForAll("utf8ish") byte[] bytes) {
    assertThat(TextDecoder.invalidUtf8At(bytes, 0)).isEqualTo(jdkInvalidAt(bytes));
  }

  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<byte[]> valid = Arbitraries.strings().all().ofMaxLength(30)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(30);
    Arbitrary<byte[]> edgy = Arbitraries.of((byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2,
        (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0x9F,
        (byte) 0xA0, (byte) 0x8F, (byte) 0x90, (byte) 'a').array(byte[].class).ofMaxSize(8);
    return Arbitraries.oneOf(valid, random, edgy);
  }

  @Test
  void lineEndingsOfAllKindsSplitLines() {
    TextDecoder.Decoded decoded = new TextDecoder()
        .decode("a\r\nb\rc\nd".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.lines()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void byteOrderMarkIsNotText() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
    assertThat(new TextDecoder().decode(bytes).lines()).containsExactly("Hi");
  }

  private static int jdkInvalidAt(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
    return result.isError() ? in.position() : -1;
  }
}

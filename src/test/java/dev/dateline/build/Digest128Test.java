package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Digest128Test {

  @Property
  void bytesGivenInAnyPiecesDigestAsTheWhole(@ForAll byte[] bytes,
      @ForAll @IntRange(min = 1, max = 97) int piece) {
    Digest128 streamed = new Digest128();
    for (int at = 0; at < bytes.length; at += piece) {
      streamed.update(bytes, at, Math.min(piece, bytes.length - at));
    }

    assertThat(streamed.digest()).isEqualTo(Digest128.of(bytes)).hasSize(Digest128.BYTES);
  }

  @Property
  void aDigestStartsTheNextOneEmpty(@ForAll byte[] first, @ForAll byte[] second) {
    Digest128 digest = new Digest128();
    digest.update(first).digest();

    assertThat(digest.update(second).digest()).isEqualTo(Digest128.of(second));
  }

  @Test
  void aByteAddedOrChangedChangesTheDigest() {
    byte[] text = "MOSCOW, September 10. /TASS/. The talks went on.".getBytes(
        StandardCharsets.UTF_8);
    byte[] longer = (new String(text, StandardCharsets.UTF_8) + " ").getBytes(
        StandardCharsets.UTF_8);
    byte[] changed = text.clone();
    changed[3] ^= 1;

    assertThat(Digest128.of(longer)).isNotEqualTo(Digest128.of(text));
    assertThat(Digest128.of(changed)).isNotEqualTo(Digest128.of(text));
    assertThat(new Digest128().update(text).update((byte) 0).digest())
        .isNotEqualTo(Digest128.of(text));
  }

  @Test
  void theKeyOfAFileIsTheStreamedDigestOfItsNameAndBytes() {
    byte[] bytes = "All news\n\nHeadline\n".getBytes(StandardCharsets.UTF_8);

    assertThat(Hashes.ofFile("content/2024/05/a.txt", bytes))
        .isEqualTo(new Hashes().add("content/2024/05/a.txt").add(bytes).key())
        .isNotEqualTo(Hashes.ofFile("content/2024/05/b.txt", bytes))
        .hasSize(32);
  }
}

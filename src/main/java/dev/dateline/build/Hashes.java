package dev.dateline.build;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** {@link Digest128} digests as hex keys, for caches. */
final class Hashes {

  private final Digest128 digest = new Digest128();

  Hashes add(String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    return this;
  }

  Hashes add(byte[] bytes) {
    digest.update(bytes);
    digest.update((byte) 0);
    return this;
  }

  /** The digest of everything added, as 32 hex digits; the object can be used again. */
  String key() {
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The key of a file: its name in the build and its bytes, since both shape the record. The same
   * key as {@code new Hashes().add(source).add(bytes).key()}, in one call.
   */
  static String ofFile(String source, byte[] bytes) {
    byte[] name = source.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[name.length + bytes.length + 2];
    System.arraycopy(name, 0, all, 0, name.length);
    System.arraycopy(bytes, 0, all, name.length + 1, bytes.length);
    return HexFormat.of().formatHex(Digest128.of(all));
  }
}

package dev.dateline.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as short hex keys, for caches. */
final class Hashes {

  private static final int KEY_BYTES = 16;

  private final MessageDigest digest;

  Hashes() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

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
    byte[] full = digest.digest();
    return HexFormat.of().formatHex(full, 0, KEY_BYTES);
  }

  /** The key of a file: its name in the build and its bytes, since both shape the record. */
  static String ofFile(String source, byte[] bytes) {
    return new Hashes().add(source).add(bytes).key();
  }
}

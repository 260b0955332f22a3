package dev.dateline.build;

import net.jpountz.xxhash.StreamingXXHash64;
import net.jpountz.xxhash.XXHashFactory;

/**
 * A 128-bit digest of a byte stream, for telling changed content from unchanged: two 64-bit
 * XXH64 hashes of the same bytes under different seeds. It is not a cryptographic hash; the
 * build uses it as a cache key and to tell whether a page changed, where speed counts and no one
 * gains from a forged collision (whoever can write the content folder can change the site
 * anyway). XXH64 runs natively through lz4-java, so it is fast from the first call: a build is
 * a short-lived JVM, run with C1 only, where SHA-256 gets no intrinsic and is ten times slower.
 */
final class Digest128 {

  static final int BYTES = 16;

  private static final XXHashFactory HASHES = XXHashFactory.fastestInstance();
  private static final long SEED_HIGH = 0x9E3779B97F4A7C15L;
  private static final long SEED_LOW = 0xC2B2AE3D27D4EB4FL;

  private final StreamingXXHash64 high = HASHES.newStreamingHash64(SEED_HIGH);
  private final StreamingXXHash64 low = HASHES.newStreamingHash64(SEED_LOW);
  private final byte[] one = new byte[1];

  /** The digest of {@code bytes}: the same as streaming them into a new digest, in one call. */
  static byte[] of(byte[] bytes) {
    return toBytes(HASHES.hash64().hash(bytes, 0, bytes.length, SEED_HIGH),
        HASHES.hash64().hash(bytes, 0, bytes.length, SEED_LOW));
  }

  Digest128 update(byte[] bytes, int offset, int length) {
    high.update(bytes, offset, length);
    low.update(bytes, offset, length);
    return this;
  }

  Digest128 update(byte[] bytes) {
    return update(bytes, 0, bytes.length);
  }

  Digest128 update(byte b) {
    one[0] = b;
    return update(one, 0, 1);
  }

  /** The digest of everything given since the last digest; the object starts again empty. */
  byte[] digest() {
    long h = high.getValue();
    long l = low.getValue();
    high.reset();
    low.reset();
    return toBytes(h, l);
  }

  private static byte[] toBytes(long h, long l) {
    byte[] digest = new byte[BYTES];
    for (int i = 0; i < 8; i++) {
      digest[i] = (byte) (h >>> (56 - 8 * i));
      digest[8 + i] = (byte) (l >>> (56 - 8 * i));
    }
    return digest;
  }
}

package dev.dateline.build;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A file of the cache folder: written beside its place, ended with a CRC-32C checksum of its
 * bytes and moved into place in one step; read back only when the checksum holds. A build that
 * dies while writing one leaves the old file; a damaged one reads as missing.
 */
final class CacheFile {

  private static final int CHECKSUM_BYTES = 8;

  private CacheFile() {}

  interface Writing {
    void write(DataOutputStream out) throws IOException;
  }

  static void write(Path target, Writing writing) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream file = Files.newOutputStream(temp)) {
      CheckedOutputStream checked = new CheckedOutputStream(file, new CRC32C());
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
      writing.write(out);
      out.flush();
      long checksum = checked.getChecksum().getValue();
      file.write(ByteBuffer.allocate(CHECKSUM_BYTES).putLong(checksum).array());
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The bytes of the file before its checksum, or null when it is missing or damaged. */
  static ByteBuffer read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (bytes.length < CHECKSUM_BYTES) {
      return null;
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - CHECKSUM_BYTES);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    if (buffer.getLong(bytes.length - CHECKSUM_BYTES) != crc.getValue()) {
      return null;
    }
    return buffer.limit(bytes.length - CHECKSUM_BYTES);
  }

  /** A string as its length in UTF-8 bytes, then the bytes. */
  static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /** A string as {@link #writeString} wrote it. */
  static String readString(ByteBuffer in) {
    return readString(in, in.getInt());
  }

  /** The next {@code length} bytes as a UTF-8 string. */
  static String readString(ByteBuffer in, int length) {
    if (length < 0 || length > in.remaining()) {
      throw new BufferUnderflowException();
    }
    String value = new String(in.array(), in.arrayOffset() + in.position(), length,
        StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return value;
  }
}

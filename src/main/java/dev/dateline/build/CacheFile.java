package dev.dateline.build;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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

  /**
   * The bytes of the file before its checksum, or null when it is missing or damaged. They are
   * read outside the Java heap: an index of a large archive runs to a hundred megabytes, which the
   * garbage collector would otherwise copy about while the build goes on.
   */
  static ByteBuffer read(Path file) throws IOException {
    ByteBuffer bytes;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < CHECKSUM_BYTES || size > Integer.MAX_VALUE) {
        return null;
      }
      bytes = ByteBuffer.allocateDirect((int) size);
      while (bytes.hasRemaining()) {
        if (channel.read(bytes) < 0) {
          return null;
        }
      }
    } catch (NoSuchFileException e) {
      return null;
    }
    int end = bytes.capacity() - CHECKSUM_BYTES;
    CRC32C crc = new CRC32C();
    crc.update(bytes.flip().limit(end));
    if (bytes.limit(bytes.capacity()).getLong(end) != crc.getValue()) {
      return null;
    }
    return bytes.position(0).limit(end);
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
    if (in.hasArray()) {
      String value = new String(in.array(), in.arrayOffset() + in.position(), length,
          StandardCharsets.UTF_8);
      in.position(in.position() + length);
      return value;
    }
    byte[] utf8 = new byte[length];
    in.get(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }
}

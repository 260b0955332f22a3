package dev.dateline.build;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * A file of the cache folder that records are appended to and read back by offset (the articles'
 * bodies, the pages' models). It starts with its kind and an id, which the index that goes with
 * it names, so that a pack rewritten or left by another build is never read as this one.
 */
final class PackFile {

  /** The bytes before the first record: the kind (an int) and the id (a long). */
  static final int HEADER = 12;

  /** No pack has this id. */
  static final long NO_ID = 0;

  private PackFile() {}

  /** A new random id, never {@link #NO_ID}. */
  static long newId() {
    SecureRandom random = new SecureRandom();
    long id;
    do {
      id = random.nextLong();
    } while (id == NO_ID);
    return id;
  }

  /**
   * The pack at {@code file}, open to read and append, when it is of kind {@code magic} and has
   * the id {@code id}; null when it is missing, shorter than its header, or another pack.
   */
  static FileChannel open(Path file, int magic, long id) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (NoSuchFileException missing) {
      return null;
    }
    try {
      ByteBuffer header = ByteBuffer.allocate(HEADER);
      readFully(channel, header, 0);
      if (header.getInt(0) == magic && header.getLong(4) == id) {
        return channel;
      }
    } catch (EOFException tooShort) {
      // not a pack
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    channel.close();
    return null;
  }

  /** A new, empty pack at {@code file} (replacing any), open to read and append. */
  static FileChannel create(Path file, int magic, long id) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(magic).putLong(id).flip();
      while (header.hasRemaining()) {
        channel.write(header, header.position());
      }
      return channel.position(HEADER);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Fills {@code buffer} from {@code at} in the pack; a pack that ends first is an error. */
  static void readFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, at + buffer.position()) < 0) {
        throw new EOFException("the pack ends early");
      }
    }
  }
}

package dev.dateline.build;

import dev.dateline.site.Page;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The models of the pages that show articles' bodies (article pages, full-text feeds), as the
 * last builds rendered them, in {@code pages.pack} beside {@code pages.idx}, which holds where
 * each page's model is ({@link PageDigests#model(int)}). When a rebuild finds the site model's
 * input unchanged ({@link ModelInput}), the pages that show a changed body are rendered from
 * here, and the site model is not built at all.
 *
 * <p>Models are appended as pages are rendered; a model stays valid as long as its page's digest
 * does, since the digest covers the whole model. The pack starts with its id, which
 * {@code pages.idx} names: a pack that is missing, or is not the one named, holds no model, and
 * a model that does not decode is missing too; a build that misses a model it needs builds the
 * site model instead. Safe for use by several threads.
 */
final class PageModels implements AutoCloseable {

  static final String FILE = "pages.pack";

  /** The id of no pack: a {@code pages.idx} that names it has no models. */
  static final long NONE = 0;

  private static final int MAGIC = 0x444c504d; // "DLPM"
  private static final int HEADER = 12;

  private final Path file;
  private final FileChannel channel;
  private final long id;
  private final AtomicLong end;
  private final RecordCodec codec = new RecordCodec(Set.of());

  private PageModels(Path file, FileChannel channel, long id, long end) {
    this.file = file;
    this.channel = channel;
    this.id = id;
    this.end = new AtomicLong(end);
  }

  /**
   * The pack in {@code folder} when its id is {@code id}, to read and append to; else a new, empty
   * one with a new id in its place.
   */
  static PageModels open(Path folder, long id) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(FILE);
    if (id != NONE) {
      try {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(channel, header, 0);
        header.flip();
        if (header.getInt() == MAGIC && header.getLong() == id) {
          return new PageModels(file, channel, id, channel.size());
        }
        channel.close();
      } catch (NoSuchFileException | EOFException missing) {
        // a new pack, below
      }
    }
    return create(file);
  }

  private static PageModels create(Path file) throws IOException {
    long id;
    do {
      id = new SecureRandom().nextLong();
    } while (id == NONE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE);
    ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MAGIC).putLong(id).flip();
    while (header.hasRemaining()) {
      channel.write(header, header.position());
    }
    return new PageModels(file, channel, id, HEADER);
  }

  long id() {
    return id;
  }

  /** Appends the model of {@code page}; returns where it is, for {@link #read}. */
  long append(Page page) {
    byte[] model = codec.encode(page);
    ByteBuffer record = ByteBuffer.allocate(4 + model.length).putInt(model.length).put(model)
        .flip();
    long offset = end.getAndAdd(record.remaining());
    try {
      while (record.hasRemaining()) {
        channel.write(record, offset + record.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return offset;
  }

  /** The model appended at {@code offset}, or null when the pack does not hold one there. */
  Page read(long offset) {
    try {
      int size = sizeAt(offset);
      if (size < 0) {
        return null;
      }
      ByteBuffer model = ByteBuffer.allocate(size);
      readFully(channel, model, offset + 4);
      return codec.decode(Page.class, model.array());
    } catch (IOException | IllegalStateException damaged) {
      return null;
    }
  }

  /** The size of the model at {@code offset}, or -1 when there is none there. */
  private int sizeAt(long offset) throws IOException {
    if (offset < HEADER || offset + 4 > end.get()) {
      return -1;
    }
    ByteBuffer length = ByteBuffer.allocate(4);
    readFully(channel, length, offset);
    int size = length.flip().getInt();
    return size < 0 || offset + 4 + size > end.get() ? -1 : size;
  }

  /** How many bytes the models at {@code offsets} (-1: none) take in the pack. */
  long bytesOf(long[] offsets) throws IOException {
    long bytes = 0;
    for (long offset : offsets) {
      if (offset >= 0) {
        bytes += 4L + Math.max(0, sizeAt(offset));
      }
    }
    return bytes;
  }

  /** Bytes in the pack after its header, live or not. */
  long size() {
    return end.get() - HEADER;
  }

  /**
   * A new pack holding only the models at {@code offsets} (-1: none), which are changed in place
   * to where the models are in it. It replaces this pack's file, which is closed.
   */
  PageModels compact(long[] offsets) throws IOException {
    Path temp = file.resolveSibling(FILE + ".tmp");
    PageModels compacted = create(temp);
    for (int i = 0; i < offsets.length; i++) {
      int size = offsets[i] < 0 ? -1 : sizeAt(offsets[i]);
      if (size < 0) {
        offsets[i] = -1;
      } else {
        long to = compacted.end.getAndAdd(4L + size);
        long copied = 0;
        while (copied < 4L + size) {
          copied += channel.transferTo(offsets[i] + copied, 4L + size - copied,
              compacted.channel.position(to + copied));
        }
        offsets[i] = to;
      }
    }
    close();
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new PageModels(file, compacted.channel, compacted.id, compacted.end.get());
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long at)
      throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, at + buffer.position()) < 0) {
        throw new EOFException("ends early");
      }
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}

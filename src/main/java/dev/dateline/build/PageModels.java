package dev.dateline.build;

import dev.dateline.site.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

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
 * a model whose checksum does not hold, or that does not decode, is missing too; a build that
 * misses a model it needs builds the site model instead. Appending and reading are safe from
 * several threads; {@link #compact} and {@link #close} are not.
 */
final class PageModels implements AutoCloseable {

  static final String FILE = "pages.pack";

  /** The id of no pack: a {@code pages.idx} that names it has no models. */
  static final long NONE = PackFile.NO_ID;

  private static final int MAGIC = 0x444c504d; // "DLPM"
  private static final int HEADER = PackFile.HEADER;
  /** Before each model: its length and the CRC-32C of its bytes. */
  private static final int RECORD_HEADER = 8;

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
    FileChannel channel = id == NONE ? null : PackFile.open(file, MAGIC, id);
    return channel != null ? new PageModels(file, channel, id, channel.size()) : create(file);
  }

  private static PageModels create(Path file) throws IOException {
    long id = PackFile.newId();
    return new PageModels(file, PackFile.create(file, MAGIC, id), id, HEADER);
  }

  long id() {
    return id;
  }

  /** Appends the model of {@code page}; returns where it is, for {@link #read}. */
  long append(Page page) {
    byte[] model = codec.encode(page);
    CRC32C crc = new CRC32C();
    crc.update(model);
    ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER + model.length).putInt(model.length)
        .putInt((int) crc.getValue()).put(model).flip();
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
      ByteBuffer header = recordHeader(offset);
      if (header == null) {
        return null;
      }
      ByteBuffer model = ByteBuffer.allocate(header.getInt(0));
      PackFile.readFully(channel, model, offset + RECORD_HEADER);
      CRC32C crc = new CRC32C();
      crc.update(model.array());
      if ((int) crc.getValue() != header.getInt(4)) {
        return null;
      }
      return codec.decode(Page.class, model.array());
    } catch (IOException | IllegalStateException damaged) {
      return null;
    }
  }

  /**
   * The length and checksum of the model at {@code offset}, or null when the pack has no room
   * for a model there.
   */
  private ByteBuffer recordHeader(long offset) throws IOException {
    if (offset < HEADER || offset + RECORD_HEADER > end.get()) {
      return null;
    }
    ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER);
    PackFile.readFully(channel, header, offset);
    int size = header.getInt(0);
    return size < 0 || offset + RECORD_HEADER + size > end.get() ? null : header;
  }

  /** How many bytes of the pack the models at {@code offsets} (-1: none) take. */
  long bytesOf(long[] offsets) throws IOException {
    long bytes = 0;
    for (long offset : offsets) {
      ByteBuffer header = offset < 0 ? null : recordHeader(offset);
      if (header != null) {
        bytes += RECORD_HEADER + header.getInt(0);
      }
    }
    return bytes;
  }

  /** Bytes in the pack after its header, live or not. */
  long size() {
    return end.get() - HEADER;
  }

  /**
   * How many bytes of the pack held models in use when last counted, given what the last build
   * saved: its count, for the same pack; all of it, for a pack this build started.
   */
  long packedSince(PageDigests.Stored previous) {
    return previous.packId() == id ? previous.packed() : size();
  }

  /**
   * {@code stored} (this pack's models), with the pack compacted when less than half of it holds
   * models in use. The bytes in use are counted again only when the pack has grown past twice
   * the last count. A compaction that fails leaves the pack as it was, which {@code stored}
   * still describes.
   */
  PageDigests.Stored compactedIfSparse(PageDigests.Stored stored) {
    if (size() <= 2 * stored.packed() + SLACK) {
      return stored;
    }
    try {
      long[] offsets = stored.models().clone();
      long live = bytesOf(offsets);
      long packId = id;
      if (size() > 2 * live + SLACK) {
        try (PageModels compacted = compact(offsets)) {
          packId = compacted.id();
        }
      }
      return new PageDigests.Stored(packId, offsets, live, stored.articles(), stored.problems());
    } catch (IOException notCompacted) {
      return stored;
    }
  }

  /** Bytes a pack may waste before it is compacted. */
  private static final long SLACK = 1 << 20;

  /**
   * A new pack holding only the models at {@code offsets} (-1: none), which are changed in place
   * to where the models are in it. It takes this pack's place, and this pack is closed; should
   * that fail, this pack is left as it was, and {@code offsets} are not changed.
   */
  PageModels compact(long[] offsets) throws IOException {
    Path temp = file.resolveSibling(FILE + ".tmp");
    long[] moved = new long[offsets.length];
    PageModels compacted = create(temp);
    try {
      for (int i = 0; i < offsets.length; i++) {
        ByteBuffer header = offsets[i] < 0 ? null : recordHeader(offsets[i]);
        moved[i] = -1;
        if (header != null) {
          long length = RECORD_HEADER + header.getInt(0);
          moved[i] = compacted.end.getAndAdd(length);
          long copied = 0;
          while (copied < length) {
            copied += channel.transferTo(offsets[i] + copied, length - copied,
                compacted.channel.position(moved[i] + copied));
          }
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      compacted.close();
      Files.deleteIfExists(temp);
      throw e;
    }
    close();
    System.arraycopy(moved, 0, offsets, 0, offsets.length);
    return new PageModels(file, compacted.channel, compacted.id, compacted.end.get());
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}

package dev.dateline.build;

import dev.dateline.article.ParseResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Parsed articles from earlier builds, by the hash of their file ({@link Hashes#ofFile}). Two files
 * in the cache folder: {@code records.idx} holds every record without its body (what the site
 * model needs, read whole at the start of a build), and {@code bodies.pack} holds the articles'
 * bodies, appended as they are parsed and read back one at a time when an article page is
 * rendered, so the bodies of an archive are never all in memory.
 *
 * <p>The index also remembers, for each file read, its {@link FileStamp} and key, so that a later
 * build finds the record of a file whose stamp has not changed without reading the file again.
 * As in git, a stamp is remembered only when the file's modification time is older than the
 * build that read it by {@link #RACY_MARGIN_NANOS}: a file changed again within the same tick of
 * the file system's clock could otherwise keep its stamp with new bytes. The key stays the
 * record's identity: a file touched or renamed with the same bytes finds its record all the same.
 *
 * <p>Both files start with the cache's version: the format, the Dateline version and the shape
 * of the records. Any difference empties the cache. A build that dies leaves the index as the
 * last finished build wrote it; bytes it appended to the pack are garbage, dropped at the next
 * compaction.
 */
final class ParseCache implements AutoCloseable {

  private static final String INDEX = "records.idx";
  private static final String PACK = "bodies.pack";
  private static final int MAGIC = 0x444c5243; // "DLRC"

  /**
   * One parsed file: its result with the article's body left out ({@code encoded} in the index's
   * form), and where the body is in the pack ({@code length} 0 when the file gave no article).
   */
  record Entry(String key, ParseResult result, long offset, int length, byte[] encoded) {}

  /** A file of this build and the key of its bytes, for the next build to find unread. */
  record Seen(SourceFile file, String key) {}

  /** The stamp of a file as an earlier build read it, and the key of the bytes it read. */
  private record Stamped(FileStamp stamp, String key) {}

  /** How much older than the build that reads it a file must be for its stamp to be trusted. */
  static final long RACY_MARGIN_NANOS = 2_000_000_000L;

  private final Path folder;
  private final String version;
  private final RecordCodec withoutBody = new RecordCodec(Set.of("body"));
  private final RecordCodec whole = new RecordCodec(Set.of());
  private final Map<String, Entry> previous;
  private final Map<String, Stamped> stamps;
  private final FileChannel pack;
  private final AtomicLong end;

  private ParseCache(Path folder, String version, Index index, FileChannel pack)
      throws IOException {
    this.folder = folder;
    this.version = version;
    this.previous = index.entries();
    this.stamps = index.stamps();
    this.pack = pack;
    this.end = new AtomicLong(pack.size());
  }

  /**
   * Opens the cache in {@code folder}, emptied when it was written under another {@code version}
   * (see {@link Fingerprints#parse}).
   */
  static ParseCache open(Path folder, String version) throws IOException {
    Files.createDirectories(folder);
    Index previous = readIndex(folder.resolve(INDEX), version);
    if (previous == null) {
      previous = new Index(new HashMap<>(), new HashMap<>());
      Files.deleteIfExists(folder.resolve(INDEX));
      Files.deleteIfExists(folder.resolve(PACK));
    }
    FileChannel pack = FileChannel.open(folder.resolve(PACK), StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    return new ParseCache(folder, version, previous, pack);
  }

  /** The entry an earlier build stored under {@code key}, or null. */
  Entry find(String key) {
    return previous.get(key);
  }

  /**
   * The entry of {@code file} when its stamp is the one an earlier build saw when it read the
   * file's bytes, or null: then the file must be read and its key looked up with {@link #find}.
   */
  Entry findUnchanged(SourceFile file) {
    Stamped stamped = stamps.get(file.source());
    if (stamped == null || file.stamp() == null || !stamped.stamp().equals(file.stamp())) {
      return null;
    }
    return previous.get(stamped.key());
  }

  /** Stores a fresh parse: the article's body goes to the pack, the rest into the entry. */
  Entry store(String key, ParseResult parsed) {
    ParseResult light = new ParseResult(parsed.source(),
        parsed.article().map(article -> article.withBody(List.of())), parsed.problems());
    byte[] encoded = withoutBody.encode(light);
    if (parsed.article().isEmpty()) {
      return new Entry(key, light, 0, 0, encoded);
    }
    byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    byte[] article = whole.encode(new Body(parsed.article().get().body()));
    ByteBuffer record = ByteBuffer.allocate(8 + keyBytes.length + article.length);
    record.putInt(keyBytes.length).put(keyBytes).putInt(article.length).put(article).flip();
    long offset = end.getAndAdd(record.remaining());
    try {
      while (record.hasRemaining()) {
        pack.write(record, offset + record.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the parse cache " + folder.resolve(PACK)
          + ": " + e.getMessage() + "; delete the folder " + folder + " and build again", e);
    }
    return new Entry(key, light, offset, record.limit(), encoded);
  }

  /** The paragraphs of an article's body, as the pack holds them. */
  record Body(List<String> paragraphs) {}

  /** The body of the entry's article, read back from the pack. */
  List<String> body(Entry entry) {
    ByteBuffer record = ByteBuffer.allocate(entry.length());
    try {
      while (record.hasRemaining()) {
        if (pack.read(record, entry.offset() + record.position()) < 0) {
          throw new EOFException("pack ends early");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parse cache " + folder.resolve(PACK)
          + ": " + e.getMessage() + "; delete the folder " + folder + " and build again", e);
    }
    record.flip();
    byte[] key = new byte[record.getInt()];
    record.get(key);
    if (!new String(key, StandardCharsets.UTF_8).equals(entry.key())) {
      throw new IllegalStateException("the parse cache " + folder.resolve(PACK) + " is damaged;"
          + " delete the folder " + folder + " and build again");
    }
    byte[] body = new byte[record.getInt()];
    record.get(body);
    return whole.decode(Body.class, body).paragraphs();
  }

  /**
   * Makes {@code live} the cache's content for the next build. The pack is compacted when less
   * than half of it is still used.
   */
  void save(Collection<Entry> live) throws IOException {
    save(live, List.of(), 0);
  }

  /**
   * Makes {@code live} the cache's content for the next build, with the stamps of the files
   * {@code seen} by a build that started walking the content at {@code walkedAtNanos} (since the
   * epoch). The pack is compacted when less than half of it is still used.
   */
  void save(Collection<Entry> live, Collection<Seen> seen, long walkedAtNanos)
      throws IOException {
    List<Entry> entries = new ArrayList<>(live);
    entries.sort(Comparator.comparing(Entry::key));
    long used = entries.stream().mapToLong(Entry::length).sum();
    if (pack.size() > 2 * used + (1 << 16)) {
      entries = compact(entries);
    }
    Path index = folder.resolve(INDEX);
    Path temp = folder.resolve(INDEX + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(temp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeUTF(version);
      out.writeInt(entries.size());
      for (Entry entry : entries) {
        out.writeUTF(entry.key());
        out.writeInt(entry.encoded().length);
        out.write(entry.encoded());
        out.writeLong(entry.offset());
        out.writeInt(entry.length());
      }
      List<Seen> trusted = seen.stream()
          .filter(s -> s.file().stamp() != null
              && s.file().stamp().modifiedNanos() < walkedAtNanos - RACY_MARGIN_NANOS)
          .toList();
      out.writeInt(trusted.size());
      for (Seen s : trusted) {
        FileStamp stamp = s.file().stamp();
        out.writeUTF(s.file().source());
        out.writeLong(stamp.size());
        out.writeLong(stamp.modifiedNanos());
        out.writeUTF(stamp.identity());
        out.writeUTF(s.key());
      }
    }
    Files.move(temp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private List<Entry> compact(List<Entry> entries) throws IOException {
    Path temp = folder.resolve(PACK + ".tmp");
    List<Entry> moved = new ArrayList<>(entries.size());
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      long position = 0;
      for (Entry entry : entries) {
        long copied = 0;
        while (copied < entry.length()) {
          copied += pack.transferTo(entry.offset() + copied, entry.length() - copied, out);
        }
        moved.add(new Entry(entry.key(), entry.result(), entry.length() == 0 ? 0 : position,
            entry.length(), entry.encoded()));
        position += entry.length();
      }
    }
    Files.move(temp, folder.resolve(PACK), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return moved;
  }

  private record Index(Map<String, Entry> entries, Map<String, Stamped> stamps) {}

  private static Index readIndex(Path index, String version) throws IOException {
    if (!Files.isRegularFile(index)) {
      return null;
    }
    RecordCodec codec = new RecordCodec(Set.of("body"));
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(index), 1 << 16))) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(version)) {
        return null;
      }
      int count = in.readInt();
      List<Entry> undecoded = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String key = in.readUTF();
        byte[] result = new byte[in.readInt()];
        in.readFully(result);
        undecoded.add(new Entry(key, null, in.readLong(), in.readInt(), result));
      }
      // Decoding is most of the reading: a hundred thousand records take a second on one core.
      Map<String, Entry> entries = undecoded.parallelStream()
          .map(e -> new Entry(e.key(), codec.decode(ParseResult.class, e.encoded()), e.offset(),
              e.length(), e.encoded()))
          .collect(Collectors.toMap(Entry::key, e -> e, (a, b) -> a, HashMap::new));
      int stamped = in.readInt();
      Map<String, Stamped> stamps = new HashMap<>(stamped * 2);
      for (int i = 0; i < stamped; i++) {
        String source = in.readUTF();
        FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readUTF());
        stamps.put(source, new Stamped(stamp, in.readUTF()));
      }
      return new Index(entries, stamps);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    pack.close();
  }
}

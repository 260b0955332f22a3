package dev.dateline.build;

import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parsed articles from earlier builds, by the hash of their file ({@link Hashes#ofFile}). The
 * cache folder holds {@code records.idx}, every record without its body (what the site model
 * needs), read whole at the start of a build but decoded only when asked for, except for each
 * file's problems, which every build reports; {@code bodies.pack}, the articles' bodies, appended
 * as they are parsed and read back one at a time when an article page is rendered, so the bodies
 * of an archive are never all in memory; and, after a build that changed few records,
 * {@code records.jnl}: what that build changed since the index was written, so that a rebuild
 * after one edit writes a few hundred bytes instead of the whole index.
 *
 * <p>The index also remembers, for each file read, its {@link FileStamp} and key, so that a later
 * build finds the record of a file whose stamp has not changed without reading the file again.
 * As in git, a stamp is remembered only when the file's modification time is older than the
 * build that read it by {@link #RACY_MARGIN_NANOS}: a file changed again within the same tick of
 * the file system's clock could otherwise keep its stamp with new bytes. The key stays the
 * record's identity: a file touched or renamed with the same bytes finds its record all the same.
 *
 * <p>The index and the journal start with the cache's version (the format, the Dateline version
 * and the shape of the records) and end with a checksum of all their bytes; the index names the
 * pack it goes with, and the journal the index. A file that is missing, damaged or of another
 * version or pairing empties the cache. Each file is written beside its place and moved there in
 * one step, in an order that keeps every pair valid (the journal is deleted before the index is
 * replaced), so a build that dies leaves the cache as the last finished build wrote it, or as the
 * one before it. Bytes a dead build appended to the pack are garbage, dropped at the next
 * compaction.
 */
final class ParseCache implements AutoCloseable {

  private static final String INDEX = "records.idx";
  private static final String JOURNAL = "records.jnl";
  private static final String PACK = "bodies.pack";
  private static final int MAGIC = 0x444c5233; // "DLR3"
  private static final int JOURNAL_MAGIC = 0x444c4a33; // "DLJ3"
  private static final int PACK_MAGIC = 0x444c5033; // "DLP3"

  /**
   * One parsed file: its result with the article's body left out, where the body is in the pack
   * ({@code length} 0 when the file gave no article), and {@code number}, its place in the index
   * it was read from, or -1. The file's problems are read with the index; the rest of its record
   * is kept as the index's bytes and decoded only when asked for ({@link #result()}), since a
   * rebuild whose site model is the last one's needs none of it.
   */
  static final class Entry {
    private final String key;
    private final String source;
    private final List<Problem> problems;
    private final long offset;
    private final int length;
    private final int number;
    private final ParseResult fresh;
    private final ByteBuffer record;
    private final int start;
    private final int size;
    private final RecordCodec codec;

    private Entry(String key, String source, List<Problem> problems, long offset, int length,
        int number, ParseResult fresh, ByteBuffer record, int start, int size, RecordCodec codec) {
      this.key = key;
      this.source = source;
      this.problems = List.copyOf(problems);
      this.offset = offset;
      this.length = length;
      this.number = number;
      this.fresh = fresh;
      this.record = record;
      this.start = start;
      this.size = size;
      this.codec = codec;
    }

    /**
     * An entry of {@code key} whose record, as the index keeps it, is {@code record}; for tests
     * of what is built from records' bytes.
     */
    static Entry ofRecord(String key, byte[] record, int number) {
      return new Entry(key, "", List.of(), 0, 0, number, null, ByteBuffer.wrap(record), 0,
          record.length, null);
    }

    String key() {
      return key;
    }

    /** The file the record was parsed from, as the build that parsed it named it. */
    String source() {
      return source;
    }

    List<Problem> problems() {
      return problems;
    }

    long offset() {
      return offset;
    }

    int length() {
      return length;
    }

    int number() {
      return number;
    }

    /** Whether the file gave an article (whose body is then in the pack). */
    boolean hasArticle() {
      return length > 0;
    }

    /** What the parser made of the file, without the article's body; decoded at each call. */
    ParseResult result() {
      if (fresh != null) {
        return fresh;
      }
      ParseResult decoded = codec.decode(ParseResult.class, recordBytes());
      return new ParseResult(decoded.source(), decoded.article(), problems);
    }

    /** The record without its body and problems, as the index keeps it. */
    byte[] recordBytes() {
      if (record.hasArray() && start == 0 && size == record.array().length) {
        return record.array();
      }
      byte[] bytes = new byte[size];
      record.get(start, bytes);
      return bytes;
    }

    /** This entry at another place in the pack, and in no index. */
    Entry movedTo(long newOffset) {
      return new Entry(key, source, problems, newOffset, length, -1, fresh, record, start, size,
          codec);
    }
  }

  /**
   * A file of this build and the key of its bytes, for the next build to find unread;
   * {@code unread} when this build found it so ({@link #findUnchanged}), by the stamp it has.
   */
  record Seen(SourceFile file, String key, boolean unread) {

    Seen(SourceFile file, String key) {
      this(file, key, false);
    }
  }

  /** The stamp of a file as an earlier build read it, and the entry of the bytes it read. */
  private record Stamped(String source, FileStamp stamp, Entry entry) {}

  /** How much older than the build that reads it a file must be for its stamp to be trusted. */
  static final long RACY_MARGIN_NANOS = 2_000_000_000L;

  /**
   * Up to how many changes since the index are written to the journal rather than into a new
   * index: a share of the index, so that reading the journal costs little beside it.
   */
  private static final int JOURNAL_SHARE = 16;
  private static final int JOURNAL_MIN_CHANGES = 256;

  /**
   * What an earlier build left: the entries of the index by number (sorted by key, which finds
   * them), the stamps of the index by source and by the number of their entry (one at most), and
   * the journal's changes to both (a null value: removed since the index was written).
   */
  private record Contents(boolean indexed, long indexId, long packId, Entry[] entries,
      Map<String, Stamped> stamps, Stamped[] stampOf, Map<String, Entry> changedEntries,
      Map<String, Stamped> changedStamps) {

    static Contents empty(long packId) {
      return new Contents(false, 0, packId, new Entry[0], new HashMap<>(), new Stamped[0],
          new HashMap<>(), new HashMap<>());
    }

    Entry entry(String key) {
      if (changedEntries.containsKey(key)) {
        return changedEntries.get(key);
      }
      int low = 0;
      int high = entries.length - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int order = entries[middle].key().compareTo(key);
        if (order == 0) {
          return entries[middle];
        } else if (order < 0) {
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return null;
    }

    Stamped stamp(String source) {
      return changedStamps.containsKey(source) ? changedStamps.get(source) : stamps.get(source);
    }

    /** Whether {@code entry} is the index's entry of its number, as the index has it. */
    boolean indexed(Entry entry) {
      int number = entry.number();
      return number >= 0 && number < entries.length && entries[number] == entry;
    }
  }

  /** The cache as opened: what it holds, and the pack with the offset of its end. */
  private record State(Contents contents, FileChannel pack, AtomicLong end) {}

  private final Path folder;
  private final String version;
  private final RecordCodec withoutBody = new RecordCodec(Set.of("body"));
  private final RecordCodec whole = new RecordCodec(Set.of());
  private final Background<State> opening;

  private ParseCache(Path folder, String version) {
    this.folder = folder;
    this.version = version;
    this.opening = Background.start("parse-cache-reader", this::read);
  }

  /**
   * Opens the cache in {@code folder}, emptied when it was written under another {@code version}
   * (see {@link Fingerprints#parse}). The index is read in the background, so that the caller
   * can walk the content meanwhile; the first method that needs it waits for it.
   */
  static ParseCache open(Path folder, String version) throws IOException {
    Files.createDirectories(folder);
    return new ParseCache(folder, version);
  }

  private State state() {
    try {
      return opening.result();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the parse cache " + folder + ": "
          + e.getMessage() + "; delete the folder and build again", e);
    }
  }

  private State read() throws IOException {
    Contents contents = readContents();
    FileChannel pack = null;
    if (contents != null) {
      pack = openPack(contents.packId());
      if (pack == null) {
        contents = null;
      }
    }
    if (contents == null) {
      Files.deleteIfExists(folder.resolve(JOURNAL));
      Files.deleteIfExists(folder.resolve(INDEX));
      contents = Contents.empty(PackFile.newId());
      pack = newPack(folder.resolve(PACK), contents.packId());
    }
    return new State(contents, pack, new AtomicLong(pack.size()));
  }

  /** The pack, when it is the one with {@code id}; else null. */
  private FileChannel openPack(long id) throws IOException {
    return PackFile.open(folder.resolve(PACK), PACK_MAGIC, id);
  }

  private static FileChannel newPack(Path path, long id) throws IOException {
    return PackFile.create(path, PACK_MAGIC, id);
  }

  /** The entry an earlier build stored under {@code key}, or null. */
  Entry find(String key) {
    return state().contents().entry(key);
  }

  /**
   * The entry of {@code file} when its stamp is the one an earlier build saw when it read the
   * file's bytes, or null: then the file must be read and its key looked up with {@link #find}.
   */
  Entry findUnchanged(SourceFile file) {
    Contents contents = state().contents();
    Stamped stamped = contents.stamp(file.source());
    if (stamped == null || file.stamp() == null || !stamped.stamp().equals(file.stamp())) {
      return null;
    }
    Entry entry = stamped.entry();
    return contents.changedEntries().containsKey(entry.key())
        ? contents.changedEntries().get(entry.key()) : entry;
  }

  /** Stores a fresh parse: the article's body goes to the pack, the rest into the entry. */
  Entry store(String key, ParseResult parsed) {
    State state = state();
    ParseResult light = new ParseResult(parsed.source(),
        parsed.article().map(article -> article.withBody(List.of())), parsed.problems());
    byte[] encoded = withoutBody.encode(new ParseResult(light.source(), light.article(),
        List.of()));
    if (parsed.article().isEmpty()) {
      return fresh(key, light, 0, 0, encoded);
    }
    byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    byte[] article = whole.encode(new Body(parsed.article().get().body()));
    ByteBuffer record = ByteBuffer.allocate(8 + keyBytes.length + article.length);
    record.putInt(keyBytes.length).put(keyBytes).putInt(article.length).put(article).flip();
    long offset = state.end().getAndAdd(record.remaining());
    try {
      while (record.hasRemaining()) {
        state.pack().write(record, offset + record.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the parse cache " + folder.resolve(PACK)
          + ": " + e.getMessage() + "; delete the folder " + folder + " and build again", e);
    }
    return fresh(key, light, offset, record.limit(), encoded);
  }

  private Entry fresh(String key, ParseResult light, long offset, int length, byte[] encoded) {
    return new Entry(key, light.source(), light.problems(), offset, length, -1, light,
        ByteBuffer.wrap(encoded), 0, encoded.length, withoutBody);
  }

  /** The paragraphs of an article's body, as the pack holds them. */
  record Body(List<String> paragraphs) {}

  /**
   * The body of the entry's article, read back from the pack.
   *
   * @throws IllegalStateException when the pack does not hold it as it should
   */
  List<String> body(Entry entry) {
    ByteBuffer record = ByteBuffer.allocate(entry.length());
    try {
      PackFile.readFully(state().pack(), record, entry.offset());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parse cache " + folder.resolve(PACK)
          + ": " + e.getMessage() + "; delete the folder " + folder + " and build again", e);
    }
    record.flip();
    try {
      byte[] key = new byte[record.getInt()];
      record.get(key);
      if (!new String(key, StandardCharsets.UTF_8).equals(entry.key())) {
        throw new IllegalStateException("key differs");
      }
      byte[] body = new byte[record.getInt()];
      record.get(body);
      return whole.decode(Body.class, body).paragraphs();
    } catch (RuntimeException e) {
      throw new IllegalStateException("the parse cache " + folder.resolve(PACK) + " is damaged ("
          + e.getMessage() + "); delete the folder " + folder + " and build again", e);
    }
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
   * epoch). The pack is compacted when less than half of it is still used. When few records or
   * stamps changed since the index was written, only the changes are written, to the journal.
   */
  void save(Collection<Entry> live, Collection<Seen> seen, long walkedAtNanos)
      throws IOException {
    State state = state();
    Contents old = state.contents();
    long used = live.stream().mapToLong(Entry::length).sum();
    boolean compacting = state.pack().size() > PackFile.HEADER + 2 * used + (1 << 16);
    if (old.indexed() && !compacting) {
      Journal journal = journal(old, live, seen, walkedAtNanos);
      if (journal != null) {
        writeJournal(old, journal);
        return;
      }
    }
    List<Entry> sorted = new ArrayList<>(live);
    sorted.sort(Comparator.comparing(Entry::key));
    List<Entry> entries = new ArrayList<>(sorted.size());
    for (Entry entry : sorted) {
      if (entries.isEmpty() || !entries.get(entries.size() - 1).key().equals(entry.key())) {
        entries.add(entry);
      }
    }
    long packId = old.packId();
    if (compacting) {
      packId = PackFile.newId();
      entries = compact(state.pack(), entries, packId);
    }
    // The journal goes with the index it is written against: gone first, so that a build that
    // dies here leaves the old index alone, older but true.
    Files.deleteIfExists(folder.resolve(JOURNAL));
    writeIndex(entries, seen.stream().filter(s -> trusted(s, walkedAtNanos)).toList(), packId);
  }

  /** Whether the file of {@code seen} is old enough for its stamp to stand for its bytes. */
  private static boolean trusted(Seen seen, long walkedAtNanos) {
    FileStamp stamp = seen.file().stamp();
    return stamp != null && stamp.modifiedNanos() < walkedAtNanos - RACY_MARGIN_NANOS;
  }

  /** The changes since the index: what is gone, and what is new or different. */
  private record Journal(List<String> removed, List<Entry> entries, List<String> unstamped,
      List<Seen> stamps) {}

  /**
   * The changes from the index to {@code live} and the stamps {@code seen}, or null when they are
   * too many for a journal. Entries and stamps of the index are known by their numbers, so that
   * what did not change costs no look-up.
   */
  private static Journal journal(Contents old, Collection<Entry> live, Collection<Seen> seen,
      long walkedAtNanos) {
    int limit = Math.max(JOURNAL_MIN_CHANGES, old.entries().length / JOURNAL_SHARE);
    int changes = 0;
    Entry[] indexed = old.entries();
    boolean[] kept = new boolean[indexed.length];
    int keptCount = 0;
    List<Entry> entries = new ArrayList<>();
    for (Entry entry : live) {
      if (old.indexed(entry)) {
        keptCount += kept[entry.number()] ? 0 : 1;
        kept[entry.number()] = true;
      } else {
        entries.add(entry);
        if (++changes > limit) {
          return null;
        }
      }
    }
    List<String> removed = new ArrayList<>();
    for (int i = 0; keptCount < indexed.length && i < indexed.length; i++) {
      if (!kept[i]) {
        removed.add(indexed[i].key());
        if (++changes > limit) {
          return null;
        }
      }
    }
    // The build lists the files it saw in the order of the entries it keeps: the entry of a
    // file is then found by its place, and its stamp in the index by the entry's number.
    List<Entry> liveList = live instanceof List<Entry> list ? list : List.copyOf(live);
    boolean aligned = seen.size() == liveList.size();
    boolean[] confirmed = new boolean[indexed.length];
    List<Seen> stamps = new ArrayList<>();
    Set<String> restamped = new HashSet<>();
    int place = -1;
    for (Seen s : seen) {
      place++;
      if (!trusted(s, walkedAtNanos)) {
        continue;
      }
      String source = s.file().source();
      Entry entry = aligned && liveList.get(place).key() == s.key() ? liveList.get(place) : null;
      if (s.unread() && entry != null && old.indexed(entry)
          && !old.changedStamps().containsKey(source)) {
        // Found by the index's own stamp of it, which findUnchanged compared.
        confirmed[entry.number()] = true;
        continue;
      }
      Stamped before = entry != null && old.indexed(entry) ? old.stampOf()[entry.number()]
          : old.stamps().get(source);
      if (before != null && before.source().equals(source)
          && before.entry().key().equals(s.key()) && before.stamp().equals(s.file().stamp())) {
        confirmed[before.entry().number()] = true;
      } else {
        stamps.add(s);
        restamped.add(source);
        if (++changes > limit) {
          return null;
        }
      }
    }
    List<String> unstamped = new ArrayList<>();
    for (int i = 0; i < indexed.length; i++) {
      Stamped stamped = old.stampOf()[i];
      if (stamped != null && !confirmed[i] && !restamped.contains(stamped.source())) {
        unstamped.add(stamped.source());
        if (++changes > limit) {
          return null;
        }
      }
    }
    return new Journal(removed, entries, unstamped, stamps);
  }

  private List<Entry> compact(FileChannel pack, List<Entry> entries, long packId)
      throws IOException {
    Path temp = folder.resolve(PACK + ".tmp");
    List<Entry> moved = new ArrayList<>(entries.size());
    try (FileChannel out = newPack(temp, packId)) {
      long position = PackFile.HEADER;
      for (Entry entry : entries) {
        long copied = 0;
        while (copied < entry.length()) {
          copied += pack.transferTo(entry.offset() + copied, entry.length() - copied, out);
        }
        moved.add(entry.movedTo(entry.length() == 0 ? 0 : position));
        position += entry.length();
      }
    }
    // Until the index that names it is written, the new pack is garbage to the old index: the
    // next build finds the pack is not the index's and starts afresh.
    Files.move(temp, folder.resolve(PACK), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return moved;
  }

  /*
   * The files, in the big-endian numbers of DataOutput. Strings are an int length and UTF-8
   * bytes. An entry is its key, its source, the offset and length of its body in the pack, its
   * problems as RecordCodec writes a list of them (an int length and the bytes), then its result
   * without body and problems as RecordCodec writes it (an int length and the bytes). After all
   * the bytes of a file, the CRC-32C of the bytes before it.
   *
   * records.idx: magic, version (writeUTF), index id, pack id; the entries (count, entries); the
   * stamps (count; each: the entry's number, the source or -1 for the source of the entry's
   * record, size, time, identity); an entry has one stamp at most.
   *
   * records.jnl: magic, version, index id; keys removed (count, keys); entries new or changed
   * (count, entries); sources no longer stamped (count, sources); stamps new or changed (count;
   * each: source, size, time, identity, key).
   */

  private void writeIndex(List<Entry> entries, List<Seen> stamps, long packId)
      throws IOException {
    Map<String, Integer> numbers = new HashMap<>(entries.size() * 2);
    for (Entry entry : entries) {
      numbers.put(entry.key(), numbers.size());
    }
    boolean[] stamped = new boolean[entries.size()];
    Set<String> sources = new HashSet<>(stamps.size() * 2);
    List<Seen> listed = new ArrayList<>(stamps.size());
    for (Seen s : stamps) {
      Integer number = numbers.get(s.key());
      if (number != null && !stamped[number] && sources.add(s.file().source())) {
        stamped[number] = true;
        listed.add(s);
      }
    }
    long id = new SecureRandom().nextLong();
    CacheFile.write(folder.resolve(INDEX), out -> {
      out.writeInt(MAGIC);
      out.writeUTF(version);
      out.writeLong(id);
      out.writeLong(packId);
      out.writeInt(entries.size());
      for (Entry entry : entries) {
        writeEntry(out, entry);
      }
      out.writeInt(listed.size());
      for (Seen s : listed) {
        int number = numbers.get(s.key());
        out.writeInt(number);
        if (s.file().source().equals(entries.get(number).source())) {
          out.writeInt(-1);
        } else {
          CacheFile.writeString(out, s.file().source());
        }
        writeStamp(out, s.file().stamp());
      }
    });
  }

  private void writeJournal(Contents old, Journal journal) throws IOException {
    CacheFile.write(folder.resolve(JOURNAL), out -> {
      out.writeInt(JOURNAL_MAGIC);
      out.writeUTF(version);
      out.writeLong(old.indexId());
      out.writeInt(journal.removed().size());
      for (String key : journal.removed()) {
        CacheFile.writeString(out, key);
      }
      out.writeInt(journal.entries().size());
      for (Entry entry : journal.entries()) {
        writeEntry(out, entry);
      }
      out.writeInt(journal.unstamped().size());
      for (String source : journal.unstamped()) {
        CacheFile.writeString(out, source);
      }
      out.writeInt(journal.stamps().size());
      for (Seen s : journal.stamps()) {
        CacheFile.writeString(out, s.file().source());
        writeStamp(out, s.file().stamp());
        CacheFile.writeString(out, s.key());
      }
    });
  }

  /** A file's problems, as the codec writes a list. */
  private record Problems(List<Problem> list) {}

  private void writeEntry(DataOutputStream out, Entry entry) throws IOException {
    CacheFile.writeString(out, entry.key());
    CacheFile.writeString(out, entry.source());
    out.writeLong(entry.offset());
    out.writeInt(entry.length());
    byte[] problems = whole.encode(new Problems(entry.problems()));
    out.writeInt(problems.length);
    out.write(problems);
    out.writeInt(entry.size);
    out.write(entry.recordBytes());
  }

  private static void writeStamp(DataOutputStream out, FileStamp stamp) throws IOException {
    out.writeLong(stamp.size());
    out.writeLong(stamp.modifiedNanos());
    CacheFile.writeString(out, stamp.identity());
  }

  private Contents readContents() throws IOException {
    try {
      ByteBuffer index = CacheFile.read(folder.resolve(INDEX));
      if (index == null || index.getInt() != MAGIC || !readUTF(index).equals(version)) {
        return null;
      }
      long indexId = index.getLong();
      long packId = index.getLong();
      Entry[] entries = readEntries(index, true);
      int count = index.getInt();
      Map<String, Stamped> stamps = new HashMap<>(Math.max(16, count * 2));
      Stamped[] stampOf = new Stamped[entries.length];
      for (int i = 0; i < count; i++) {
        int number = index.getInt();
        int length = index.getInt();
        String source = length == -1 ? entries[number].source()
            : CacheFile.readString(index, length);
        FileStamp stamp = readStamp(index);
        if (stampOf[number] == null && !stamps.containsKey(source)) {
          stampOf[number] = new Stamped(source, stamp, entries[number]);
          stamps.put(source, stampOf[number]);
        }
      }
      if (index.hasRemaining()) {
        return null;
      }
      Contents contents = new Contents(true, indexId, packId, entries, stamps, stampOf,
          new HashMap<>(), new HashMap<>());
      return readJournal(contents) ? contents : null;
    } catch (RuntimeException damaged) {
      return null;
    }
  }

  /** Adds the journal's changes to {@code contents}; false when the journal is not valid. */
  private boolean readJournal(Contents contents) throws IOException {
    if (!Files.exists(folder.resolve(JOURNAL))) {
      return true;
    }
    ByteBuffer journal = CacheFile.read(folder.resolve(JOURNAL));
    if (journal == null || journal.getInt() != JOURNAL_MAGIC
        || !readUTF(journal).equals(version) || journal.getLong() != contents.indexId()) {
      return false;
    }
    int removed = journal.getInt();
    for (int i = 0; i < removed; i++) {
      contents.changedEntries().put(CacheFile.readString(journal), null);
    }
    for (Entry entry : readEntries(journal, false)) {
      contents.changedEntries().put(entry.key(), entry);
    }
    int unstamped = journal.getInt();
    for (int i = 0; i < unstamped; i++) {
      contents.changedStamps().put(CacheFile.readString(journal), null);
    }
    int stamped = journal.getInt();
    for (int i = 0; i < stamped; i++) {
      String source = CacheFile.readString(journal);
      FileStamp stamp = readStamp(journal);
      Entry entry = contents.entry(CacheFile.readString(journal));
      contents.changedStamps().put(source,
          entry == null ? null : new Stamped(source, stamp, entry));
    }
    return !journal.hasRemaining();
  }

  /**
   * Reads a count and the entries after it, numbered when they are the index's. Their records
   * stay in {@code in}'s bytes until asked for.
   */
  private Entry[] readEntries(ByteBuffer in, boolean numbered) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining()) {
      throw new IllegalStateException("damaged");
    }
    String[] keys = new String[count];
    String[] sources = new String[count];
    long[] offsets = new long[count];
    int[] lengths = new int[count];
    int[] problemStarts = new int[count];
    int[] problemSizes = new int[count];
    int[] starts = new int[count];
    int[] sizes = new int[count];
    for (int i = 0; i < count; i++) {
      keys[i] = CacheFile.readString(in);
      sources[i] = CacheFile.readString(in);
      offsets[i] = in.getLong();
      lengths[i] = in.getInt();
      problemSizes[i] = in.getInt();
      problemStarts[i] = in.position();
      in.position(problemStarts[i] + problemSizes[i]);
      sizes[i] = in.getInt();
      starts[i] = in.position();
      in.position(starts[i] + sizes[i]);
      if (lengths[i] < 0 || (lengths[i] > 0 && offsets[i] < PackFile.HEADER)) {
        throw new IllegalStateException("damaged");
      }
    }
    // On this thread, not the common pool: the build's parallel streams may wait for the index,
    // and a pool task that waits must not hold up work queued behind it.
    Entry[] entries = new Entry[count];
    for (int i = 0; i < count; i++) {
      byte[] problems = new byte[problemSizes[i]];
      in.get(problemStarts[i], problems);
      entries[i] = new Entry(keys[i], sources[i], whole.decode(Problems.class, problems).list(),
          offsets[i], lengths[i], numbered ? i : -1, null, in, starts[i], sizes[i], withoutBody);
    }
    return entries;
  }

  private static FileStamp readStamp(ByteBuffer in) {
    return new FileStamp(in.getLong(), in.getLong(), CacheFile.readString(in));
  }

  /** A string as {@link DataOutputStream#writeUTF} writes it; the version is plain ASCII. */
  private static String readUTF(ByteBuffer in) {
    int length = Short.toUnsignedInt(in.getShort());
    return CacheFile.readString(in, length);
  }

  @Override
  public void close() throws IOException {
    State state;
    try {
      state = opening.result();
    } catch (IOException | RuntimeException notOpened) {
      return;
    }
    state.pack().close();
  }
}

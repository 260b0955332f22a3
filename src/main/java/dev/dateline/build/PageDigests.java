package dev.dateline.build;

import dev.dateline.article.Problem;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The digest of every page the last published build rendered, in the order of its pages, with
 * the fingerprint of what else shaped the pages (templates, assets, configuration, Dateline), the
 * input of its site model ({@link ModelInput}) and the articles whose bodies each page shows. A
 * page whose digest and fingerprint are the same as last time would render to the same bytes, so
 * its published file can be kept instead. Saved as a {@link CacheFile}.
 *
 * <p>Not safe for use by several threads.
 */
final class PageDigests {

  private static final int MAGIC = 0x444c5047; // "DLPG"
  /** Bumped when the layout of the file changes. */
  private static final int FORMAT = 5;
  static final int DIGEST_BYTES = Digest128.BYTES;

  private final String fingerprint;
  private final ModelInput input;
  private final String[] paths;
  private final byte[] digests;
  private final Bodies bodies;
  private final Stored stored;
  private Map<String, Integer> indexes;

  /**
   * What the last build left besides the digests: the id of the pack of page models it wrote
   * ({@link PageModels}), where each page's model is in it (-1: not there; the array is not to be
   * changed once the record is made), how many bytes of the pack were models in use when that
   * was last counted, and its site model's article count and problems.
   */
  record Stored(long packId, long[] models, long packed, int articles, List<Problem> problems) {

    static Stored none(int pages) {
      long[] models = new long[pages];
      Arrays.fill(models, -1);
      return new Stored(PageModels.NONE, models, 0, 0, List.of());
    }

    Stored {
      problems = List.copyOf(problems);
    }
  }

  /** A site model's problems, as the codec writes a list. */
  private record Problems(List<Problem> list) {}

  private static final RecordCodec CODEC = new RecordCodec(Set.of());

  /**
   * For each page, the places in the model's input ({@link ModelInput}) of the articles whose
   * bodies it shows: those of page {@code p} are {@code articles[starts[p]]} up to
   * {@code articles[starts[p + 1]]}, excluded.
   */
  record Bodies(int[] starts, int[] articles) {

    static final Bodies NONE = new Bodies(new int[] {0}, new int[0]);

    Bodies {
      if (starts.length == 0 || starts[0] != 0 || starts[starts.length - 1] != articles.length) {
        throw new IllegalArgumentException("not an index of " + articles.length + " articles");
      }
      for (int p = 1; p < starts.length; p++) {
        if (starts[p] < starts[p - 1]) {
          throw new IllegalArgumentException("page " + p + " starts before page " + (p - 1));
        }
      }
    }

    /** The index of pages that show the articles of {@code perPage}, in the same order. */
    static Bodies of(int[][] perPage) {
      int[] starts = new int[perPage.length + 1];
      for (int p = 0; p < perPage.length; p++) {
        starts[p + 1] = starts[p] + perPage[p].length;
      }
      int[] articles = new int[starts[perPage.length]];
      for (int p = 0; p < perPage.length; p++) {
        System.arraycopy(perPage[p], 0, articles, starts[p], perPage[p].length);
      }
      return new Bodies(starts, articles);
    }

    int pages() {
      return starts.length - 1;
    }

    /** Whether page {@code page} shows the body of any article. */
    boolean showsAny(int page) {
      return starts[page + 1] > starts[page];
    }

    /** Whether page {@code page} shows the body of any article {@code chosen} marks. */
    boolean showsAny(int page, boolean[] chosen) {
      for (int i = starts[page]; i < starts[page + 1]; i++) {
        if (articles[i] < chosen.length && chosen[articles[i]]) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * @param paths the output path of every page, in the order of the model's pages
   * @param digests the digest of every page, {@link #DIGEST_BYTES} each, in the same order
   * @param bodies the articles whose bodies each page shows, in the same order
   */
  PageDigests(String fingerprint, ModelInput input, String[] paths, byte[] digests,
      Bodies bodies) {
    this(fingerprint, input, paths, digests, bodies, Stored.none(paths.length));
  }

  /** @param stored where the pages' models are, and what the site model reported */
  PageDigests(String fingerprint, ModelInput input, String[] paths, byte[] digests,
      Bodies bodies, Stored stored) {
    if (digests.length != paths.length * DIGEST_BYTES || bodies.pages() != paths.length
        || stored.models().length != paths.length) {
      throw new IllegalArgumentException(paths.length + " pages but " + digests.length
          + " bytes of digests, " + bodies.pages() + " pages of bodies and "
          + stored.models().length + " of models");
    }
    this.fingerprint = fingerprint;
    this.input = input;
    this.paths = paths;
    this.digests = digests;
    this.bodies = bodies;
    this.stored = stored;
  }

  /** These digests with {@code stored} beside them. */
  PageDigests with(Stored stored) {
    return new PageDigests(fingerprint, input, paths, digests, bodies, stored);
  }

  static PageDigests none(String fingerprint) {
    return none(fingerprint, ModelInput.none());
  }

  private static PageDigests none(String fingerprint, ModelInput input) {
    return new PageDigests(fingerprint, input, new String[0], new byte[0], Bodies.NONE);
  }

  /**
   * The digests saved in {@code file}; none when it is missing, damaged or of another version.
   * When they were saved under another {@code fingerprint}, only the model's input is kept.
   */
  static PageDigests read(Path file, String fingerprint) {
    try {
      ByteBuffer in = CacheFile.read(file);
      if (in == null || in.getInt() != MAGIC || in.getInt() != FORMAT) {
        return none(fingerprint);
      }
      String savedFingerprint = CacheFile.readString(in);
      String parseFingerprint = CacheFile.readString(in);
      String[] keys = strings(in);
      byte[] records = bytes(in, keys.length * ModelInput.DIGEST_BYTES);
      ModelInput input = new ModelInput(parseFingerprint, keys, records);
      if (!savedFingerprint.equals(fingerprint)) {
        return none(fingerprint, input);
      }
      String[] paths = strings(in);
      byte[] digests = bytes(in, paths.length * DIGEST_BYTES);
      int[] starts = ints(in, paths.length + 1);
      int[] articles = ints(in, starts[paths.length]);
      long packId = in.getLong();
      long[] models = new long[paths.length];
      in.asLongBuffer().get(models);
      in.position(in.position() + 8 * models.length);
      long packed = in.getLong();
      int articleCount = in.getInt();
      byte[] problems = bytes(in, in.getInt());
      if (in.hasRemaining()) {
        return none(fingerprint);
      }
      return new PageDigests(fingerprint, input, paths, digests, new Bodies(starts, articles),
          new Stored(packId, models, packed, articleCount,
              CODEC.decode(Problems.class, problems).list()));
    } catch (IOException | RuntimeException e) {
      return none(fingerprint);
    }
  }

  /**
   * Whether these digests were taken of the pages of a model built from {@code current}, which
   * has {@code pages} pages: then, under the same fingerprint, the pages are the same models, in
   * the same order and at the same paths, but for the bodies of the articles whose keys changed.
   */
  boolean sameModel(ModelInput current, int pages) {
    return paths.length > 0 && paths.length == pages && input.sameModelAs(current);
  }

  /** Whether the page at {@code path} had exactly this digest in the last build. */
  boolean unchanged(String path, byte[] digest) {
    int index = indexOf(path);
    return index >= 0 && sameDigest(index, digest);
  }

  /** The place of the page at {@code path} in the last build's order, or -1. */
  int indexOf(String path) {
    if (indexes == null) {
      Map<String, Integer> byPath = new HashMap<>(paths.length * 2);
      for (int i = 0; i < paths.length; i++) {
        byPath.put(paths[i], i);
      }
      indexes = byPath;
    }
    return indexes.getOrDefault(path, -1);
  }

  Stored stored() {
    return stored;
  }

  /** Where the model of the page at {@code index} is in the pack, or -1. */
  long model(int index) {
    return stored.models()[index];
  }

  /** Whether the page at {@code index} in the last build's order had exactly this digest. */
  boolean sameDigest(int index, byte[] digest) {
    return Arrays.equals(digests, index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES, digest, 0,
        DIGEST_BYTES);
  }

  /** The output paths of the pages of the last build, in its order; not to be changed. */
  String[] paths() {
    return paths;
  }

  ModelInput input() {
    return input;
  }

  Bodies bodies() {
    return bodies;
  }

  /** A copy of every page's digest, {@link #DIGEST_BYTES} each, in the last build's order. */
  byte[] digests() {
    return digests.clone();
  }

  int size() {
    return paths.length;
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[][] keys = utf8(input.size(), input::key);
    byte[][] pathBytes = utf8(paths.length, i -> paths[i]);
    byte[] fingerprintBytes = fingerprint.getBytes(StandardCharsets.UTF_8);
    byte[] parseBytes = input.parseFingerprint().getBytes(StandardCharsets.UTF_8);
    byte[] problems = CODEC.encode(new Problems(stored.problems()));
    long size = 8L + 4 + fingerprintBytes.length + 4 + parseBytes.length + length(keys)
        + input.records().length + length(pathBytes) + digests.length
        + 4L * (bodies.starts().length + bodies.articles().length)
        + 8 + 8L * paths.length + 8 + 4 + 4 + problems.length;
    if (size > Integer.MAX_VALUE - 16) {
      throw new IOException("too many pages to remember their digests: " + paths.length);
    }
    ByteBuffer out = ByteBuffer.allocate((int) size);
    out.putInt(MAGIC).putInt(FORMAT);
    put(out, fingerprintBytes);
    put(out, parseBytes);
    out.putInt(keys.length);
    for (byte[] key : keys) {
      put(out, key);
    }
    out.put(input.records());
    out.putInt(pathBytes.length);
    for (byte[] path : pathBytes) {
      put(out, path);
    }
    out.put(digests);
    putInts(out, bodies.starts());
    putInts(out, bodies.articles());
    out.putLong(stored.packId());
    out.asLongBuffer().put(stored.models());
    out.position(out.position() + 8 * paths.length);
    out.putLong(stored.packed());
    out.putInt(stored.articles());
    put(out, problems);
    if (out.hasRemaining()) {
      throw new IllegalStateException("pages.idx measured wrong: " + out.remaining() + " left");
    }
    CacheFile.write(file, data -> data.write(out.array()));
  }

  /** Whether {@code other} holds exactly what this holds, so that saving it changes nothing. */
  boolean sameAs(PageDigests other) {
    return fingerprint.equals(other.fingerprint) && input.equals(other.input)
        && Arrays.equals(paths, other.paths) && Arrays.equals(digests, other.digests)
        && Arrays.equals(bodies.starts(), other.bodies.starts())
        && Arrays.equals(bodies.articles(), other.bodies.articles())
        && stored.packId() == other.stored.packId()
        && Arrays.equals(stored.models(), other.stored.models())
        && stored.packed() == other.stored.packed()
        && stored.articles() == other.stored.articles()
        && stored.problems().equals(other.stored.problems());
  }

  private static byte[][] utf8(int count, java.util.function.IntFunction<String> text) {
    byte[][] bytes = new byte[count][];
    for (int i = 0; i < count; i++) {
      bytes[i] = text.apply(i).getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  /** The count and lengths of {@code texts} as {@link #put} writes them, and their bytes. */
  private static long length(byte[][] texts) {
    long length = 4;
    for (byte[] text : texts) {
      length += 4 + text.length;
    }
    return length;
  }

  private static void putInts(ByteBuffer out, int[] ints) {
    out.asIntBuffer().put(ints);
    out.position(out.position() + 4 * ints.length);
  }

  private static void put(ByteBuffer out, byte[] text) {
    out.putInt(text.length).put(text);
  }

  private static String[] strings(ByteBuffer in) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining() / 4) {
      throw new BufferUnderflowException();
    }
    String[] texts = new String[count];
    for (int i = 0; i < count; i++) {
      texts[i] = CacheFile.readString(in);
    }
    return texts;
  }

  private static int[] ints(ByteBuffer in, int count) {
    if (count < 0 || count > in.remaining() / 4) {
      throw new BufferUnderflowException();
    }
    int[] ints = new int[count];
    in.asIntBuffer().get(ints);
    in.position(in.position() + 4 * count);
    return ints;
  }

  private static byte[] bytes(ByteBuffer in, int length) {
    byte[] bytes = new byte[length];
    in.get(bytes);
    return bytes;
  }
}

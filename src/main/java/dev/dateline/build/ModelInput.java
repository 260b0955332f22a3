package dev.dateline.build;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a site model was built from besides the configuration: the articles, in the order the
 * model got them, each as the key of its file and a digest of its record without the body and
 * the file's problems (which the model does not read). The model is a pure function of those
 * records and the configuration ({@code SiteModel.build}), so when every record digest is as it
 * was in the last build, so is the model, page for page; a
 * page can then differ only through the bodies of the articles it shows, and a body can differ
 * only where the key of its file does.
 *
 * <p>A record's digest is taken only where its file's key is new at its place, or the parse
 * settings changed: the same bytes parsed with the same settings give the same record.
 */
final class ModelInput {

  static final int DIGEST_BYTES = Digest128.BYTES;

  private static final ModelInput NONE = new ModelInput("", new String[0], new byte[0]);

  private final String parseFingerprint;
  private final String[] keys;
  private final byte[] records;

  /**
   * @param parseFingerprint the settings the records were parsed with ({@link Fingerprints#parse})
   * @param keys the key of every article's file, in model order
   * @param records the digest of every article's record, {@link #DIGEST_BYTES} each, in the same
   *     order
   */
  ModelInput(String parseFingerprint, String[] keys, byte[] records) {
    if (records.length != keys.length * DIGEST_BYTES) {
      throw new IllegalArgumentException(keys.length + " keys but " + records.length
          + " bytes of record digests");
    }
    this.parseFingerprint = parseFingerprint;
    this.keys = keys;
    this.records = records;
  }

  /** The input of no model: the state before a first build. */
  static ModelInput none() {
    return NONE;
  }

  /**
   * The input of a model built from the articles of {@code entries} (each entry with an article,
   * in model order), parsed under {@code parseFingerprint}; digests of records are taken from
   * {@code previous} where they are known to be the same.
   */
  static ModelInput of(String parseFingerprint, List<ParseCache.Entry> entries,
      ModelInput previous) {
    boolean sameSettings = parseFingerprint.equals(previous.parseFingerprint);
    String[] keys = new String[entries.size()];
    byte[] records = new byte[entries.size() * DIGEST_BYTES];
    IntStream.range(0, entries.size()).parallel().forEach(i -> {
      ParseCache.Entry entry = entries.get(i);
      keys[i] = entry.key();
      if (sameSettings && i < previous.size() && previous.keys[i].equals(keys[i])) {
        System.arraycopy(previous.records, i * DIGEST_BYTES, records, i * DIGEST_BYTES,
            DIGEST_BYTES);
      } else {
        System.arraycopy(Digest128.of(entry.recordBytes()), 0, records, i * DIGEST_BYTES,
            DIGEST_BYTES);
      }
    });
    return new ModelInput(parseFingerprint, keys, records);
  }

  /** Whether a model built from this input is the one built from {@code other}. */
  boolean sameModelAs(ModelInput other) {
    return Arrays.equals(records, other.records);
  }

  /** The places, in model order, whose file's key differs from the one in {@code other}. */
  int[] keysChangedSince(ModelInput other) {
    return IntStream.range(0, keys.length)
        .filter(i -> i >= other.size() || !keys[i].equals(other.keys[i]))
        .toArray();
  }

  int size() {
    return keys.length;
  }

  String key(int index) {
    return keys[index];
  }

  String parseFingerprint() {
    return parseFingerprint;
  }

  /** The digest of every record, {@link #DIGEST_BYTES} each; not to be changed. */
  byte[] records() {
    return records;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelInput o && parseFingerprint.equals(o.parseFingerprint)
        && Arrays.equals(keys, o.keys) && Arrays.equals(records, o.records);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(records);
  }

}

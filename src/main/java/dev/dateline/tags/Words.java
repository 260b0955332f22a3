package dev.dateline.tags;

import java.util.Arrays;

/**
 * The words of one text field, as the tagger sees them: ranges of the field's characters, word
 * {@code i} running from {@code starts[i]} to {@code ends[i]}, its gap from the end of the word
 * before. They are held column by column (starts, ends, shapes, key hashes) rather than as one
 * object per word: a field has hundreds of words, and every stage of the tagger walks them by
 * index. The shape of a word and of its gap is worked out once, when the word is read, since every
 * stage asks about it; the word and its gap become strings only when a stage asks for them, and
 * the hash of the matching key is computed while the word is read, so dictionaries can look a word
 * up without copying it.
 */
final class Words {

  static final int SENTENCE_START = 1;
  static final int CAPITALISED = 2;
  static final int LOWER_CASE = 4;
  static final int SPACE_BEFORE = 8;
  static final int JOINED_BEFORE = 16;
  static final int HYPHEN_IN_GAP = 32;
  static final int GAP_OPENS_CLOSING = 64;
  static final int GAP_ENDS_OPENING = 128;
  /** Stands for the first char of an empty key: above every char. */
  static final int NO_CHAR = Character.MAX_VALUE + 1;

  private final String field;
  private final char[] chars;
  private int size;
  private int[] starts;
  private int[] ends;
  private int[] flags;
  private int[] keyHashes;
  /** The first char of each word's key, or {@link #NO_CHAR} for an empty key. */
  private int[] keyFirsts;
  /** Matching keys that differ from their word; null, or null at a word, where none does. */
  private String[] keys;
  /** The words made strings, as they are asked for. */
  private String[] texts;

  /** No words yet of {@code field}, whose characters are {@code chars}. */
  Words(String field, char[] chars, int capacity) {
    this.field = field;
    this.chars = chars;
    int initial = Math.max(capacity, 1);
    starts = new int[initial];
    ends = new int[initial];
    flags = new int[initial];
    keyHashes = new int[initial];
    keyFirsts = new int[initial];
  }

  /**
   * Appends a word, as the tokenizer reads it.
   *
   * @param start where the word starts; its gap starts where the last word ended
   * @param end where the word ends
   * @param shape the shape of the word and of its gap, a set of this class's constants
   * @param key the matching key when it differs from the word; null when it is the word
   * @param keyHash the {@link String#hashCode} of the key
   */
  void add(int start, int end, int shape, String key, int keyHash) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      flags = Arrays.copyOf(flags, capacity);
      keyHashes = Arrays.copyOf(keyHashes, capacity);
      keyFirsts = Arrays.copyOf(keyFirsts, capacity);
    }
    if (key != null) {
      if (keys == null) {
        keys = new String[starts.length];
      } else if (keys.length < starts.length) {
        keys = Arrays.copyOf(keys, starts.length);
      }
      keys[size] = key;
    }
    starts[size] = start;
    ends[size] = end;
    flags[size] = shape;
    keyHashes[size] = keyHash;
    keyFirsts[size] = key == null ? chars[start] : key.isEmpty() ? NO_CHAR : key.charAt(0);
    size++;
  }

  int size() {
    return size;
  }

  /** Word {@code i} as written. */
  String text(int i) {
    if (texts == null) {
      texts = new String[starts.length];
    } else if (i >= texts.length) {
      texts = Arrays.copyOf(texts, starts.length);
    }
    String text = texts[i];
    if (text == null) {
      text = field.substring(starts[i], ends[i]);
      texts[i] = text;
    }
    return text;
  }

  /** Words {@code from} to {@code to} (exclusive) as written, with the gaps between them. */
  String text(int from, int to) {
    return field.substring(starts[from], ends[to - 1]);
  }

  /** Length of word {@code i} as written, in chars. */
  int length(int i) {
    return ends[i] - starts[i];
  }

  /** The first char of word {@code i} as written. */
  char first(int i) {
    return chars[starts[i]];
  }

  /** Word {@code i} with accents removed and typographic apostrophes made plain, for matching. */
  String key(int i) {
    String key = ownKey(i);
    return key == null ? text(i) : key;
  }

  int keyHash(int i) {
    return keyHashes[i];
  }

  /** The first char of the matching key of word {@code i}; {@link #NO_CHAR} for an empty key. */
  int keyFirst(int i) {
    return keyFirsts[i];
  }

  /** Whether the key of word {@code i} is {@code other}, without making a string of the word. */
  boolean keyIs(int i, String other) {
    String key = ownKey(i);
    if (key != null) {
      return key.equals(other);
    }
    int start = starts[i];
    int length = ends[i] - start;
    if (other.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (chars[start + k] != other.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The matching key of word {@code i} when it differs from the word, else null. */
  private String ownKey(int i) {
    return keys == null || i >= keys.length ? null : keys[i];
  }

  /** What stands between word {@code i - 1} and word {@code i} ({@code ""} before the first). */
  String gap(int i) {
    int gapStart = i == 0 ? 0 : ends[i - 1];
    int start = starts[i];
    int length = start - gapStart;
    if (length == 0) {
      return "";
    }
    if (length == 1 && chars[gapStart] == ' ') {
      return " ";
    }
    if (length == 2 && chars[gapStart + 1] == ' ') {
      char c = chars[gapStart];
      if (c == ',') {
        return ", ";
      }
      if (c == '.') {
        return ". ";
      }
    }
    return field.substring(gapStart, start);
  }

  /** Word {@code i} opens the field, a sentence or a quotation. */
  boolean sentenceStart(int i) {
    return (flags[i] & SENTENCE_START) != 0;
  }

  /** Starts with an upper-case letter and has a lower-case one: "Moscow", not "UN" or "the". */
  boolean capitalised(int i) {
    return (flags[i] & CAPITALISED) != 0;
  }

  /** Starts with a lower-case letter. */
  boolean lowerCase(int i) {
    return (flags[i] & LOWER_CASE) != 0;
  }

  /** Only whitespace separates word {@code i} from the previous one. */
  boolean spaceBefore(int i) {
    return (flags[i] & SPACE_BEFORE) != 0;
  }

  /** Joined to the previous word by a hyphen or an apostrophe, with no space: "Guinea-Bissau". */
  boolean joinedBefore(int i) {
    return (flags[i] & JOINED_BEFORE) != 0;
  }

  /** Whether the gap before word {@code i} has a hyphen, as {@code gap(i).indexOf('-') >= 0}. */
  boolean hyphenBefore(int i) {
    return (flags[i] & HYPHEN_IN_GAP) != 0;
  }

  /** Whether the gap before word {@code i} opens with ")", as {@code gap(i).startsWith(")")}. */
  boolean closingBefore(int i) {
    return (flags[i] & GAP_OPENS_CLOSING) != 0;
  }

  /** Whether the gap before word {@code i} ends in "(", as {@code gap(i).strip().endsWith("(")}. */
  boolean openingBefore(int i) {
    return (flags[i] & GAP_ENDS_OPENING) != 0;
  }

  /** A gap of a full stop and then nothing but whitespace: "St. Petersburg". */
  boolean stopBefore(int i) {
    int gapStart = i == 0 ? 0 : ends[i - 1];
    int start = starts[i];
    if (start - gapStart < 1 || chars[gapStart] != '.') {
      return false;
    }
    for (int k = gapStart + 1; k < start; k++) {
      if (!Character.isWhitespace(chars[k])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < size; i++) {
      words.append(i == 0 ? "" : "|").append(text(i));
    }
    return words.toString();
  }
}

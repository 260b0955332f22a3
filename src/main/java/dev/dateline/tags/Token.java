package dev.dateline.tags;

/**
 * One word of a text field, as the tagger sees it: a range of the field's characters. The shape
 * of the word and of its gap is worked out once, when the word is read, since every stage of the
 * tagger asks about it; the word and its gap become strings only when a stage asks for them, and
 * the hash of the matching key is computed while the word is read, so dictionaries can look a word
 * up without copying it.
 */
final class Token {

  static final int SENTENCE_START = 1;
  static final int CAPITALISED = 2;
  static final int LOWER_CASE = 4;
  static final int SPACE_BEFORE = 8;
  static final int JOINED_BEFORE = 16;
  static final int HYPHEN_IN_GAP = 32;
  static final int GAP_OPENS_CLOSING = 64;
  static final int GAP_ENDS_OPENING = 128;

  private final String field;
  private final char[] chars;
  private final int gapStart;
  private final int start;
  private final int end;
  private final int flags;
  /** Null when the key is the word itself, as for every plain ASCII word. */
  private final String key;
  private final int keyHash;
  private String text;

  /**
   * @param field the whole text field, and its characters
   * @param gapStart where the gap before the word starts (the end of the previous word)
   * @param start where the word starts
   * @param end where the word ends
   * @param flags the shape of the word and of its gap, a set of this class's constants
   * @param key the matching key when it differs from the word; null when it is the word
   * @param keyHash the {@link String#hashCode} of the key
   */
  Token(String field, char[] chars, int gapStart, int start, int end, int flags, String key,
      int keyHash) {
    this.field = field;
    this.chars = chars;
    this.gapStart = gapStart;
    this.start = start;
    this.end = end;
    this.flags = flags;
    this.key = key;
    this.keyHash = keyHash;
  }

  /** The word as written. */
  String text() {
    if (text == null) {
      text = field.substring(start, end);
    }
    return text;
  }

  /** Length of the word as written, in chars. */
  int length() {
    return end - start;
  }

  /** The first char of the word as written. */
  char first() {
    return chars[start];
  }

  /** The word with accents removed and typographic apostrophes made plain, for matching. */
  String key() {
    return key == null ? text() : key;
  }

  int keyHash() {
    return keyHash;
  }

  /** Whether this word's key is {@code other}, without making a string of the word. */
  boolean keyIs(String other) {
    if (key != null) {
      return key.equals(other);
    }
    int length = end - start;
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

  /** What stands between the previous word and this one ({@code ""} for the first). */
  String gap() {
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

  /** The first char of the matching key; -1 for an empty key. */
  int keyFirst() {
    if (key == null) {
      return chars[start];
    }
    return key.isEmpty() ? -1 : key.charAt(0);
  }

  /** Whether the gap before the word has a hyphen, as {@code gap().indexOf('-') >= 0}. */
  boolean hyphenBefore() {
    return (flags & HYPHEN_IN_GAP) != 0;
  }

  /** Whether the gap opens with a closing parenthesis, as {@code gap().startsWith(")")}. */
  boolean closingBefore() {
    return (flags & GAP_OPENS_CLOSING) != 0;
  }

  /** Whether the gap ends in an opening parenthesis, as {@code gap().strip().endsWith("(")}. */
  boolean openingBefore() {
    return (flags & GAP_ENDS_OPENING) != 0;
  }

  /** The word opens the field, a sentence or a quotation. */
  boolean sentenceStart() {
    return (flags & SENTENCE_START) != 0;
  }

  /** Starts with an upper-case letter and has a lower-case one: "Moscow", not "UN" or "the". */
  boolean capitalised() {
    return (flags & CAPITALISED) != 0;
  }

  /** Starts with a lower-case letter. */
  boolean lowerCase() {
    return (flags & LOWER_CASE) != 0;
  }

  /** Only whitespace separates this word from the previous one. */
  boolean spaceBefore() {
    return (flags & SPACE_BEFORE) != 0;
  }

  /** Joined to the previous word by a hyphen or an apostrophe, with no space: "Guinea-Bissau". */
  boolean joinedBefore() {
    return (flags & JOINED_BEFORE) != 0;
  }

  /** A gap of a full stop and then nothing but whitespace: "St. Petersburg". */
  boolean stopBefore() {
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
    return text();
  }
}

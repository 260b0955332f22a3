package dev.dateline.tags;

import java.text.Normalizer;
import java.util.Set;

/**
 * Splits text into words in one pass over its characters, without regular expressions: letters
 * and digits make a word; "U.N." and "U.S." are kept whole. Words remember what stood before them,
 * so phrases can be matched across spaces and hyphens but not across commas or sentence ends.
 */
final class Tokenizer {

  /** Abbreviations after which a full stop does not end the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("St", "Mt", "Ft", "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Sgt", "Jr", "Sr");

  /** What an ASCII character is to a word; text is mostly ASCII, so it is looked up. */
  private static final byte OTHER = 0;
  private static final byte DIGIT = 1;
  private static final byte UPPER = 2;
  private static final byte LOWER = 4;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = DIGIT;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      ASCII[c] = UPPER;
      ASCII[c + ('a' - 'A')] = LOWER;
    }
  }

  /** The words of {@code text}, in order. */
  Words tokenize(String text) {
    char[] chars = text.toCharArray();
    int length = chars.length;
    Words words = new Words(text, chars, length / 5 + 4);
    int previousEnd = 0;
    int i = 0;
    while (i < length) {
      char ch = chars[i];
      if (ch < 128) {
        if (ASCII[ch] == OTHER) {
          i++;
          continue;
        }
      } else {
        int cp = Character.codePointAt(chars, i);
        if (!Character.isLetterOrDigit(cp)) {
          i += Character.charCount(cp);
          continue;
        }
      }
      int start = i;
      int end = start;
      int hash = 0;
      boolean ascii = true;
      int kinds = 0;
      while (end < length) {
        char c = chars[end];
        if (c >= 128) {
          ascii = !Character.isLetterOrDigit(Character.codePointAt(chars, end));
          break;
        }
        byte kind = ASCII[c];
        if (kind == OTHER) {
          break;
        }
        kinds |= kind;
        hash = 31 * hash + c;
        end++;
      }
      int flags;
      String key = null;
      // "U.N." starts with a letter and a full stop; any other ASCII word is read.
      if (ascii && (end >= length || chars[end] != '.' || end > start + 1)) {
        byte kind = ASCII[chars[start]];
        flags = kind == UPPER && (kinds & LOWER) != 0 ? Words.CAPITALISED
            : kind == LOWER ? Words.LOWER_CASE : 0;
      } else {
        end = wordEnd(chars, start);
        String word = text.substring(start, end);
        key = key(word);
        hash = key.hashCode();
        if (key.equals(word)) {
          key = null;
        }
        int first = word.codePointAt(0);
        flags = (Character.isUpperCase(first) && hasLowerCase(word) ? Words.CAPITALISED : 0)
            | (Character.isLowerCase(first) ? Words.LOWER_CASE : 0);
      }
      int previous = words.size() - 1;
      if (previous >= 0 && start - previousEnd == 1 && chars[previousEnd] == ' ') {
        flags |= Words.SPACE_BEFORE;
      } else {
        flags |= gapFlags(chars, previousEnd, start) | parentheses(chars, previousEnd, start);
        if (previous < 0 || opensSentence(chars, previousEnd, start, words, previous)) {
          flags |= Words.SENTENCE_START;
        }
      }
      words.add(start, end, flags, key, hash);
      previousEnd = end;
      i = end;
    }
    return words;
  }

  /** The end of the word at {@code start}, the general way: any script, "U.N." kept whole. */
  private static int wordEnd(char[] chars, int start) {
    int end = dottedAbbreviationEnd(chars, start);
    if (end >= 0) {
      return end;
    }
    end = start;
    while (end < chars.length) {
      int cp = Character.codePointAt(chars, end);
      if (cp < 128 ? ASCII[cp] == OTHER : !Character.isLetterOrDigit(cp)) {
        break;
      }
      end += Character.charCount(cp);
    }
    return end;
  }

  /** Whether the gap is whitespace only, or a single hyphen or apostrophe. */
  private static int gapFlags(char[] chars, int from, int to) {
    if (to == from) {
      return 0;
    }
    if (to - from == 1) {
      char c = chars[from];
      if (c == ' ') {
        return Words.SPACE_BEFORE;
      }
      if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019') {
        return Words.JOINED_BEFORE;
      }
    }
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(chars[k])) {
        return 0;
      }
    }
    return Words.SPACE_BEFORE;
  }

  /** What the definition finder and the name finder look for in a gap other than a space. */
  private static int parentheses(char[] chars, int from, int to) {
    int flags = 0;
    for (int k = from; k < to; k++) {
      if (chars[k] == '-') {
        flags = Words.HYPHEN_IN_GAP;
        break;
      }
    }
    if (to > from && chars[from] == ')') {
      flags |= Words.GAP_OPENS_CLOSING;
    }
    int k = to - 1;
    while (k >= from && Character.isWhitespace(chars[k])) {
      k--;
    }
    if (k >= from && chars[k] == '(') {
      flags |= Words.GAP_ENDS_OPENING;
    }
    return flags;
  }

  private static boolean hasLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The matching key of a word or phrase: accents off, plain apostrophes. */
  static String key(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 128;
    }
    if (ascii) {
      return word;
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c == '\u2019' ? '\'' : c);
      }
    }
    return out.toString();
  }

  /** End of "U.N." or "U.S.A." starting at {@code i}, or -1 when there is none. */
  private static int dottedAbbreviationEnd(char[] chars, int i) {
    int j = i;
    int letters = 0;
    while (j + 1 < chars.length && Character.isUpperCase(chars[j]) && chars[j + 1] == '.') {
      letters++;
      j += 2;
    }
    return letters >= 2 ? j : -1;
  }

  private static boolean opensSentence(char[] chars, int from, int to, Words words,
      int previous) {
    for (int i = from; i < to; i++) {
      switch (chars[i]) {
        case '.':
          if (!abbreviation(words, previous)) {
            return true;
          }
          break;
        case '!', '?', ':', ';', '"', '\u201C', '\u00AB', '(':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean abbreviation(Words words, int i) {
    return words.length(i) <= 3 && ABBREVIATIONS.contains(words.text(i));
  }
}

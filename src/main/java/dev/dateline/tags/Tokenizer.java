package dev.dateline.tags;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words in one pass, without regular expressions: letters and digits make a
 * word; "U.N." and "U.S." are kept whole. Words remember what stood before them, so phrases can
 * be matched across spaces and hyphens but not across commas or sentence ends.
 */
final class Tokenizer {

  /** Abbreviations after which a full stop does not end the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("St", "Mt", "Ft", "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Sgt", "Jr", "Sr");

  List<Token> tokenize(String text) {
    int length = text.length();
    List<Token> tokens = new ArrayList<>(length / 5 + 4);
    int previousEnd = 0;
    String previous = null;
    int i = 0;
    while (i < length) {
      char ch = text.charAt(i);
      if (ch < 128 ? !asciiWord(ch) : !Character.isLetterOrDigit(text.codePointAt(i))) {
        i += ch < 128 ? 1 : Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      int end = dottedAbbreviationEnd(text, i);
      boolean ascii = end < 0;
      if (end < 0) {
        end = i;
        while (end < length) {
          char c = text.charAt(end);
          if (c < 128) {
            if (!asciiWord(c)) {
              break;
            }
            end++;
          } else {
            int cp = text.codePointAt(end);
            if (!Character.isLetterOrDigit(cp)) {
              break;
            }
            ascii = false;
            end += Character.charCount(cp);
          }
        }
      }
      String word = text.substring(start, end);
      String gap = gap(text, previousEnd, start);
      tokens.add(new Token(word, ascii ? word : key(word), gap,
          previous == null || opensSentence(gap, previous)));
      previous = word;
      previousEnd = end;
      i = end;
    }
    return tokens;
  }

  private static boolean asciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The text between two words; the common gaps are shared rather than copied. */
  private static String gap(String text, int from, int to) {
    int length = to - from;
    if (length == 1 && text.charAt(from) == ' ') {
      return " ";
    }
    if (length == 2 && text.charAt(from + 1) == ' ') {
      char c = text.charAt(from);
      if (c == ',') {
        return ", ";
      }
      if (c == '.') {
        return ". ";
      }
    }
    return text.substring(from, to);
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
  private static int dottedAbbreviationEnd(String text, int i) {
    int j = i;
    int letters = 0;
    while (j + 1 < text.length() && Character.isUpperCase(text.charAt(j))
        && text.charAt(j + 1) == '.') {
      letters++;
      j += 2;
    }
    return letters >= 2 ? j : -1;
  }

  private static boolean opensSentence(String gap, String previous) {
    for (int i = 0; i < gap.length(); i++) {
      switch (gap.charAt(i)) {
        case '.':
          if (!ABBREVIATIONS.contains(previous)) {
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
}

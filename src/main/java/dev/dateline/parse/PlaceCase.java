package dev.dateline.parse;

import java.util.Locale;
import java.util.Set;

/**
 * A dateline place in the case a reader writes it: "ST. PETERSBURG" → "St. Petersburg",
 * "ROSTOV-ON-DON" → "Rostov-on-Don", "МОСКВА" → "Москва". Words already in mixed case
 * ("Ukraine") and initialisms ("D.C.") stay as written.
 */
final class PlaceCase {

  private static final Set<String> SMALL_WORDS =
      Set.of("on", "upon", "de", "del", "la", "le", "les", "du", "da", "do", "am", "an", "im",
          "sur", "en", "el", "al", "of", "the", "and", "y", "di", "au", "aux", "lès");

  private PlaceCase() {}

  static String of(String place) {
    if (place.indexOf('/') > 0) {
      StringBuilder joined = new StringBuilder(place.length());
      for (String city : place.split("/")) {
        joined.append(joined.length() == 0 ? "" : "/").append(of(city));
      }
      return joined.toString();
    }
    StringBuilder out = new StringBuilder(place.length());
    String[] words = place.split(" ");
    for (int w = 0; w < words.length; w++) {
      if (w > 0) {
        out.append(' ');
      }
      out.append(word(words[w], w == 0));
    }
    return out.toString();
  }

  private static String word(String word, boolean first) {
    if (Text.hasLowerCase(word) || isInitialism(word)) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    int partStart = 0;
    for (int i = 0; i <= word.length(); i++) {
      if (i == word.length() || word.charAt(i) == '-') {
        String part = word.substring(partStart, i);
        boolean firstPart = first && partStart == 0;
        out.append(part(part, firstPart, partStart > 0));
        if (i < word.length()) {
          out.append('-');
        }
        partStart = i + 1;
      }
    }
    return out.toString();
  }

  private static String part(String part, boolean firstOfPlace, boolean afterHyphen) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (!firstOfPlace && SMALL_WORDS.contains(lower) && (afterHyphen || lower.length() <= 3)) {
      return lower;
    }
    if (lower.isEmpty()) {
      return lower;
    }
    StringBuilder out = new StringBuilder(lower);
    out.setCharAt(0, Character.toTitleCase(lower.charAt(0)));
    if (lower.startsWith("mc") && lower.length() > 3) {
      out.setCharAt(2, Character.toTitleCase(lower.charAt(2)));
    }
    int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
    if (apostrophe == 1 && lower.length() > 2) {
      out.setCharAt(2, Character.toTitleCase(lower.charAt(2)));
    }
    return out.toString();
  }

  /** "D.C.", "U.S.": single letters with dots. */
  private static boolean isInitialism(String word) {
    if (word.length() < 4) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      boolean letterSlot = i % 2 == 0;
      if (letterSlot != Character.isLetter(word.charAt(i))
          || (!letterSlot && word.charAt(i) != '.')) {
        return false;
      }
    }
    return true;
  }
}

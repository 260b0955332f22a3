package dev.dateline.tags;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisations an article defines itself: a capitalised name followed by its acronym in
 * parentheses, "Collective Security Treaty Organization (CSTO)". The acronym must spell the
 * name's initials (a word may give more than one letter, as "Eurasian" gives the E and A of
 * EAEU); small words such as "of" and "the" may be skipped. The acronym becomes the tag.
 */
final class Definitions {

  private static final int MAX_NAME_WORDS = 12;
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "the", "and", "for", "on", "in", "to", "de", "des", "du", "la", "et", "&");

  /** Adds every definition in {@code words} to {@code found}: long name → acronym. */
  void find(Words words, Map<String, String> found) {
    for (int i = 1; i < words.size(); i++) {
      if (!words.openingBefore(i) || !mayBeAcronym(words, i) || !isAcronym(words.text(i))) {
        continue;
      }
      boolean closed = i + 1 == words.size() || words.closingBefore(i + 1);
      if (!closed) {
        continue;
      }
      String acronym = words.text(i);
      String longName = nameBefore(words, i, acronym);
      if (longName != null) {
        found.putIfAbsent(longName, acronym);
      }
    }
  }

  /** The shortest run of words before the parenthesis whose initials spell {@code acronym}. */
  private static String nameBefore(Words words, int acronymAt, String acronym) {
    int end = acronymAt - 1;
    if (!words.gap(acronymAt).strip().equals("(")) {
      return null;
    }
    for (int start = end; start >= 0 && end - start < MAX_NAME_WORDS; start--) {
      if (start < end && !joinable(words, start + 1)) {
        return null;
      }
      if (Character.isUpperCase(words.text(start).codePointAt(0))
          && spells(acronym, 0, words, start, end + 1)) {
        StringBuilder name = new StringBuilder(words.text(start));
        for (int k = start + 1; k <= end; k++) {
          name.append(words.gap(k)).append(words.text(k));
        }
        return name.toString();
      }
    }
    return null;
  }

  private static boolean joinable(Words words, int i) {
    return words.spaceBefore(i) || words.joinedBefore(i);
  }

  /**
   * Whether words from {@code w} up to {@code end} spell the acronym's letters from {@code a} on.
   */
  private static boolean spells(String acronym, int a, Words words, int w, int end) {
    if (w == end) {
      return a == acronym.length();
    }
    if (words.lowerCase(w)) {
      boolean skippable = SMALL_WORDS.contains(words.text(w)) || words.joinedBefore(w);
      return skippable && spells(acronym, a, words, w + 1, end);
    }
    String text = words.text(w).toUpperCase(Locale.ROOT);
    if (a >= acronym.length() || text.charAt(0) != acronym.charAt(a)) {
      return false;
    }
    // The word gives its initial and possibly further letters, in order, from its rest.
    int next = a + 1;
    int from = 1;
    while (true) {
      if (spells(acronym, next, words, w + 1, end)) {
        return true;
      }
      if (next >= acronym.length()) {
        return false;
      }
      int found = text.indexOf(acronym.charAt(next), from);
      if (found < 0) {
        return false;
      }
      from = found + 1;
      next++;
    }
  }

  /** A quick look at the word's first letter and length, before it is read whole. */
  private static boolean mayBeAcronym(Words words, int i) {
    char first = words.first(i);
    int length = words.length(i);
    return length >= 2 && length <= 8
        && ((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9'));
  }

  static boolean isAcronym(String text) {
    if (text.length() < 2 || text.length() > 8) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters++;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return letters >= 2;
  }
}

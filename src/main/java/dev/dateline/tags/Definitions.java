package dev.dateline.tags;

import java.util.Arrays;
import java.util.List;
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

  /** Adds every definition in {@code tokens} to {@code found}: long name → acronym. */
  void find(Token[] tokens, Map<String, String> found) {
    for (int i = 1; i < tokens.length; i++) {
      Token acronym = tokens[i];
      if (!acronym.openingBefore() || !mayBeAcronym(acronym) || !isAcronym(acronym.text())) {
        continue;
      }
      boolean closed = i + 1 == tokens.length || tokens[i + 1].closingBefore();
      if (!closed) {
        continue;
      }
      String longName = nameBefore(tokens, i, acronym.text());
      if (longName != null) {
        found.putIfAbsent(longName, acronym.text());
      }
    }
  }

  /** The shortest run of words before the parenthesis whose initials spell {@code acronym}. */
  private static String nameBefore(Token[] tokens, int acronymAt, String acronym) {
    int end = acronymAt - 1;
    if (!tokens[acronymAt].gap().strip().equals("(")) {
      return null;
    }
    for (int start = end; start >= 0 && end - start < MAX_NAME_WORDS; start--) {
      if (start < end && !joinable(tokens[start + 1])) {
        return null;
      }
      Token first = tokens[start];
      if (Character.isUpperCase(first.text().codePointAt(0))
          && spells(acronym, 0, Arrays.asList(tokens).subList(start, end + 1), 0)) {
        StringBuilder name = new StringBuilder(first.text());
        for (int k = start + 1; k <= end; k++) {
          name.append(tokens[k].gap()).append(tokens[k].text());
        }
        return name.toString();
      }
    }
    return null;
  }

  private static boolean joinable(Token token) {
    return token.spaceBefore() || token.joinedBefore();
  }

  /** Whether words from {@code w} on spell the acronym's letters from {@code a} on. */
  private static boolean spells(String acronym, int a, List<Token> words, int w) {
    if (w == words.size()) {
      return a == acronym.length();
    }
    Token word = words.get(w);
    if (word.lowerCase()) {
      boolean skippable = SMALL_WORDS.contains(word.text()) || word.joinedBefore();
      return skippable && spells(acronym, a, words, w + 1);
    }
    String text = word.text().toUpperCase(Locale.ROOT);
    if (a >= acronym.length() || text.charAt(0) != acronym.charAt(a)) {
      return false;
    }
    // The word gives its initial and possibly further letters, in order, from its rest.
    int next = a + 1;
    int from = 1;
    while (true) {
      if (spells(acronym, next, words, w + 1)) {
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
  private static boolean mayBeAcronym(Token word) {
    char first = word.first();
    return word.length() >= 2 && word.length() <= 8
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

package dev.dateline.tags;

/**
 * One word of a text field, as the tagger sees it. The shape of the word and of its gap is worked
 * out once, when the word is read, since every stage of the tagger asks about it.
 *
 * @param text the word as written
 * @param key the word with accents removed and typographic apostrophes made plain, for matching
 * @param gap what stands between the previous word and this one ({@code ""} for the first)
 * @param sentenceStart the word opens the field, a sentence or a quotation
 * @param capitalised starts with an upper-case letter and has a lower-case one: "Moscow", not
 *     "UN" or "the"
 * @param lowerCase starts with a lower-case letter
 * @param spaceBefore only whitespace separates this word from the previous one
 * @param joinedBefore joined to the previous word by a hyphen or an apostrophe, with no space:
 *     "Guinea-Bissau"
 */
record Token(String text, String key, String gap, boolean sentenceStart, boolean capitalised,
    boolean lowerCase, boolean spaceBefore, boolean joinedBefore) {

  Token(String text, String key, String gap, boolean sentenceStart) {
    this(text, key, gap, sentenceStart,
        Character.isUpperCase(text.codePointAt(0)) && hasLowerCase(text),
        Character.isLowerCase(text.codePointAt(0)),
        !gap.isEmpty() && gap.isBlank(),
        gap.length() == 1 && "-\u2010\u2011'\u2019".indexOf(gap.charAt(0)) >= 0);
  }

  private static boolean hasLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

package dev.dateline.tags;

/**
 * One word of a text field, as the tagger sees it.
 *
 * @param text the word as written
 * @param key the word with accents removed and typographic apostrophes made plain, for matching
 * @param gap what stands between the previous word and this one ({@code ""} for the first)
 * @param sentenceStart the word opens the field, a sentence or a quotation
 */
record Token(String text, String key, String gap, boolean sentenceStart) {

  /** Starts with an upper-case letter and has a lower-case one: "Moscow", not "UN" or "the". */
  boolean capitalised() {
    return Character.isUpperCase(text.codePointAt(0)) && hasLowerCase();
  }

  boolean lowerCase() {
    return Character.isLowerCase(text.codePointAt(0));
  }

  private boolean hasLowerCase() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Only whitespace separates this word from the previous one. */
  boolean spaceBefore() {
    return !gap.isEmpty() && gap.isBlank();
  }

  /** Joined to the previous word by a hyphen or an apostrophe, with no space: "Guinea-Bissau". */
  boolean joinedBefore() {
    return gap.length() == 1 && "-\u2010\u2011'\u2019".indexOf(gap.charAt(0)) >= 0;
  }
}

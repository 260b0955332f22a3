package dev.dateline.parse;

/** Character-level helpers shared by the small parsers. */
final class Text {

  private Text() {}

  /** No-break, thin, ideographic and other odd spaces become ordinary spaces; tabs too. */
  static String normaliseSpaces(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean odd = c != ' ' && (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
          || c == '\u3000' || c == '\u205F' || c == '\u180E' || (c >= '\u2000' && c <= '\u200A')
          || c == '\u000B' || c == '\u000C' || c == '\u0085');
      boolean invisible = c == '\u200B' || c == '\uFEFF' || c == '\u2060';
      if (odd || invisible) {
        if (out == null) {
          out = new StringBuilder(s.length());
          out.append(s, 0, i);
        }
        if (odd) {
          out.append(' ');
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Runs of spaces become one space. */
  static String collapseSpaces(String s) {
    if (!s.contains("  ")) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    char previous = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' || previous != ' ') {
        out.append(c);
      }
      previous = c;
    }
    return out.toString();
  }

  static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int letterCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}

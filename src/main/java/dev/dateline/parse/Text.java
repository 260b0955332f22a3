package dev.dateline.parse;

/** Character-level helpers shared by the small parsers. */
final class Text {

  private Text() {}

  /**
   * No-break, thin, ideographic and other odd spaces become ordinary spaces, tabs too; zero-width
   * spaces and stray byte-order marks go.
   */
  static String normaliseSpaces(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && isPlain(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isPlain(c)) {
        out.append(c);
      } else if (isOddSpace(c)) {
        out.append(' ');
      } else if (c != '\u200B' && c != '\uFEFF' && c != '\u2060') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isPlain(char c) {
    return (c >= ' ' && c < 0x7F) || (c > 0xA0 && c < 0x1680);
  }

  private static boolean isOddSpace(char c) {
    return c == '\t' || c == '\u00A0' || c == '\u000B' || c == '\u000C' || c == '\u0085'
        || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
        || c == '\u3000' || c == '\u180E';
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

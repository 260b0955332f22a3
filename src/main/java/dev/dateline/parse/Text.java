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

  /**
   * The line as the parser reads it: {@code collapseSpaces(normaliseSpaces(line).strip())},
   * without a copy for the usual line, which has no odd, outer or repeated space.
   */
  static String clean(String line) {
    int n = line.length();
    if (n == 0 || line.charAt(0) == ' ' || line.charAt(n - 1) == ' ') {
      return cleanCopy(line);
    }
    for (int i = 1; i < n; i++) {
      char c = line.charAt(i);
      if (c > ' ' && c < 0x7F) {
        continue;
      }
      if (c == ' ' ? line.charAt(i - 1) == ' ' : c < ' ' || (c >= 0x7F && !staysAtAnyPlace(c))) {
        return cleanCopy(line);
      }
    }
    char first = line.charAt(0);
    return first < ' ' || (first >= 0x7F && !staysAtAnyPlace(first)) ? cleanCopy(line) : line;
  }

  private static String cleanCopy(String line) {
    return collapseSpaces(normaliseSpaces(line).strip());
  }

  /**
   * A character above ASCII that {@code normaliseSpaces} keeps and {@code strip} would keep at
   * either end: neither an odd space, nor an invisible one, nor other whitespace.
   */
  private static boolean staysAtAnyPlace(char c) {
    return c > 0xA0 && c != '\u1680' && c != '\u180E' && (c < '\u2000' || c > '\u200B')
        && c != '\u2028' && c != '\u2029' && c != '\u202F' && c != '\u205F' && c != '\u2060'
        && c != '\u3000' && c != '\uFEFF';
  }

  /** Whether {@code normaliseSpaces(line)} starts with a space. */
  static boolean opensWithSpace(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\u200B' && c != '\uFEFF' && c != '\u2060') {
        return c == ' ' || isOddSpace(c);
      }
    }
    return false;
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

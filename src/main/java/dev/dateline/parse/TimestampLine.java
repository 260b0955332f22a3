package dev.dateline.parse;

import java.util.Locale;
import java.util.Set;

/**
 * A line saying when the page was published or updated, in any of the shapes pages print:
 * "March 5, 2024 10:42 AM GMT+3 Updated 2 hours ago", "Updated 4:15 PM GMT+3, September 10,
 * 2024", "Tue 18 Jul 2023 10.42 BST", "Sept. 10, 2019 / 5:30 PM", "2024-03-07 11:15:20". Every
 * word must be a date, time, zone or one of the few words around them, and a time, a month or
 * an ISO date must be among them.
 */
final class TimestampLine {

  private static final int MAX_LENGTH = 90;

  private static final String SEPARATORS = " ,|·•/";

  private static final Set<String> WORDS = Set.of("updated", "update", "upd", "published",
      "posted", "last", "modified", "on", "at", "ago", "a", "an", "hour", "hours", "hr", "hrs",
      "minute", "minutes", "min", "mins", "day", "days", "week", "weeks", "year", "years",
      "month", "months", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "eet",
      "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "msk", "ist",
      "jst", "kst", "hkt", "sgt", "aest", "aedt", "mon", "tue", "tues", "wed", "thu", "thur",
      "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "обновлено", "опубликовано", "г.", "года", "мск");

  private TimestampLine() {}

  static boolean is(String line) {
    if (line.isEmpty() || line.length() > MAX_LENGTH) {
      return false;
    }
    char first = line.charAt(0);
    if (!Character.isLetterOrDigit(first) || (Character.isLetter(first)
        && !Character.isUpperCase(first))) {
      return false;
    }
    boolean anchored = false;
    boolean digit = false;
    int start = 0;
    while (start < line.length()) {
      int end = start;
      while (end < line.length() && SEPARATORS.indexOf(line.charAt(end)) < 0) {
        end++;
      }
      String word = trim(line.substring(start, end).toLowerCase(Locale.ROOT));
      start = end + 1;
      if (word.isEmpty()) {
        continue;
      }
      if (Character.isDigit(word.charAt(0))) {
        if (!isNumeric(word)) {
          return false;
        }
        digit = true;
        anchored |= word.indexOf(':') > 0 || word.indexOf('-') > 0 || word.indexOf('.') > 0;
      } else if (Months.number(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)
          > 0) {
        anchored = true;
      } else if (word.startsWith("gmt+") || word.startsWith("utc+") || word.startsWith("gmt-")
          || word.startsWith("utc-") || word.equals("ago")) {
        anchored = true;
      } else if (!WORDS.contains(word)) {
        return false;
      }
    }
    return anchored && digit;
  }

  private static String trim(String word) {
    int end = word.length();
    while (end > 0 && (word.charAt(end - 1) == ':' || word.charAt(end - 1) == '-'
        || word.charAt(end - 1) == ')' || word.charAt(end - 1) == ';'
        || word.charAt(end - 1) == '–' || word.charAt(end - 1) == '—')) {
      end--;
    }
    int start = 0;
    while (start < end && (word.charAt(start) == '-' || word.charAt(start) == '–'
        || word.charAt(start) == '—' || word.charAt(start) == '(')) {
      start++;
    }
    return word.substring(start, end);
  }

  /** "10:42", "20243:12" (glued when copied), "2024-03-07", "10.42", "5:30pm", "17". */
  private static boolean isNumeric(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(Character.isDigit(c) || c == ':' || c == '.' || c == '-' || c == '+')) {
        String tail = word.substring(i);
        return tail.equals("am") || tail.equals("pm") || tail.equals("a.m.")
            || tail.equals("p.m.") || tail.equals("h");
      }
    }
    return true;
  }
}

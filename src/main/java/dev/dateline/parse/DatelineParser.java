package dev.dateline.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a first paragraph: "MOSCOW, September 10. /TASS/.",
 * "LONDON, Jan 5 (Reuters) -", "KYIV, Ukraine (AP) —", "Paris (AFP) -", "BRUSSELS --". Only a
 * short prefix of the line is examined, so a line of any length costs the same. A sentence that
 * starts with a capitalised word ("NATO said on Monday ...") is not a dateline.
 */
final class DatelineParser {

  /** Longer than any real dateline; keeps the work per line bounded. */
  private static final int PREFIX = 200;

  /** The agency or the dash of every dateline shape comes within this many characters. */
  private static final int SEPARATOR_WITHIN = 100;

  private static final String LETTERS = "[\\p{L}\\p{M}.'’\\-]*";
  private static final String CAP_WORD = "\\p{Lu}" + LETTERS;
  /** Reuters joins the cities of a shared dateline with a slash: "WASHINGTON/BRUSSELS". */
  private static final String WORD = "\\p{L}" + LETTERS + "(?:/" + CAP_WORD + ")*";
  private static final String PLACE_WORD = CAP_WORD + "(?:/" + CAP_WORD + ")*";
  private static final String DASH = "--|[\\-‐‒–—―]";
  private static final String MONTH = "(?i:" + Months.PATTERN + ")";

  private static final Pattern DATELINE = Pattern.compile(
      "^(?<place>" + PLACE_WORD + "(?: " + WORD + "){0,4}?)"
          + "(?:, (?!" + MONTH + "\\b)(?<region>" + CAP_WORD + "(?: " + CAP_WORD + "){0,2}?))?"
          + "(?:(?<sep>[,.]) (?:(?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})"
          + "|(?<day2>\\d{1,2}) (?<month2>" + MONTH + ")\\.?)(?:,? (?<year>\\d{4}))?\\.?)?"
          + "(?: +/(?<slashAgency>\\p{L}[\\p{L}\\-. ]{0,48}?)/\\.?"
          + "| +\\((?<agency>\\p{L}[\\p{L}\\-. ]{0,28}?)\\) *(?<agencyDash>" + DASH + ")"
          + "| +(?<dash>" + DASH + ")(?= |$)"
          + "|(?<dash2>—)(?=\\p{Lu}))");

  /** "(Reuters) - Apple said ...": company news that Reuters datelines with no place. */
  private static final Pattern AGENCY_ONLY = Pattern.compile(
      "^\\((?<agency>\\p{L}[\\p{L}\\-. ]{0,28}?)\\) *(?:" + DASH + ")(?= |$)");

  /** Capitalised openings of sentences that are never places. */
  private static final Set<String> NOT_PLACES = Set.of("NATO", "UN", "US", "USA", "EU", "UK",
      "OPEC", "IMF", "WHO", "CSTO", "BRICS", "SCO", "OSCE", "CIS", "FBI", "CIA", "FSB", "IAEA",
      "WTO", "G7", "G20", "UPDATE", "BREAKING", "URGENT", "EXCLUSIVE", "ANALYSIS", "FACTBOX",
      "WATCH", "VIDEO", "PHOTOS", "PHOTO", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION",
      "FILE", "FILE PHOTO", "LIVE", "LIVE UPDATES", "BREAKING NEWS", "JUST IN", "DEVELOPING",
      "DEVELOPING STORY", "FACT CHECK", "UPDATE 1", "WATCH LIVE", "UPDATED", "OPINION", "COMMENTARY", "REVIEW", "INTERVIEW", "I", "A", "THE",
      "IT", "IN", "ON", "AT", "TASS", "AP", "AFP", "RIA", "UPI", "OK");

  /** A dateline found at the start of a paragraph, with the paragraph's text after it. */
  record Match(String raw, String place, int month, int day, Integer year, String agency,
      String rest) {}

  Match parse(String paragraph) {
    if (!paragraph.isEmpty() && paragraph.charAt(0) == '(') {
      return agencyOnly(paragraph);
    }
    if (!mayOpenWithDateline(paragraph)) {
      return null;
    }
    String prefix = paragraph.length() > PREFIX ? paragraph.substring(0, PREFIX) : paragraph;
    Matcher m = DATELINE.matcher(prefix);
    if (!m.lookingAt()) {
      return null;
    }
    String place = m.group("place");
    String region = m.group("region");
    String slashAgency = m.group("slashAgency");
    String agency = slashAgency != null ? slashAgency : m.group("agency");
    if (!plausible(place, region, agency, slashAgency != null)
        || (agency == null && !opensSentence(paragraph, m.end()))) {
      return null;
    }
    String monthName = m.group("month");
    String dayDigits = m.group("day");
    if (monthName == null) {
      monthName = m.group("month2");
      dayDigits = m.group("day2");
    }
    int month = monthName == null ? 0 : Months.number(monthName);
    int day = monthName == null ? 0 : Integer.parseInt(dayDigits);
    String yearDigits = m.group("year");
    Integer year = yearDigits == null ? null : Integer.valueOf(yearDigits);
    String raw = m.group();
    String readerPlace = PlaceCase.of(place) + (region == null ? "" : ", " + PlaceCase.of(region));
    String rest = paragraph.substring(m.end()).strip();
    return new Match(raw, readerPlace, month, day, year,
        agency == null ? null : Agencies.named(agency), rest);
  }

  private static Match agencyOnly(String paragraph) {
    String prefix = paragraph.length() > SEPARATOR_WITHIN
        ? paragraph.substring(0, SEPARATOR_WITHIN) : paragraph;
    Matcher m = AGENCY_ONLY.matcher(prefix);
    if (!m.lookingAt() || Agencies.known(m.group("agency")) == null
        || !opensSentence(paragraph, m.end())) {
      return null;
    }
    return new Match(m.group(), null, 0, 0, null, Agencies.known(m.group("agency")),
        paragraph.substring(m.end()).strip());
  }

  /** Cheap test before the pattern: a capital first, then a slash, bracket or dash soon after. */
  private static boolean mayOpenWithDateline(String paragraph) {
    if (paragraph.isEmpty() || !Character.isUpperCase(paragraph.charAt(0))) {
      return false;
    }
    int end = Math.min(paragraph.length(), SEPARATOR_WITHIN);
    for (int i = 1; i < end; i++) {
      char c = paragraph.charAt(i);
      if (c == '/' || c == '(' || c == '-' || (c >= '\u2010' && c <= '\u2015')) {
        return true;
      }
    }
    return false;
  }

  private static boolean plausible(String place, String region, String agency, boolean slashForm) {
    boolean capitals = !Text.hasLowerCase(place) && Text.letterCount(place) >= 2;
    if (NOT_PLACES.contains(place)) {
      return false;
    }
    if (agency == null) {
      return capitals && (region == null || !Text.hasLowerCase(region) || isShortRegion(region));
    }
    if (capitals) {
      return slashForm || Character.isUpperCase(agency.charAt(0));
    }
    // "Paris (AFP) -": a place in reader's case only with an agency we know.
    return !slashForm && Agencies.known(agency) != null && place.split(" ").length <= 3;
  }

  /** "BRUSSELS -- European ministers": without an agency, a sentence must start after the dash
   * ("GAZPROM — the gas giant" is no dateline). */
  private static boolean opensSentence(String paragraph, int end) {
    int i = end;
    while (i < paragraph.length() && paragraph.charAt(i) == ' ') {
      i++;
    }
    if (i == paragraph.length()) {
      return true;
    }
    char c = paragraph.charAt(i);
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«„(".indexOf(c) >= 0;
  }

  private static boolean isShortRegion(String region) {
    return region.split(" ").length <= 2;
  }
}

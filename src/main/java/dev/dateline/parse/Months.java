package dev.dateline.parse;

import java.util.Locale;
import java.util.Map;

/** Month names as datelines write them: "September", "Sept.", "Sept", "Jan", "сентября". */
final class Months {

  /** Alternation for patterns; longest names first so "Sept" wins over "Sep". */
  static final String PATTERN = "January|February|March|April|May|June|July|August|September"
      + "|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
      + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
      Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1),
      Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
      Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3),
      Map.entry("апреля", 4), Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7),
      Map.entry("августа", 8), Map.entry("сентября", 9), Map.entry("октября", 10),
      Map.entry("ноября", 11), Map.entry("декабря", 12));

  private Months() {}

  /** 1..12, or 0 when {@code name} is no month. */
  static int number(String name) {
    return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }
}

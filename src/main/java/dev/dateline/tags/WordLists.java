package dev.dateline.tags;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormatSymbols;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The small word lists that keep ordinary words out of tags: function words and titles from the
 * resource files beside this class, month and weekday names from the JDK.
 */
record WordLists(Set<String> functionWords, Set<String> titleWords, Set<String> calendarWords,
    Set<String> notPlaces) {

  WordLists {
    functionWords = Set.copyOf(functionWords);
    titleWords = Set.copyOf(titleWords);
    calendarWords = Set.copyOf(calendarWords);
    notPlaces = Set.copyOf(notPlaces);
  }

  static WordLists load() {
    Set<String> calendar = new TreeSet<>();
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.ENGLISH);
    for (String[] names : new String[][] {symbols.getMonths(), symbols.getShortMonths(),
        symbols.getWeekdays(), symbols.getShortWeekdays()}) {
      for (String name : names) {
        if (!name.isEmpty()) {
          calendar.add(name);
        }
      }
    }
    calendar.add("Sept");
    return new WordLists(resource("function-words.txt"), resource("title-words.txt"), calendar,
        resource("not-places.txt"));
  }

  /** A word that is never a name on its own. */
  boolean ordinary(String word) {
    return functionWords.contains(word) || titleWords.contains(word)
        || calendarWords.contains(word);
  }

  private static Set<String> resource(String name) {
    try (InputStream in = WordLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the build");
      }
      Set<String> words = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

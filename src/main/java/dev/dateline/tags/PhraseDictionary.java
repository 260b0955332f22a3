package dev.dateline.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names indexed by their first word, longest first, for longest-match lookup at each word of a
 * text: one hash lookup per word, no backtracking over the text.
 */
final class PhraseDictionary {

  private static final Comparator<Phrase> PREFERENCE = Comparator
      .comparingInt(Phrase::length).reversed()
      .thenComparing(Phrase::source)
      .thenComparing(Phrase::tag);

  private final Map<String, List<Phrase>> byFirstWord;

  private PhraseDictionary(Map<String, List<Phrase>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  static Builder builder() {
    return new Builder();
  }

  /** The preferred name that starts at word {@code i}, or null. */
  Phrase longestAt(List<Token> tokens, int i) {
    List<Phrase> candidates = byFirstWord.get(tokens.get(i).key());
    if (candidates == null) {
      return null;
    }
    for (Phrase phrase : candidates) {
      if (matches(phrase, tokens, i)) {
        return phrase;
      }
    }
    return null;
  }

  boolean contains(String key) {
    return byFirstWord.containsKey(key);
  }

  private static boolean matches(Phrase phrase, List<Token> tokens, int i) {
    if (i + phrase.length() > tokens.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length(); k++) {
      Token token = tokens.get(i + k);
      if (!token.key().equals(phrase.keys().get(k)) || !joinable(tokens.get(i + k - 1), token)) {
        return false;
      }
    }
    return true;
  }

  /** Words of one name: "New York", "Guinea-Bissau", "St. Petersburg"; not "Chad. Russia". */
  static boolean joinable(Token previous, Token token) {
    if (token.spaceBefore() || token.joinedBefore()) {
      return true;
    }
    String gap = token.gap();
    return gap.startsWith(".") && gap.substring(1).isBlank() && previous.text().length() <= 3
        && previous.capitalised();
  }

  static final class Builder {
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<List<String>, Phrase> phrases = new HashMap<>();

    /** Adds {@code name} as a way of writing {@code tag}; of two claims, the preferred source wins. */
    Builder add(String name, String tag, Phrase.Source source) {
      List<String> keys = tokenizer.tokenize(name).stream().map(Token::key).toList();
      if (keys.isEmpty()) {
        return this;
      }
      Phrase phrase = new Phrase(keys, tag, source);
      phrases.merge(keys, phrase, (a, b) -> PREFERENCE.compare(a, b) <= 0 ? a : b);
      return this;
    }

    PhraseDictionary build() {
      Map<String, List<Phrase>> index = new HashMap<>();
      for (Phrase phrase : phrases.values()) {
        index.computeIfAbsent(phrase.keys().get(0), k -> new ArrayList<>()).add(phrase);
      }
      index.replaceAll((k, list) -> list.stream().sorted(PREFERENCE).toList());
      return new PhraseDictionary(index);
    }
  }
}

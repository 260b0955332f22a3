package dev.dateline.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names indexed by their first word, longest first, for longest-match lookup at each word of a
 * text: one probe of an open-addressing table per word, keyed by the hash the tokenizer computed,
 * so no word is copied to be looked up; no backtracking over the text.
 */
final class PhraseDictionary {

  private static final Comparator<Phrase> PREFERENCE = Comparator
      .comparingInt(Phrase::length).reversed()
      .thenComparing(Phrase::source)
      .thenComparing(Phrase::tag);

  /** First-word keys at their slots (null where a slot is free), and their names, preferred first. */
  private final String[] firstWords;
  private final int[] hashes;
  private final Phrase[][] phrases;
  private final int mask;
  private final int size;

  private PhraseDictionary(Map<String, List<Phrase>> byFirstWord) {
    int capacity = 2;
    while (capacity < byFirstWord.size() * 2) {
      capacity *= 2;
    }
    firstWords = new String[capacity];
    hashes = new int[capacity];
    phrases = new Phrase[capacity][];
    mask = capacity - 1;
    size = byFirstWord.size();
    byFirstWord.forEach((key, list) -> {
      int slot = slot(key.hashCode());
      while (firstWords[slot] != null) {
        slot = (slot + 1) & mask;
      }
      firstWords[slot] = key;
      hashes[slot] = key.hashCode();
      phrases[slot] = list.toArray(new Phrase[0]);
    });
  }

  static Builder builder() {
    return new Builder();
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The preferred name that starts at word {@code i}, or null. */
  Phrase longestAt(List<Token> tokens, int i) {
    Phrase[] candidates = startingWith(tokens.get(i));
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

  /** Whether a name of exactly {@code length} words is written at word {@code i}. */
  boolean namesExactly(List<Token> tokens, int i, int length) {
    Phrase[] candidates = startingWith(tokens.get(i));
    if (candidates != null) {
      for (Phrase phrase : candidates) {
        if (phrase.length() == length && matches(phrase, tokens, i)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean contains(String key) {
    int hash = key.hashCode();
    for (int slot = slot(hash); firstWords[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && firstWords[slot].equals(key)) {
        return true;
      }
    }
    return false;
  }

  private Phrase[] startingWith(Token token) {
    int hash = token.keyHash();
    for (int slot = slot(hash); firstWords[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && token.keyIs(firstWords[slot])) {
        return phrases[slot];
      }
    }
    return null;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  private static boolean matches(Phrase phrase, List<Token> tokens, int i) {
    if (i + phrase.length() > tokens.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length(); k++) {
      Token token = tokens.get(i + k);
      String key = phrase.keys().get(k);
      if (token.keyHash() != key.hashCode() || !token.keyIs(key)
          || !joinable(tokens.get(i + k - 1), token)) {
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
    return token.stopBefore() && previous.length() <= 3 && previous.capitalised();
  }

  static final class Builder {
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<List<String>, Phrase> phrases = new HashMap<>();

    /** Adds {@code name} as a way of writing {@code tag}; of two claims, the preferred source wins. */
    Builder add(String name, String tag, Phrase.Source source) {
      List<Token> words = tokenizer.tokenize(name);
      List<String> keys = new ArrayList<>(words.size());
      for (Token word : words) {
        keys.add(word.key());
      }
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

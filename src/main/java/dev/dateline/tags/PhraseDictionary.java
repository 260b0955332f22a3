package dev.dateline.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names indexed by their first word, longest first, for longest-match lookup at each word of a
 * text: one probe of an open-addressing table per word, keyed by the hash the tokenizer computed,
 * so no word is copied to be looked up; no backtracking over the text. A word whose first letter
 * starts no name (as a lower-case letter, for most dictionaries) is turned away before the probe.
 */
final class PhraseDictionary {

  /** Longer names first, then by source, then by tag; written out, as it runs for every article. */
  private static final Comparator<Phrase> PREFERENCE = (a, b) -> {
    if (a.length() != b.length()) {
      return Integer.compare(b.length(), a.length());
    }
    int bySource = a.source().compareTo(b.source());
    return bySource != 0 ? bySource : a.tag().compareTo(b.tag());
  };

  /** First-word keys at their slots (null where a slot is free), and their names, preferred first. */
  private final String[] firstWords;
  private final int[] hashes;
  private final Phrase[][] phrases;
  private final int mask;
  private final int size;
  /** The ASCII chars that start a first word, and whether any other char (or none) does. */
  private final boolean[] asciiFirstChars = new boolean[128];
  private final boolean otherFirstChars;

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
    boolean other = false;
    for (String key : byFirstWord.keySet()) {
      if (key.isEmpty() || key.charAt(0) >= 128) {
        other = true;
      } else {
        asciiFirstChars[key.charAt(0)] = true;
      }
    }
    otherFirstChars = other;
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

  /** The preferred name that starts at word {@code i}, or null; its first letter already let in. */
  private Phrase longestAt(Words words, int i) {
    Phrase[] candidates = startingWith(words, i);
    if (candidates == null) {
      return null;
    }
    for (Phrase phrase : candidates) {
      if (matches(phrase, words, i)) {
        return phrase;
      }
    }
    return null;
  }

  /** Whether a name of exactly {@code length} words is written at word {@code i}. */
  boolean namesExactly(Words words, int i, int length) {
    Phrase[] candidates = mayStart(words.keyFirst(i)) ? startingWith(words, i) : null;
    if (candidates != null) {
      for (Phrase phrase : candidates) {
        if (phrase.length() == length && matches(phrase, words, i)) {
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

  /** Whether some name starts with a word whose key starts with {@code first}. */
  private boolean mayStart(int first) {
    return first < 128 ? asciiFirstChars[first] : otherFirstChars;
  }

  /**
   * The preferred name that starts at each word (null where none does): one call for a whole
   * field, most of whose words are turned away by their first letter.
   */
  Phrase[] longestAtEach(Words words) {
    Phrase[] found = new Phrase[words.size()];
    for (int i = 0; i < found.length; i++) {
      if (mayStart(words.keyFirst(i))) {
        found[i] = longestAt(words, i);
      }
    }
    return found;
  }

  /** The names whose first word is word {@code i}, preferred first, or null. */
  private Phrase[] startingWith(Words words, int i) {
    int hash = words.keyHash(i);
    for (int slot = slot(hash); firstWords[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && words.keyIs(i, firstWords[slot])) {
        return phrases[slot];
      }
    }
    return null;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  private static boolean matches(Phrase phrase, Words words, int i) {
    int length = phrase.length();
    if (i + length > words.size()) {
      return false;
    }
    for (int k = 1; k < length; k++) {
      String key = phrase.key(k);
      if (words.keyHash(i + k) != key.hashCode() || !words.keyIs(i + k, key)
          || !joinable(words, i + k)) {
        return false;
      }
    }
    return true;
  }

  /** Words of one name: "New York", "Guinea-Bissau", "St. Petersburg"; not "Chad. Russia". */
  static boolean joinable(Words words, int i) {
    if (words.spaceBefore(i) || words.joinedBefore(i)) {
      return true;
    }
    return words.stopBefore(i) && words.length(i - 1) <= 3 && words.capitalised(i - 1);
  }

  static final class Builder {
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<List<String>, Phrase> phrases = new HashMap<>();

    /** Adds {@code name} as a way of writing {@code tag}; of two claims, the preferred source wins. */
    Builder add(String name, String tag, Phrase.Source source) {
      Words words = tokenizer.tokenize(name);
      List<String> keys = new ArrayList<>(words.size());
      for (int i = 0; i < words.size(); i++) {
        keys.add(words.key(i));
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
        index.computeIfAbsent(phrase.key(0), k -> new ArrayList<>()).add(phrase);
      }
      for (List<Phrase> list : index.values()) {
        list.sort(PREFERENCE);
      }
      return new PhraseDictionary(index);
    }
  }
}

package dev.dateline.tags;

import java.util.List;

/**
 * A name the tagger recognises in text, as a sequence of word keys, and the tag it stands for. A
 * class rather than a record only so that the keys can also be held as an array, which matching
 * reads word by word.
 */
final class Phrase {

  enum Source {
    /** The archivist's tag file. */
    CURATED,
    /** The built-in list of well-known organisations and short country names. */
    KNOWN,
    /** Defined by the article itself: "Collective Security Treaty Organization (CSTO)". */
    DEFINED,
    /** A proper name the article repeats: "Sergei Lavrov ... Lavrov said". */
    NAME,
    /** The gazetteer of countries, territories and cities. */
    PLACE
  }

  private final String[] keys;
  private final String tag;
  private final Source source;

  /**
   * @param keys the words of the name, as {@link Tokenizer#key} gives them
   * @param tag the tag a mention of this name counts for
   * @param source where the name comes from; on a tie, the earlier constant wins
   */
  Phrase(List<String> keys, String tag, Source source) {
    this.keys = keys.toArray(new String[0]);
    this.tag = tag;
    this.source = source;
  }

  /** The key of word {@code k} of the name. */
  String key(int k) {
    return keys[k];
  }

  String tag() {
    return tag;
  }

  Source source() {
    return source;
  }

  /** Number of words. */
  int length() {
    return keys.length;
  }

  @Override
  public String toString() {
    return String.join(" ", keys) + " -> " + tag + " (" + source + ")";
  }
}

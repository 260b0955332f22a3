package dev.dateline.tags;

import java.util.List;

/**
 * A name the tagger recognises in text, as a sequence of word keys, and the tag it stands for.
 *
 * @param keys the words of the name, as {@link Tokenizer#key} gives them
 * @param tag the tag a mention of this name counts for
 * @param source where the name comes from; on a tie, the earlier constant wins
 */
record Phrase(List<String> keys, String tag, Source source) {

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

  Phrase {
    keys = List.copyOf(keys);
  }

  int length() {
    return keys.size();
  }
}

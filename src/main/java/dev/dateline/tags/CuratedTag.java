package dev.dateline.tags;

import java.util.List;

/**
 * A tag of the curated tag file: its canonical name and the other ways of writing it.
 *
 * @param name the tag as it is published ("United Nations")
 * @param aliases other writings that mean the same tag ("UN", "U.N."); matched in text as
 *     written, and case-insensitively in explicit tags
 */
public record CuratedTag(String name, List<String> aliases) {

  public CuratedTag {
    aliases = List.copyOf(aliases);
  }
}

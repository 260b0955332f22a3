package dev.dateline.tags;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns any writing of a tag into its canonical name: the archivist's curated file first, then the
 * built-in names and the gazetteer, then the archivist's file again (so a site can rename a
 * built-in tag: "Türkiye" with the alias "Turkey"). Case-insensitive.
 */
final class Normaliser {

  private final Map<String, String> curated = new HashMap<>();
  private final Map<String, String> builtIn = new HashMap<>();
  private final Set<String> suppressed = new HashSet<>();

  Normaliser(List<CuratedTag> curatedTags, List<CuratedTag> builtInTags,
      Map<String, String> places, List<String> suppress) {
    for (CuratedTag tag : curatedTags) {
      index(curated, tag);
    }
    for (CuratedTag tag : builtInTags) {
      index(builtIn, tag);
    }
    places.forEach((name, tag) -> builtIn.putIfAbsent(lower(name), tag));
    for (String name : suppress) {
      suppressed.add(lower(canonical(name)));
    }
  }

  String canonical(String name) {
    String clean = tidy(name);
    String key = lower(clean);
    String named = curated.get(key);
    if (named != null) {
      return named;
    }
    String known = builtIn.get(key);
    if (known != null) {
      return curated.getOrDefault(lower(known), known);
    }
    return clean;
  }

  boolean suppressed(String canonical) {
    return suppressed.contains(lower(canonical));
  }

  private static void index(Map<String, String> map, CuratedTag tag) {
    map.putIfAbsent(lower(tag.name()), tag.name());
    for (String alias : tag.aliases()) {
      map.putIfAbsent(lower(alias), tag.name());
    }
  }

  /** The name without surrounding whitespace and with single spaces inside. */
  private static String tidy(String name) {
    String stripped = name.strip();
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(stripped.charAt(i + 1)))) {
        return stripped.replaceAll("\\s+", " ");
      }
    }
    return stripped;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

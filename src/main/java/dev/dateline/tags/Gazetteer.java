package dev.dateline.tags;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Countries, territories and major cities in English, taken from maintained data rather than
 * typed by hand: the JDK's country names (the tag), ICU's region names and short forms (aliases,
 * and the tag for territories the JDK does not list, such as Kosovo), and ICU's time-zone
 * exemplar cities with their former spellings from the zone IDs ("Kiev" for "Kyiv"). Names in {@code not-places.txt} (ordinary words and given names that
 * happen to name a place, such as "Darwin") are left out.
 */
final class Gazetteer {

  /** Every way of writing a place, mapped to its tag. */
  private final Map<String, String> names;
  /** One-word country names by their first four letters, for {@link #isDemonymLike}. */
  private final Map<String, List<String>> countriesByPrefix = new HashMap<>();

  private Gazetteer(Map<String, String> names, Set<String> countries) {
    this.names = names;
    for (String country : countries) {
      if (country.indexOf(' ') < 0 && country.length() >= 4) {
        countriesByPrefix.computeIfAbsent(country.substring(0, 4), k -> new ArrayList<>())
            .add(country);
      }
    }
  }

  static Gazetteer load(Set<String> notPlaces) {
    Map<String, String> names = new TreeMap<>();
    Set<String> countries = new TreeSet<>();
    LocaleDisplayNames full = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
    LocaleDisplayNames brief = LocaleDisplayNames.getInstance(ULocale.ENGLISH,
        com.ibm.icu.text.DisplayContext.LENGTH_SHORT);
    Set<String> regions = new TreeSet<>(List.of(Locale.getISOCountries()));
    for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
      regions.add(region.toString());
    }
    for (String code : regions) {
      String jdk = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      String tag = plain(jdk.equals(code) ? full.regionDisplayName(code) : jdk);
      if (tag.equals(code)) {
        continue;
      }
      countries.add(tag);
      List<String> writings = new ArrayList<>();
      writings.add(tag);
      writings.add(plain(full.regionDisplayName(code)));
      writings.add(plain(brief.regionDisplayName(code)));
      writings.add(insideParentheses(full.regionDisplayName(code)));
      for (String writing : writings) {
        addWithVariants(names, writing, tag, notPlaces);
      }
    }
    TimeZoneNames zones = TimeZoneNames.getInstance(ULocale.ENGLISH);
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
        null, null)) {
      String city = zones.getExemplarLocationName(id);
      // Zones of Antarctic stations, and of counties ("Knox, Indiana"), are not major places.
      if (city == null || city.contains(",") || id.startsWith("Antarctica/")
          || id.chars().filter(c -> c == '/').count() != 1) {
        continue;
      }
      String tag = names.getOrDefault(city, city);
      addWithVariants(names, city, tag, notPlaces);
      String former = id.substring(id.indexOf('/') + 1).replace('_', ' ');
      addWithVariants(names, former, tag, notPlaces);
    }
    return new Gazetteer(names, countries);
  }

  Map<String, String> names() {
    return Collections.unmodifiableMap(names);
  }

  /**
   * Whether {@code word} looks like the adjective of a country ("Russian", "Kazakh", "Chinese",
   * "Turkish") rather than a name of its own.
   */
  boolean isDemonymLike(String word) {
    if (word.endsWith("ian") || word.endsWith("ese") || word.endsWith("ish")) {
      return true;
    }
    if (word.length() < 4) {
      return false;
    }
    for (String country : countriesByPrefix.getOrDefault(word.substring(0, 4), List.of())) {
      int common = 0;
      int max = Math.min(word.length(), country.length());
      while (common < max && word.charAt(common) == country.charAt(common)) {
        common++;
      }
      if (common >= 4 && (common == word.length() || common >= country.length() - 2)
          && !word.equals(country)) {
        return true;
      }
    }
    return false;
  }

  /** "St. Kitts & Nevis" is also written "St. Kitts and Nevis" and "Saint Kitts and Nevis". */
  private static void addWithVariants(Map<String, String> names, String writing, String tag,
      Set<String> notPlaces) {
    if (writing == null || writing.isBlank() || notPlaces.contains(writing)) {
      return;
    }
    String and = writing.replace(" & ", " and ");
    for (String variant : List.of(writing, and, and.replace("St. ", "Saint "))) {
      names.putIfAbsent(variant, tag);
    }
  }

  /** "Myanmar (Burma)" → "Myanmar"; "Hong Kong SAR China" → "Hong Kong". */
  private static String plain(String name) {
    String plain = name.replaceAll("\\s*\\([^)]*\\)", "").replace(" SAR China", "").strip();
    return plain;
  }

  /** "Myanmar (Burma)" → "Burma"; null when the name does not end in parentheses. */
  private static String insideParentheses(String name) {
    int open = name.indexOf(" (");
    return open > 0 && name.endsWith(")") ? name.substring(open + 2, name.length() - 1) : null;
  }
}

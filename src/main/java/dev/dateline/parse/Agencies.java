package dev.dateline.parse;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** News and photo agencies, written the way each writes its own name. */
final class Agencies {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("tass", "TASS"), Map.entry("itar-tass", "TASS"), Map.entry("тасс", "TASS"),
      Map.entry("reuters", "Reuters"), Map.entry("ap", "AP"), Map.entry("ap photo", "AP"),
      Map.entry("associated press", "AP"), Map.entry("the associated press", "AP"),
      Map.entry("afp", "AFP"), Map.entry("afp photo", "AFP"),
      Map.entry("agence france-presse", "AFP"), Map.entry("xinhua", "Xinhua"),
      Map.entry("interfax", "Interfax"), Map.entry("upi", "UPI"),
      Map.entry("ria novosti", "RIA Novosti"), Map.entry("ria", "RIA Novosti"),
      Map.entry("риа новости", "RIA Novosti"), Map.entry("prime", "Prime"),
      Map.entry("sputnik", "Sputnik"), Map.entry("getty images", "Getty Images"),
      Map.entry("epa", "EPA"), Map.entry("epa-efe", "EPA-EFE"), Map.entry("efe", "EFE"),
      Map.entry("bloomberg", "Bloomberg"), Map.entry("kyodo", "Kyodo"),
      Map.entry("yonhap", "Yonhap"), Map.entry("anadolu", "Anadolu"),
      Map.entry("dpa", "dpa"), Map.entry("ansa", "ANSA"), Map.entry("belta", "BelTA"),
      Map.entry("kazinform", "Kazinform"), Map.entry("itar-tass photo", "TASS"));

  private static final Pattern WORD_SEPARATOR = Pattern.compile("[ .]+");

  private Agencies() {}

  /** The agency's own spelling, or {@code null} when {@code name} is no agency we know. */
  static String known(String name) {
    return NAMES.get(Text.collapseSpaces(name.strip()).toLowerCase(Locale.ROOT));
  }

  /**
   * The agency a dateline names, also inside "TASS correspondent Ivan Lebedev" or "Корр. ТАСС
   * Иван Лебедев"; else the name as written.
   */
  static String named(String name) {
    String known = known(name);
    if (known != null) {
      return known;
    }
    for (String word : WORD_SEPARATOR.split(name)) {
      if (word.length() >= 3 && Character.isUpperCase(word.charAt(word.length() - 1))) {
        String inside = known(word);
        if (inside != null) {
          return inside;
        }
      }
    }
    return normalise(name);
  }

  /** The agency's own spelling when known, else the name as written. */
  static String normalise(String name) {
    String known = known(name);
    return known != null ? known : Text.collapseSpaces(name.strip());
  }
}

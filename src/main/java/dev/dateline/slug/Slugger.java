package dev.dateline.slug;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Turns any name into a readable ASCII URL segment: "Шойгу" → "shoigu", "Zürich talks" →
 * "zurich-talks". Thread-safe once built; build one per run.
 */
public final class Slugger {

  /**
   * ICU's {@code Any-Latin; Latin-ASCII}, with Russian Cyrillic romanised first as news copy
   * writes it (BGN/PCGN, with "й" as in "Shoigu", "Sergei", "Yemen", "Zelensky") rather than
   * as ISO 9 ("Sojgu"). The text is padded with spaces so that word edges are seen at its ends.
   */
  private static final String RULES = String.join("\n",
      "$edge = [^[:L:][:M:]] ;",
      "ий } $edge > y ;", "ый } $edge > y ;", "ИЙ } $edge > Y ;", "ЫЙ } $edge > Y ;",
      "$edge { й > y ;", "$edge { Й > Y ;", "й > i ;", "Й > I ;",
      ":: Russian-Latin/BGN ;", ":: Any-Latin ;", ":: Latin-ASCII ;", "'·' > ;", "");

  /** ICU's transliterators are not thread-safe, so each thread gets its own instance. */
  private final ThreadLocal<Transliterator> toAscii = ThreadLocal.withInitial(
      () -> Transliterator.createFromRules("dateline-slug", RULES, Transliterator.FORWARD));

  private final int maxLength;

  public Slugger() {
    this(80);
  }

  public Slugger(int maxLength) {
    this.maxLength = maxLength;
  }

  /** The slug of {@code name}; empty when the name has no letter or digit at all. */
  public String slug(String name) {
    // Transliteration costs more than parsing a whole article and changes nothing in ASCII.
    String latin = isAscii(name) ? name : transliterate(name);
    String ascii = latin.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(ascii.length());
    boolean pendingHyphen = false;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        if (pendingHyphen && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        pendingHyphen = false;
      } else if (c != '\'' && c != '\u2019') {
        pendingHyphen = true;
      }
    }
    return truncateAtWord(out.toString());
  }

  String transliterate(String name) {
    return toAscii.get().transliterate(" " + name + " ");
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private String truncateAtWord(String slug) {
    if (slug.length() <= maxLength) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', maxLength);
    return slug.substring(0, cut > maxLength / 2 ? cut : maxLength);
  }
}

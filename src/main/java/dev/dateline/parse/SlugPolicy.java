package dev.dateline.parse;

import dev.dateline.slug.Slugger;
import java.util.Locale;
import java.util.Set;

/**
 * The article's slug: the front matter's when it is a safe single path segment, else the
 * headline's. Thread-safe.
 */
final class SlugPolicy {

  private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2",
      "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4",
      "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "index", "tags", "feed", "assets", "404");

  private final Slugger slugger = new Slugger();

  String slug(FrontMatter frontMatter, String headline, String source, ProblemList problems) {
    String wanted = frontMatter.slug();
    if (wanted != null) {
      String refusal = refusal(wanted);
      if (refusal != null) {
        problems.error(frontMatter.slugLine(), "front matter slug '" + wanted + "' " + refusal
            + "; the slug was made from the headline instead");
      } else {
        String slug = slugger.slug(wanted);
        if (!slug.isEmpty()) {
          if (!slug.equals(wanted)) {
            problems.warning(frontMatter.slugLine(), "front matter slug '" + wanted
                + "' was written as '" + slug + "'");
          }
          return slug;
        }
        problems.error(frontMatter.slugLine(), "front matter slug '" + wanted
            + "' has no letter or digit; the slug was made from the headline instead");
      }
    }
    String slug = slugger.slug(headline);
    if (slug.isEmpty()) {
      String name = source == null ? "" : source.replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
      slug = slugger.slug(name);
      if (slug.isEmpty()) {
        slug = "article";
      }
      problems.warning(0, "the headline gives no slug; '" + slug + "' was used, set 'slug:' in"
          + " front matter");
    }
    return slug;
  }

  private static String refusal(String slug) {
    if (slug.contains("/") || slug.contains("\\")) {
      return "is a path, not a single URL segment";
    }
    if (slug.contains("..") || slug.startsWith(".")) {
      return "may not contain '..' or start with '.'";
    }
    if (slug.length() > 1 && slug.charAt(1) == ':') {
      return "is an absolute path";
    }
    String base = slug.toLowerCase(Locale.ROOT);
    int dot = base.indexOf('.');
    if (RESERVED.contains(dot < 0 ? base : base.substring(0, dot))) {
      return "is a reserved name";
    }
    return null;
  }
}

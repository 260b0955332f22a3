package dev.dateline.site;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import dev.dateline.article.Article;
import dev.dateline.article.Problem;
import dev.dateline.slug.Slugger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the articles of a facet by value, A to Z, and gives every value a slug no other value of
 * the facet has. Two values with the same slug ("UN" and "U.N.") are told apart in A-to-Z order:
 * the first keeps the slug, the next gets "-2", and so on; each such case is reported.
 */
final class FacetGroups {

  /**
   * The articles of one value, in site order, under a URL of their own.
   *
   * @param link the value's name linked to its page, shared by every page that links there
   */
  record Group(Facet facet, String name, String slug, List<Article> articles, Link link) {
    Group {
      articles = List.copyOf(articles);
    }

    Group(Facet facet, String name, String slug, List<Article> articles) {
      this(facet, name, slug, articles, Link.to(name, facet.folder() + slug + "/"));
    }

    String url() {
      return link.url();
    }

    String feedUrl() {
      return url() + "feed.xml";
    }
  }

  private final Slugger slugger;
  private final Comparator<String> alphabetical;

  FacetGroups(Slugger slugger, Locale locale) {
    this.slugger = slugger;
    Collator collator = Collator.getInstance(ULocale.forLocale(locale)).freeze();
    this.alphabetical = Comparator.<String, String>comparing(s -> s, collator)
        .thenComparing(Comparator.naturalOrder());
  }

  Comparator<String> alphabetical() {
    return alphabetical;
  }

  /**
   * The groups of {@code facet} over {@code articles} (in site order), keyed by value, A to Z.
   * Slug collisions are added to {@code problems}.
   */
  Map<String, Group> group(Facet facet, List<Article> articles, List<Problem> problems) {
    Map<String, List<Article>> byValue = new HashMap<>();
    for (Article article : articles) {
      for (String value : facet.valuesOf(article)) {
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(article);
      }
    }
    // Sorting the distinct values once costs far fewer comparisons than a sorted map would.
    List<String> names = new ArrayList<>(byValue.keySet());
    names.sort(alphabetical);
    Map<String, Group> groups = new LinkedHashMap<>(names.size() * 2);
    Map<String, String> owners = new HashMap<>();
    Set<String> taken = new HashSet<>(Facet.RESERVED);
    for (String name : names) {
      List<Article> valueArticles = byValue.get(name);
      String base = slugger.slug(name);
      if (base.isEmpty()) {
        base = facet.name().toLowerCase(Locale.ROOT);
      }
      String slug = base;
      for (int n = 2; !taken.add(slug); n++) {
        slug = base + "-" + n;
      }
      if (!slug.equals(base)) {
        String other = owners.getOrDefault(base, "a reserved name");
        problems.add(Problem.warning(valueArticles.get(0).source(), 0,
            facet.name().toLowerCase(Locale.ROOT) + " '" + name + "' has the same URL as "
                + (owners.containsKey(base) ? "'" + other + "'" : other) + " (" + facet.folder()
                + base + "/); it is published at " + facet.folder() + slug
                + "/. Use one spelling for both, or rename one"));
      }
      owners.put(slug, name);
      groups.put(name, new Group(facet, name, slug, valueArticles));
    }
    return Collections.unmodifiableMap(groups);
  }
}

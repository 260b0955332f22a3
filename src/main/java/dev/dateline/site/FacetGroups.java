package dev.dateline.site;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import dev.dateline.article.Article;
import dev.dateline.article.Problem;
import dev.dateline.slug.Slugger;
import java.util.Arrays;
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
  record Group(Facet facet, String name, String slug, ArticleSelection articles, Link link) {

    Group(Facet facet, String name, String slug, ArticleSelection articles) {
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
  private final Collator collator;
  private final Comparator<String> alphabetical;

  FacetGroups(Slugger slugger, Locale locale) {
    this.slugger = slugger;
    this.collator = Collator.getInstance(ULocale.forLocale(locale)).freeze();
    this.alphabetical = Comparator.<String, String>comparing(s -> s, collator)
        .thenComparing(Comparator.naturalOrder());
  }

  /** A value with its collation key, which compares as the collator compares the values. */
  private record Keyed(CollationKey key, String value, int number) implements Comparable<Keyed> {
    @Override
    public int compareTo(Keyed other) {
      int byKey = key.compareTo(other.key);
      return byKey != 0 ? byKey : value.compareTo(other.value);
    }
  }

  /**
   * The numbers of {@code values} (each its index), in {@link #alphabetical()} order of the
   * values. Sorting the distinct values once costs far fewer comparisons than a sorted map would,
   * and each value's collation key is made once, not at each comparison.
   */
  private int[] sorted(List<String> values) {
    Keyed[] keyed = new Keyed[values.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = new Keyed(collator.getCollationKey(values.get(i)), values.get(i), i);
    }
    Arrays.sort(keyed);
    int[] sorted = new int[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      sorted[i] = keyed[i].number();
    }
    return sorted;
  }

  Comparator<String> alphabetical() {
    return alphabetical;
  }

  /**
   * A facet's groups, keyed by value, A to Z, and the links from each article to the groups of
   * its values, in the article's order of them.
   */
  static final class Grouping {

    private final Map<String, Group> groups;
    private final ValueNumbers numbers;
    /** The link to each value's group, by the value's number. */
    private final Link[] linkOf;
    private final boolean verbatim;

    private Grouping(Map<String, Group> groups, ValueNumbers numbers, Link[] linkOf,
        boolean verbatim) {
      this.groups = groups;
      this.numbers = numbers;
      this.linkOf = linkOf;
      this.verbatim = verbatim;
    }

    Map<String, Group> groups() {
      return groups;
    }

    /** The articles' values, numbered: one number per distinct value, first met first. */
    ValueNumbers numbers() {
      return numbers;
    }

    /** Whether every article gave its values clean, so that the numbers are its given values'. */
    boolean isVerbatim() {
      return verbatim;
    }

    /** The links to the groups of the article at {@code position} in site order. */
    List<Link> linksOf(int position) {
      int from = numbers.from()[position];
      Link[] links = new Link[numbers.from()[position + 1] - from];
      for (int k = 0; k < links.length; k++) {
        links[k] = linkOf[numbers.numbers()[from + k]];
      }
      return List.of(links);
    }

    /** Adds the links to the groups of the article at {@code position} to {@code links}. */
    void addLinksOf(int position, List<Link> links) {
      for (int k = numbers.from()[position]; k < numbers.from()[position + 1]; k++) {
        links.add(linkOf[numbers.numbers()[k]]);
      }
    }
  }

  /**
   * The groups of {@code facet} over {@code articles} (in site order), keyed by value, A to Z.
   * Slug collisions are added to {@code problems}.
   */
  Map<String, Group> group(Facet facet, List<Article> articles, List<Problem> problems) {
    return grouping(facet, articles, problems).groups();
  }

  /**
   * The groups of {@code facet} over {@code articles} (in site order), and each article's links
   * to them. Slug collisions are added to {@code problems}.
   */
  Grouping grouping(Facet facet, List<Article> articles, List<Problem> problems) {
    boolean[] verbatim = {true};
    ValueNumbers numbers = ValueNumbers.of(articles, article -> {
      List<String> given = facet.given(article);
      List<String> cleaned = Facet.cleaned(given);
      verbatim[0] &= cleaned == given;
      return cleaned;
    });
    List<String> values = numbers.values();
    int[][] positions = numbers.positionsByValue();
    Map<String, Group> groups = new LinkedHashMap<>(values.size() * 2);
    Link[] linkOf = new Link[values.size()];
    Map<String, String> owners = new HashMap<>();
    Set<String> taken = new HashSet<>(Facet.RESERVED);
    for (int number : sorted(values)) {
      String name = values.get(number);
      ArticleSelection valueArticles = new ArticleSelection(articles, positions[number]);
      String base = slugger.slug(name);
      if (base.isEmpty()) {
        base = facet.name().toLowerCase(Locale.ROOT);
      }
      String slug = base;
      for (int k = 2; !taken.add(slug); k++) {
        slug = base + "-" + k;
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
      Group group = new Group(facet, name, slug, valueArticles);
      groups.put(name, group);
      linkOf[number] = group.link();
    }
    return new Grouping(Collections.unmodifiableMap(groups), numbers, linkOf, verbatim[0]);
  }
}

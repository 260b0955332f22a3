package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A way to group articles by a value they carry: their tags, the place of their dateline, their
 * agency, their photographer. Every facet has an index (A to Z and by frequency) and a paginated
 * page per value; tags also have a feed per value.
 */
enum Facet {
  TAG("tags/", "Tags", "Tagged", PageKind.TAG_INDEX, PageKind.TAG, true, Article::tags),
  PLACE("places/", "Places", "Filed from", PageKind.PLACE_INDEX, PageKind.PLACE, false,
      a -> a.dateline() == null || a.dateline().place() == null ? List.of()
          : List.of(a.dateline().place())),
  AGENCY("agencies/", "Agencies", "From the agency", PageKind.AGENCY_INDEX, PageKind.AGENCY,
      false, Facet::agencies),
  PHOTOGRAPHER("photographers/", "Photographers", "Photographs by", PageKind.PHOTOGRAPHER_INDEX,
      PageKind.PHOTOGRAPHER, false,
      a -> a.photo() == null || a.photo().photographer() == null ? List.of()
          : List.of(a.photo().photographer()));

  /** URL segments under a facet's folder that belong to the index, never to a value. */
  static final List<String> RESERVED = List.of("page", "by-count");

  private final String folder;
  private final String title;
  private final String lead;
  private final PageKind indexKind;
  private final PageKind valueKind;
  private final boolean feeds;
  private final Function<Article, List<String>> values;

  Facet(String folder, String title, String lead, PageKind indexKind, PageKind valueKind,
      boolean feeds, Function<Article, List<String>> values) {
    this.folder = folder;
    this.title = title;
    this.lead = lead;
    this.indexKind = indexKind;
    this.valueKind = valueKind;
    this.feeds = feeds;
    this.values = values;
  }

  /** The index's URL, e.g. {@code tags/}. */
  String folder() {
    return folder;
  }

  String title() {
    return title;
  }

  /** Opens a value page's description: "Tagged CSTO", "Filed from Moscow". */
  String lead() {
    return lead;
  }

  PageKind indexKind() {
    return indexKind;
  }

  PageKind valueKind() {
    return valueKind;
  }

  boolean hasFeeds() {
    return feeds;
  }

  /** The article's values of this facet as it gives them, perhaps with blanks or repeats. */
  List<String> given(Article article) {
    return values.apply(article);
  }

  /**
   * {@code given} without blanks or repeats, stripped, in the given order; {@code given} itself
   * when it has none.
   */
  static List<String> cleaned(List<String> given) {
    if (isClean(given)) {
      return given;
    }
    List<String> out = new ArrayList<>();
    for (String value : given) {
      if (value != null && !value.isBlank() && !out.contains(value.strip())) {
        out.add(value.strip());
      }
    }
    return out;
  }

  /** Whether the values are already without blanks, repeats or surrounding spaces. */
  private static boolean isClean(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.isBlank() || value.strip().length() != value.length()) {
        return false;
      }
      for (int k = 0; k < i; k++) {
        if (value.equals(values.get(k))) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<String> agencies(Article a) {
    String filing = a.dateline() == null ? null : a.dateline().agency();
    String photo = a.photo() == null ? null : a.photo().agency();
    if (filing == null) {
      return photo == null ? List.of() : List.of(photo);
    }
    return photo == null ? List.of(filing) : List.of(filing, photo);
  }
}

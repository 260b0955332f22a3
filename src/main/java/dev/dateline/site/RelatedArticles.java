package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles related to an article by shared tags, found through the tag index rather than by
 * comparing every pair: the candidates are each tag's articles nearest in site order to the
 * article (a bounded window), so the work per article does not grow with the archive. Candidates
 * are ranked by the number of tags shared (counted exactly), then by closeness in date, then by
 * site order (newer first, then slug): the same articles always give the same answer.
 *
 * <p>Tags are numbered once: each article's distinct tags are an array of numbers, counted
 * against the article's own tags marked in a table, and each tag's articles are an array of site
 * positions searched by bisection.
 */
final class RelatedArticles {

  private static final long NO_DATE = Long.MIN_VALUE;

  private final List<Article> articles;
  private final int limit;
  private final int window;
  private final long[] epochDays;
  /** Each article's distinct tags, as sorted tag numbers. */
  private final int[][] tagsOf;
  /** Each tag number's articles, as ascending site positions. */
  private final int[][] positionsOf;

  /**
   * @param articles in site order
   * @param limit how many related articles to give at most
   * @param window how many neighbours on each side of the article to take from each tag's list
   */
  RelatedArticles(List<Article> articles, int limit, int window) {
    this.articles = List.copyOf(articles);
    this.limit = limit;
    this.window = window;
    int n = this.articles.size();
    this.epochDays = new long[n];
    this.tagsOf = new int[n][];
    Map<String, Integer> numbers = new HashMap<>();
    List<int[]> counts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article article = this.articles.get(i);
      epochDays[i] = article.date() == null ? NO_DATE : article.date().toEpochDay();
      List<String> tags = article.tags();
      int[] own = new int[tags.size()];
      for (int k = 0; k < own.length; k++) {
        own[k] = numbers.computeIfAbsent(tags.get(k), t -> numbers.size());
      }
      tagsOf[i] = distinctSorted(own);
    }
    int[] sizes = new int[numbers.size()];
    for (int[] own : tagsOf) {
      for (int tag : own) {
        sizes[tag]++;
      }
    }
    this.positionsOf = new int[sizes.length][];
    for (int tag = 0; tag < sizes.length; tag++) {
      positionsOf[tag] = new int[sizes[tag]];
    }
    int[] filled = new int[sizes.length];
    for (int i = 0; i < n; i++) {
      for (int tag : tagsOf[i]) {
        positionsOf[tag][filled[tag]++] = i;
      }
    }
  }

  /** The related articles of the article at {@code index} in site order, most related first. */
  List<Article> of(int index) {
    if (limit <= 0) {
      return List.of();
    }
    int[] tags = tagsOf[index];
    int[] found = new int[Math.max(1, tags.length * (2 * window + 1))];
    int count = 0;
    for (int tag : tags) {
      int[] positions = positionsOf[tag];
      int at = Arrays.binarySearch(positions, index);
      int from = Math.max(0, at - window);
      int to = Math.min(positions.length, at + window + 1);
      for (int k = from; k < to; k++) {
        if (positions[k] != index) {
          found[count++] = positions[k];
        }
      }
    }
    Arrays.sort(found, 0, count);
    boolean[] own = new boolean[positionsOf.length];
    for (int tag : tags) {
      own[tag] = true;
    }
    Candidate[] best = new Candidate[limit];
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = found[k];
      if (k > 0 && found[k - 1] == c) {
        continue;
      }
      Candidate candidate = new Candidate(c, shared(own, tagsOf[c]),
          distance(epochDays[index], epochDays[c]));
      if (kept == limit && Candidate.RANKING.compare(candidate, best[limit - 1]) >= 0) {
        continue;
      }
      int at = kept == limit ? limit - 1 : kept++;
      while (at > 0 && Candidate.RANKING.compare(candidate, best[at - 1]) < 0) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = candidate;
    }
    List<Article> related = new ArrayList<>(kept);
    for (int k = 0; k < kept; k++) {
      related.add(articles.get(best[k].index()));
    }
    return List.copyOf(related);
  }

  /** An article found through a shared tag, with what ranks it. */
  private record Candidate(int index, int shared, long distance) {
    static final Comparator<Candidate> RANKING = Comparator
        .comparingInt((Candidate c) -> -c.shared())
        .thenComparingLong(Candidate::distance)
        .thenComparingInt(Candidate::index);
  }

  private static int[] distinctSorted(int[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int k = 0; k < values.length; k++) {
      if (k == 0 || values[k] != values[k - 1]) {
        values[n++] = values[k];
      }
    }
    return Arrays.copyOf(values, n);
  }

  /** How many of {@code tags} are marked in {@code own}. */
  private static int shared(boolean[] own, int[] tags) {
    int n = 0;
    for (int tag : tags) {
      if (own[tag]) {
        n++;
      }
    }
    return n;
  }

  private static long distance(long a, long b) {
    return a == NO_DATE || b == NO_DATE ? Long.MAX_VALUE : Math.abs(a - b);
  }
}

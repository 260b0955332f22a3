package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles related to an article by shared tags, found through the tag index rather than by
 * comparing every pair: the candidates are each tag's articles nearest in site order to the
 * article (a bounded window), so the work per article does not grow with the archive. Candidates
 * are ranked by the number of tags shared (counted exactly), then by closeness in date, then by
 * site order (newer first, then slug): the same articles always give the same answer.
 */
final class RelatedArticles {

  private final List<Article> articles;
  private final Map<String, int[]> positionsByTag = new HashMap<>();
  private final int limit;
  private final int window;
  private final long[] epochDays;
  private static final long NO_DATE = Long.MIN_VALUE;

  /**
   * @param articles in site order
   * @param limit how many related articles to give at most
   * @param window how many neighbours on each side of the article to take from each tag's list
   */
  RelatedArticles(List<Article> articles, int limit, int window) {
    this.articles = List.copyOf(articles);
    this.limit = limit;
    this.window = window;
    this.epochDays = articles.stream()
        .mapToLong(a -> a.date() == null ? NO_DATE : a.date().toEpochDay()).toArray();
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (String tag : new HashSet<>(articles.get(i).tags())) {
        lists.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
      }
    }
    lists.forEach((tag, list) ->
        positionsByTag.put(tag, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The related articles of the article at {@code index} in site order, most related first. */
  List<Article> of(int index) {
    Article article = articles.get(index);
    Set<String> tags = new HashSet<>(article.tags());
    Map<Integer, Candidate> candidates = new HashMap<>();
    for (String tag : tags) {
      int[] positions = positionsByTag.get(tag);
      int at = Arrays.binarySearch(positions, index);
      int from = Math.max(0, at - window);
      int to = Math.min(positions.length, at + window + 1);
      for (int k = from; k < to; k++) {
        if (positions[k] != index) {
          candidates.computeIfAbsent(positions[k], c -> new Candidate(c,
              shared(tags, articles.get(c)), distance(epochDays[index], epochDays[c])));
        }
      }
    }
    return candidates.values().stream().sorted(Candidate.RANKING).limit(limit)
        .map(c -> articles.get(c.index())).toList();
  }

  /** An article found through a shared tag, with what ranks it. */
  private record Candidate(int index, int shared, long distance) {
    static final Comparator<Candidate> RANKING = Comparator
        .comparingInt((Candidate c) -> -c.shared())
        .thenComparingLong(Candidate::distance)
        .thenComparingInt(Candidate::index);
  }

  private static int shared(Set<String> tags, Article other) {
    List<String> theirs = other.tags();
    int n = 0;
    for (int i = 0; i < theirs.size(); i++) {
      String tag = theirs.get(i);
      if (tags.contains(tag) && theirs.indexOf(tag) == i) {
        n++;
      }
    }
    return n;
  }

  private static long distance(long a, long b) {
    return a == NO_DATE || b == NO_DATE ? Long.MAX_VALUE : Math.abs(a - b);
  }
}

package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Articles related to an article by shared tags, found through the tag index rather than by
 * comparing every pair: the candidates are each tag's articles nearest in site order to the
 * article (a bounded window), so the work per article does not grow with the archive. Candidates
 * are ranked by the number of tags shared (counted exactly), then by closeness in date, then by
 * site order (newer first, then slug): the same articles always give the same answer.
 *
 * <p>Everything is numbered once: an article is its site position, a tag a number. What ranking
 * a candidate needs (its position, date and distinct tags) is one run of a flat array, its
 * record, so that looking at a candidate touches one place in memory and no object; each tag's
 * articles are a run of another array, of records. The index is built once and read-only after:
 * an article's related articles are found when they are first asked for, from any thread, at a
 * cost that does not depend on the archive's size.
 */
final class RelatedArticles {

  private static final long NO_DATE = Long.MIN_VALUE;
  /** A record: position, epoch day (high and low halves), tag count, then the tags, ascending. */
  private static final int POSITION = 0;
  private static final int DAY_HIGH = 1;
  private static final int DAY_LOW = 2;
  private static final int TAG_COUNT = 3;
  private static final int TAGS = 4;

  private final List<Article> articles;
  private final int limit;
  private final int window;
  /** Article {@code i}'s record starts at {@code records[recordOf[i]]}. */
  private final int[] recordOf;
  private final int[] records;
  /**
   * Where article {@code i} stands in the list of its {@code k}-th tag, at
   * {@code rankInTag[recordOf[i] - TAGS * i + k]} (the records without their headers).
   */
  private final int[] rankInTag;
  /** Tag {@code t}'s articles' records, in site order, are {@code members[membersFrom[t]..]}. */
  private final int[] membersFrom;
  private final int[] members;
  /** Each thread's table of all tags, all 0 between two searches. */
  private final ThreadLocal<byte[]> ownTags;

  /**
   * @param articles in site order
   * @param limit how many related articles to give at most
   * @param window how many neighbours on each side of the article to take from each tag's list
   */
  RelatedArticles(List<Article> articles, int limit, int window) {
    this(articles, limit, window, ValueNumbers.of(articles, Article::tags));
  }

  /** @param tags the articles' tags, numbered */
  RelatedArticles(List<Article> articles, int limit, int window, ValueNumbers tags) {
    this.articles = List.copyOf(articles);
    this.limit = Math.max(0, limit);
    this.window = window;
    int n = this.articles.size();
    this.recordOf = new int[n + 1];
    int[] all = new int[TAGS * n + tags.from()[n]];
    int used = 0;
    int tagsUsed = 0;
    for (int i = 0; i < n; i++) {
      Article article = this.articles.get(i);
      int tagsFrom = tags.from()[i];
      int given = tags.from()[i + 1] - tagsFrom;
      recordOf[i] = used;
      long day = article.date() == null ? NO_DATE : article.date().toEpochDay();
      all[used + POSITION] = i;
      all[used + DAY_HIGH] = (int) (day >>> 32);
      all[used + DAY_LOW] = (int) day;
      System.arraycopy(tags.numbers(), tagsFrom, all, used + TAGS, given);
      int distinct = distinctSorted(all, used + TAGS, given);
      all[used + TAG_COUNT] = distinct;
      used += TAGS + distinct;
      tagsUsed += distinct;
    }
    recordOf[n] = used;
    this.records = Arrays.copyOf(all, used);
    int tagCount = tags.distinct();
    this.ownTags = ThreadLocal.withInitial(() -> new byte[tagCount]);
    this.membersFrom = new int[tagCount + 1];
    for (int i = 0; i < n; i++) {
      for (int k = recordOf[i] + TAGS; k < recordOf[i + 1]; k++) {
        membersFrom[records[k] + 1]++;
      }
    }
    for (int t = 0; t < tagCount; t++) {
      membersFrom[t + 1] += membersFrom[t];
    }
    this.members = new int[tagsUsed];
    this.rankInTag = new int[tagsUsed];
    int[] filled = Arrays.copyOf(membersFrom, tagCount);
    for (int i = 0; i < n; i++) {
      for (int k = recordOf[i] + TAGS; k < recordOf[i + 1]; k++) {
        int tag = records[k];
        rankInTag[k - TAGS * (i + 1)] = filled[tag] - membersFrom[tag];
        members[filled[tag]++] = recordOf[i];
      }
    }
  }

  /** The related articles of the article at {@code index} in site order, most related first. */
  List<Article> of(int index) {
    int[] positions = positionsOf(index);
    List<Article> related = new ArrayList<>(positions.length);
    for (int position : positions) {
      related.add(articles.get(position));
    }
    return List.copyOf(related);
  }

  /**
   * The site positions of the related articles of the article at {@code index}, most related
   * first. Safe to call from any thread: the index is read-only, and each call ranks on its own.
   */
  int[] positionsOf(int index) {
    return limit == 0 ? new int[0] : new Finder(index).positions();
  }

  /**
   * Finds the related articles of one article. The article's tags are marked with a 1 in the
   * thread's table of all tags, so that a candidate's shared tags are a sum, without a branch to
   * mispredict. A candidate seen through several tags is simply ranked again: it ranks the same
   * each time, so it is kept at most once.
   */
  private final class Finder {

    private final int index;
    private final int record;
    private final int ownFrom;
    private final int ownTo;
    private final long day;
    private final byte[] own = ownTags.get();
    /** The best candidates so far, best first: positions, shared tags, distances. */
    private final int[] bestIndex = new int[limit];
    private final int[] bestShared = new int[limit];
    private final long[] bestDistance = new long[limit];
    private int kept;

    Finder(int index) {
      this.index = index;
      this.record = recordOf[index];
      this.ownFrom = record + TAGS;
      this.ownTo = ownFrom + records[record + TAG_COUNT];
      this.day = day(record);
    }

    int[] positions() {
      for (int k = ownFrom; k < ownTo; k++) {
        own[records[k]] = 1;
      }
      try {
        for (int k = ownFrom; k < ownTo; k++) {
          int tag = records[k];
          int rank = rankInTag[k - TAGS * (index + 1)];
          int first = membersFrom[tag];
          int from = first + Math.max(0, rank - window);
          int to = Math.min(membersFrom[tag + 1], first + rank + window + 1);
          for (int m = from; m < to; m++) {
            int candidate = members[m];
            if (candidate != record) {
              consider(candidate);
            }
          }
        }
      } finally {
        for (int k = ownFrom; k < ownTo; k++) {
          own[records[k]] = 0;
        }
      }
      return Arrays.copyOf(bestIndex, kept);
    }

    private void consider(int candidate) {
      int tags = records[candidate + TAG_COUNT];
      if (kept == limit && tags < bestShared[limit - 1]) {
        return;
      }
      int shared = 0;
      for (int k = candidate + TAGS; k < candidate + TAGS + tags; k++) {
        shared += own[records[k]];
      }
      rank(records[candidate + POSITION], shared, distance(day, day(candidate)));
    }

    /**
     * Puts the candidate among the best if it ranks there: more shared tags first, then the
     * nearer date, then the earlier site position.
     */
    private void rank(int position, int shared, long distance) {
      if (kept == limit && !before(shared, distance, position, limit - 1)
          || isKept(position)) {
        return;
      }
      int at = kept == limit ? limit - 1 : kept++;
      while (at > 0 && before(shared, distance, position, at - 1)) {
        bestIndex[at] = bestIndex[at - 1];
        bestShared[at] = bestShared[at - 1];
        bestDistance[at] = bestDistance[at - 1];
        at--;
      }
      bestIndex[at] = position;
      bestShared[at] = shared;
      bestDistance[at] = distance;
    }

    private boolean isKept(int position) {
      for (int slot = 0; slot < kept; slot++) {
        if (bestIndex[slot] == position) {
          return true;
        }
      }
      return false;
    }

    /** Whether a candidate ranks before the one kept at {@code slot}. */
    private boolean before(int shared, long distance, int position, int slot) {
      if (shared != bestShared[slot]) {
        return shared > bestShared[slot];
      }
      if (distance != bestDistance[slot]) {
        return distance < bestDistance[slot];
      }
      return position < bestIndex[slot];
    }
  }

  private long day(int record) {
    return (long) records[record + DAY_HIGH] << 32 | (records[record + DAY_LOW] & 0xFFFFFFFFL);
  }

  /** Sorts {@code values[from..from+length)} and moves its distinct values to the front. */
  private static int distinctSorted(int[] values, int from, int length) {
    Arrays.sort(values, from, from + length);
    int n = 0;
    for (int k = from; k < from + length; k++) {
      if (k == from || values[k] != values[k - 1]) {
        values[from + n++] = values[k];
      }
    }
    return n;
  }

  private static long distance(long a, long b) {
    return a == NO_DATE || b == NO_DATE ? Long.MAX_VALUE : Math.abs(a - b);
  }
}

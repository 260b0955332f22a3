package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Values of articles (their tags, say) as numbers, one per distinct value: article {@code i}'s
 * are {@code numbers[from[i]]} to {@code numbers[from[i + 1] - 1]}, in its order, repeats kept.
 *
 * @param values the distinct values, each at its number
 */
record ValueNumbers(int[] from, int[] numbers, List<String> values) {

  /** The values {@code valuesOf} gives for each article, numbered as first met. */
  static ValueNumbers of(List<Article> articles, Function<Article, List<String>> valuesOf) {
    int n = articles.size();
    Map<String, Integer> numberOf = new HashMap<>();
    List<String> values = new ArrayList<>();
    int[] from = new int[n + 1];
    int[] numbers = new int[Math.max(16, n)];
    int used = 0;
    for (int i = 0; i < n; i++) {
      from[i] = used;
      for (String value : valuesOf.apply(articles.get(i))) {
        if (used == numbers.length) {
          numbers = Arrays.copyOf(numbers, 2 * used);
        }
        Integer number = numberOf.get(value);
        if (number == null) {
          number = values.size();
          numberOf.put(value, number);
          values.add(value);
        }
        numbers[used++] = number;
      }
    }
    from[n] = used;
    return new ValueNumbers(from, numbers, values);
  }

  /** How many distinct values there are; the numbers are below it. */
  int distinct() {
    return values.size();
  }

  /**
   * The positions of the articles giving each value, by the value's number, in article order;
   * an article giving a value twice is there twice.
   */
  int[][] positionsByValue() {
    int[][] positions = new int[distinct()][];
    int[] count = new int[distinct()];
    int n = from.length - 1;
    for (int k = 0; k < from[n]; k++) {
      count[numbers[k]]++;
    }
    for (int v = 0; v < positions.length; v++) {
      positions[v] = new int[count[v]];
      count[v] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int k = from[i]; k < from[i + 1]; k++) {
        int v = numbers[k];
        positions[v][count[v]++] = i;
      }
    }
    return positions;
  }
}

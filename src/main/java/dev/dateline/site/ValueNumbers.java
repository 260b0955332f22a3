package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Values of articles (their tags, say) as numbers, one per distinct value: article {@code i}'s
 * are {@code numbers[from[i]]} to {@code numbers[from[i + 1] - 1]}, in its order, repeats kept.
 *
 * @param distinct how many distinct values there are; the numbers are below it
 */
record ValueNumbers(int[] from, int[] numbers, int distinct) {

  /** The values {@code valuesOf} gives for each article, numbered as first met. */
  static ValueNumbers of(List<Article> articles, Function<Article, List<String>> valuesOf) {
    int n = articles.size();
    Map<String, Integer> numberOf = new HashMap<>();
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
          number = numberOf.size();
          numberOf.put(value, number);
        }
        numbers[used++] = number;
      }
    }
    from[n] = used;
    return new ValueNumbers(from, numbers, numberOf.size());
  }
}

package dev.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArticleUrlsTest {

  @Test
  void aDatedArticleLivesUnderItsDay() {
    assertThat(ArticleUrls.urlOf(LocalDate.of(2019, 9, 10), "talks"))
        .isEqualTo("2019/09/10/talks/");
    assertThat(ArticleUrls.dayPath(LocalDate.of(905, 1, 2))).isEqualTo("0905/01/02/");
  }

  @Test
  void anUndatedArticleLivesAtTheTop() {
    assertThat(ArticleUrls.urlOf(null, "talks")).isEqualTo("talks/");
  }

  @Test
  void numbersArePaddedAsFormatPadsThem() {
    int[] values = {0, 7, 12, 99, 123, 2026, 12345, -1, -12, -123, -2026, -12345};
    for (int value : values) {
      for (int width : new int[] {2, 4}) {
        assertThat(ArticleUrls.padded(value, width))
            .as("%d to width %d", value, width)
            .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", value));
      }
    }
  }
}

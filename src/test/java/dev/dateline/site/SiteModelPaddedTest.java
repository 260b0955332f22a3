package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SiteModelPaddedTest {

  @Test
  void numbersArePaddedAsFormatPadsThem() {
    int[] values = {0, 7, 12, 99, 123, 2026, 12345, -1, -12, -123, -2026, -12345};
    for (int value : values) {
      for (int width : new int[] {2, 4}) {
        assertThat(SiteModel.padded(value, width))
            .as("%d to width %d", value, width)
            .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", value));
      }
    }
  }
}

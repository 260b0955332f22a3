package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void oddSpacesBecomeOrdinarySpacesAndInvisibleOnesGo() {
    assertThat(Text.normaliseSpaces("a\u00A0b\tc\u2009d\u3000e\u200Bf\uFEFFg\u202Fh"))
        .isEqualTo("a b c d efg h");
  }

  @Test
  void everythingElseStaysAsWritten() {
    String text = "“Curly” quotes, Кириллица, 中文, ©, — and ’";
    assertThat(Text.normaliseSpaces(text)).isEqualTo(text);
  }

  @Test
  void runsOfSpacesCollapse() {
    assertThat(Text.collapseSpaces("a  b   c d")).isEqualTo("a b c d");
  }
}

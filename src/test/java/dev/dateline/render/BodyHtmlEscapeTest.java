package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyHtmlEscapeTest {

  @Test
  void textWithoutMarkupCharactersIsKeptAsItIs() {
    assertThat(BodyHtml.escape("Rain in Bergen, 12 mm")).isEqualTo("Rain in Bergen, 12 mm");
    assertThat(BodyHtml.escape("")).isEmpty();
  }

  @Test
  void everyMarkupCharacterIsEscapedWhereverItStands() {
    assertThat(BodyHtml.escape("<b>\"Tom\" & 'Jerry'</b>"))
        .isEqualTo("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
    assertThat(BodyHtml.escape("&")).isEqualTo("&amp;");
    assertThat(BodyHtml.escape("a<<b")).isEqualTo("a&lt;&lt;b");
    assertThat(BodyHtml.escape("ends with >")).isEqualTo("ends with &gt;");
  }
}

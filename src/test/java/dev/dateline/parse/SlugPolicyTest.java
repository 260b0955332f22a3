package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.slug.Slugger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The parser's slugs are Slugger's, with a shortcut for ASCII headlines. */
class SlugPolicyTest {

  private final SlugPolicy policy = new SlugPolicy();
  private final Slugger slugger = new Slugger();

  @Property(tries = 300)
  void asciiShortcutGivesSluggersSlug(
      @ForAll @CharRange(from = 0, to = 127) @StringLength(max = 200) String name) {
    assertThat(policy.slugOf(name)).isEqualTo(slugger.slug(name));
  }

  @Property(tries = 100)
  void asciiShortcutGivesSluggersSlugForHeadlineLikeText(
      @ForAll @CharRange(from = 'A', to = 'z') @CharRange(from = ' ', to = '/')
      @StringLength(min = 70, max = 120) String name) {
    assertThat(policy.slugOf(name)).isEqualTo(slugger.slug(name));
  }

  @Test
  void nonAsciiNamesGoThroughSlugger() {
    assertThat(policy.slugOf("Шойгу в Цюрихе")).isEqualTo(slugger.slug("Шойгу в Цюрихе"));
    assertThat(policy.slugOf("Zürich talks")).isEqualTo("zurich-talks");
  }
}

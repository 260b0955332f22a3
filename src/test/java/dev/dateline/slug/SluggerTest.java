package dev.dateline.slug;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Slugs are readable ASCII URL segments, whatever the script of the name. */
class SluggerTest {

  private final Slugger slugger = new Slugger();

  @Test
  void headlinesBecomeLowerCaseWordsJoinedByHyphens() {
    assertThat(slugger.slug("Post-Soviet security bloc deliberates on UN peacekeeping"))
        .isEqualTo("post-soviet-security-bloc-deliberates-on-un-peacekeeping");
    assertThat(slugger.slug("Kremlin's \"new\" line: 5 points"))
        .isEqualTo("kremlins-new-line-5-points");
  }

  @Test
  void otherScriptsAreRomanisedAndAccentsDropped() {
    assertThat(slugger.slug("Шойгу")).isEqualTo("shoigu");
    assertThat(slugger.slug("Zürich talks")).isEqualTo("zurich-talks");
  }

  @Test
  void longNamesAreCutAtAWord() {
    String slug = slugger.slug("word ".repeat(40));
    assertThat(slug.length()).isLessThanOrEqualTo(80);
    assertThat(slug).doesNotEndWith("-").endsWith("word");
  }

  @Property(tries = 300)
  void asciiNamesSkipTransliterationWithTheSameResult(
      @ForAll @CharRange(from = 0, to = 127) @StringLength(max = 200) String name) {
    assertThat(slugger.slug(name)).isEqualTo(slugger.slug(slugger.transliterate(name)));
  }
}

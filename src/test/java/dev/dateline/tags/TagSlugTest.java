package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.slug.Slugger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tags in any script get readable ASCII slugs for their URLs. */
class TagSlugTest {

  private final Slugger slugger = new Slugger();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Шойгу, shoigu",
      "Сергей Шойгу, sergei-shoigu",
      "Йемен, yemen",
      "Зеленский, zelensky",
      "Юрий Щукин, yury-shchukin",
      "Пост-советский блок обсуждает участие в миротворчестве ООН,"
          + " post-sovetsky-blok-obsuzhdayet-uchastiye-v-mirotvorchestve-oon",
      "Türkiye, turkiye",
      "Côte d’Ivoire, cote-divoire",
      "São Tomé & Príncipe, sao-tome-principe",
      "United Nations, united-nations",
      "U.N., u-n",
      "Ελλάδα, ellada",
  })
  void aTagGetsAReadableAsciiSlug(String tag, String slug) {
    assertThat(slugger.slug(tag)).isEqualTo(slug);
  }
}

package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.article.Article;
import dev.dateline.article.DateSource;
import dev.dateline.article.Dateline;
import dev.dateline.article.Photo;
import dev.dateline.config.SiteConfig;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsArticleJsonLdTest {

  private final NewsArticleJsonLd jsonLd = new NewsArticleJsonLd(
      SiteConfig.defaults().withBaseUrl("https://user.github.io/archive/"), new Json());

  static Article tassItem(String headline) {
    return new Article("content/2019/09/csto.txt", "csto", "2019/09/10/csto/", "World",
        headline, "The ministry said", new Photo("Russian Foreign Ministry",
        "Valeriy Sharifulin/TASS", "Valeriy Sharifulin", "TASS"),
        new Dateline("MOSCOW, September 10. /TASS/.", "Moscow", LocalDate.of(2019, 9, 10),
            "TASS"), LocalDate.of(2019, 9, 10), DateSource.PATH, List.of("Body."),
        List.of("CSTO", "United Nations"), List.of(), false);
  }

  @Test
  void describesTheArticleAsASchemaOrgNewsArticle() throws Exception {
    JsonNode ld = new ObjectMapper().readTree(jsonLd.of(tassItem("Bloc meets")));
    assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("headline").asText()).isEqualTo("Bloc meets");
    assertThat(ld.path("datePublished").asText()).isEqualTo("2019-09-10");
    assertThat(ld.path("dateline").asText()).isEqualTo("MOSCOW, September 10. /TASS/.");
    assertThat(ld.path("articleSection").asText()).isEqualTo("World");
    assertThat(ld.path("keywords")).extracting(JsonNode::asText)
        .containsExactly("CSTO", "United Nations");
    assertThat(ld.path("image").path("caption").asText()).isEqualTo("Russian Foreign Ministry");
    assertThat(ld.path("image").path("creditText").asText())
        .isEqualTo("Valeriy Sharifulin/TASS");
    assertThat(ld.path("url").asText())
        .isEqualTo("https://user.github.io/archive/2019/09/10/csto/");
  }

  @Test
  void textThatCouldCloseTheScriptElementIsEscapedAndMeansTheSame() throws Exception {
    String hostile = "Talks </script><script>alert(1)</script> <!-- & more";
    String text = jsonLd.of(tassItem(hostile));
    assertThat(text).doesNotContain("</", "<!--", "<script");
    assertThat(new ObjectMapper().readTree(text).path("headline").asText()).isEqualTo(hostile);
  }
}

package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.article.Article;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.PageContent.FeedContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFeedTest {

  private final JsonFeed feed = new JsonFeed(SiteConfig.defaults(), new Json(), new BodyHtml());

  @Test
  void anItemCarriesTheArticleAsHtmlWithItsDateAndTags() throws Exception {
    JsonNode json = new ObjectMapper().readTree(feed.render("feed.json",
        new FeedContent("Archive", "", List.of(NewsArticleJsonLdTest.tassItem("Bloc meets")))));
    assertThat(json.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(json.path("feed_url").asText()).isEqualTo("https://example.org/feed.json");
    JsonNode item = json.path("items").get(0);
    assertThat(item.path("id").asText()).isEqualTo("https://example.org/2019/09/10/csto/");
    assertThat(item.path("content_html").asText()).isEqualTo("<p>Body.</p>\n");
    assertThat(item.path("date_published").asText()).isEqualTo("2019-09-10T00:00:00Z");
    assertThat(item.path("tags")).extracting(JsonNode::asText)
        .containsExactly("CSTO", "United Nations");
    assertThat(item.path("authors").get(0).path("name").asText()).isEqualTo("TASS");
  }

  @Test
  void anArticleWithoutBodyStillHasTheContentJsonFeedRequires() throws Exception {
    Article a = NewsArticleJsonLdTest.tassItem("Bloc meets");
    Article empty = new Article(a.source(), a.slug(), a.url(), null, a.headline(), null, null,
        null, null, null, List.of(), List.of(), List.of(), false);
    JsonNode item = new ObjectMapper().readTree(feed.render("feed.json",
        new FeedContent("Archive", "", List.of(empty)))).path("items").get(0);
    assertThat(item.has("content_html")).isFalse();
    assertThat(item.path("content_text").asText()).isEqualTo("Bloc meets");
    assertThat(item.has("date_published")).isFalse();
  }
}

package dev.dateline.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dateline.article.Article;
import dev.dateline.config.SiteConfig;
import java.util.List;

/** The schema.org {@code NewsArticle} of an article page, as JSON-LD. */
final class NewsArticleJsonLd {

  @JsonPropertyOrder({"@context", "@type", "headline", "description", "datePublished", "dateline",
      "articleSection", "keywords", "url", "mainEntityOfPage", "image", "author", "publisher",
      "inLanguage"})
  record NewsArticle(
      @JsonProperty("@context") String context,
      @JsonProperty("@type") String type,
      String headline, String description, String datePublished, String dateline,
      String articleSection, List<String> keywords, String url, String mainEntityOfPage,
      ImageObject image, Organization author, Organization publisher, String inLanguage) {}

  @JsonPropertyOrder({"@type", "caption", "creditText", "creator"})
  record ImageObject(@JsonProperty("@type") String type, String caption, String creditText,
      Person creator) {}

  @JsonPropertyOrder({"@type", "name"})
  record Person(@JsonProperty("@type") String type, String name) {}

  @JsonPropertyOrder({"@type", "name"})
  record Organization(@JsonProperty("@type") String type, String name) {}

  private final SiteConfig config;
  private final Json json;

  NewsArticleJsonLd(SiteConfig config, Json json) {
    this.config = config;
    this.json = json;
  }

  /** The JSON-LD of {@code article}, ready to stand inside a script element. */
  String of(Article a) {
    String url = config.absolute(a.url());
    ImageObject image = a.photo() == null
        || (a.photo().caption() == null && a.photo().credit() == null) ? null
        : new ImageObject("ImageObject", a.photo().caption(), a.photo().credit(),
            a.photo().photographer() == null ? null
                : new Person("Person", a.photo().photographer()));
    String agency = a.dateline() == null ? null : a.dateline().agency();
    NewsArticle ld = new NewsArticle("https://schema.org", "NewsArticle", a.headline(),
        a.standfirst(), a.date() == null ? null : a.date().toString(),
        a.dateline() == null ? null : a.dateline().raw(), a.section(), a.tags(), url, url, image,
        agency == null ? null : new Organization("Organization", agency),
        new Organization("Organization", config.title()), config.language());
    return Json.forScript(json.compact(ld));
  }
}

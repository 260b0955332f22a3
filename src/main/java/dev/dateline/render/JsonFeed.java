package dev.dateline.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dateline.article.Article;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.PageContent.FeedContent;
import java.util.List;

/** A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the newest articles. */
final class JsonFeed {

  static final String VERSION = "https://jsonfeed.org/version/1.1";

  @JsonPropertyOrder({"version", "title", "home_page_url", "feed_url", "description", "language",
      "authors", "items"})
  record Feed(String version, String title, String home_page_url, String feed_url,
      String description, String language, List<Author> authors, List<Item> items) {}

  record Author(String name) {}

  @JsonPropertyOrder({"id", "url", "title", "summary", "content_html", "content_text",
      "date_published", "tags", "authors"})
  record Item(String id, String url, String title, String summary, String content_html,
      String content_text, String date_published, List<String> tags, List<Author> authors) {}

  private final SiteConfig config;
  private final Json json;
  private final BodyHtml bodyHtml;

  JsonFeed(SiteConfig config, Json json, BodyHtml bodyHtml) {
    this.config = config;
    this.json = json;
    this.bodyHtml = bodyHtml;
  }

  String render(String feedUrl, FeedContent content) {
    List<Item> items = content.articles().stream().map(this::item).toList();
    Feed feed = new Feed(VERSION, content.title(), config.absolute(content.pageUrl()),
        config.absolute(feedUrl), config.description(), config.language(),
        List.of(new Author(config.title())), items);
    return json.pretty(feed) + "\n";
  }

  private Item item(Article a) {
    String url = config.absolute(a.url());
    String agency = a.dateline() == null ? null : a.dateline().agency();
    String html = bodyHtml.render(a.source(), a.body());
    // JSON Feed requires content: an article without a body is given its headline as text.
    String text = html.isBlank() ? a.headline() : null;
    return new Item(url, url, a.headline(), a.standfirst(), html.isBlank() ? null : html, text,
        a.date() == null ? null : FeedTime.of(a.date()), a.tags(),
        agency == null ? null : List.of(new Author(agency)));
  }
}

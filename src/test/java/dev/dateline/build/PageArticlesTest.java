package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Articles are found, and replaced, wherever a page model holds them. */
class PageArticlesTest {

  private static final Path CONTENT =
      Path.of("src/test/resources/dev/dateline/build/archive/content");

  record Link(String label, String url) {}

  record Feed(String title, List<Link> links, List<Article> entries) {}

  record Single(Link home, Optional<Article> article) {}

  record Shelf(Object content, List<Object> mixed) {}

  private final PageArticles pageArticles = new PageArticles();
  private final Article oil = parse("2019/09/oil-prices.txt").withBody(List.of());
  private final Article chess = parse("2019/10/chess-final.txt").withBody(List.of());

  @Test
  void findsTheArticlesOfListsOptionalsAndOpenTypesInModelOrder() {
    Shelf shelf = new Shelf(new Feed("Latest", List.of(new Link("Home", "")), List.of(oil, chess)),
        List.of("text", new Single(new Link("Home", ""), Optional.of(chess))));

    List<String> found = new ArrayList<>();
    pageArticles.forEach(shelf, article -> found.add(article.source()));

    assertThat(found).containsExactly(oil.source(), chess.source(), chess.source());
  }

  @Test
  void replacesArticlesAndKeepsEverythingElse() {
    Feed feed = new Feed("Latest", List.of(new Link("Home", "")), List.of(oil, chess));

    Feed whole = pageArticles.replace(feed, a -> a.withBody(List.of("Body of " + a.headline())));

    assertThat(whole.title()).isEqualTo("Latest");
    assertThat(whole.links()).isSameAs(feed.links());
    assertThat(whole.entries()).extracting(a -> a.body().get(0))
        .containsExactly("Body of " + oil.headline(), "Body of " + chess.headline());
    assertThat(whole.entries().get(0).withBody(List.of())).isEqualTo(oil);
  }

  @Test
  void aModelWithoutArticlesComesBackAsItIs() {
    Feed empty = new Feed("Nothing", List.of(new Link("Home", "")), List.of());
    Single none = new Single(new Link("Home", ""), Optional.empty());

    assertThat(pageArticles.replace(empty, a -> a.withBody(List.of("x")))).isSameAs(empty);
    assertThat(pageArticles.replace(none, a -> a.withBody(List.of("x")))).isSameAs(none);
  }

  private static Article parse(String path) {
    try {
      return new ArticleParser(ParserSettings.defaults())
          .parse("content/" + path, Files.readAllBytes(CONTENT.resolve(path))).article()
          .orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package dev.dateline.site;

import static dev.dateline.site.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

  /** Newest first, as the site orders them. */
  private final List<Article> articles = List.of(
      article("a", "2020-01-10", "CSTO", "UN", "Afghanistan"),
      article("b", "2020-01-09", "CSTO"),
      article("c", "2020-01-08", "Grain"),
      article("d", "2020-01-05", "CSTO", "UN"),
      article("e", "2019-12-01", "CSTO", "UN", "Afghanistan"),
      article("f", "2019-11-01", "UN"));

  private List<String> relatedTo(int index, int limit, int window) {
    return new RelatedArticles(articles, limit, window).of(index).stream()
        .map(Article::slug).toList();
  }

  @Test
  void moreSharedTagsComeFirstThenNearerDates() {
    // e shares three tags with a; d two; b and f one each, b nearer in time than f.
    assertThat(relatedTo(0, 5, 10)).containsExactly("e", "d", "b", "f");
  }

  @Test
  void anArticleWithoutSharedTagsHasNoRelatedArticles() {
    assertThat(relatedTo(2, 5, 10)).isEmpty();
  }

  @Test
  void theListIsCutAtTheLimit() {
    assertThat(relatedTo(0, 2, 10)).containsExactly("e", "d");
  }

  @Test
  void candidatesComeFromANearbyWindowOfEachTagsList() {
    // With a window of one, a sees only its neighbours in each tag's list: b (CSTO), d (UN)
    // and e (Afghanistan); f is too far down the UN list.
    assertThat(relatedTo(0, 5, 1)).containsExactly("e", "d", "b");
  }

  @Test
  void theSameArticlesAlwaysGiveTheSameAnswer() {
    assertThat(relatedTo(3, 5, 10)).isEqualTo(relatedTo(3, 5, 10))
        .containsExactly("a", "e", "b", "f");
  }
}

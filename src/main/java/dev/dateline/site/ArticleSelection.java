package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Some of the site's articles, an immutable list that knows where each stands in site order, so
 * that what is made once per article (its teaser) is found by position, not looked up.
 */
final class ArticleSelection extends AbstractList<Article> implements RandomAccess {

  private final List<Article> site;
  private final int[] positions;

  /**
   * @param site the site's articles, in site order
   * @param positions the selected articles' positions in {@code site}, in the selection's order;
   *     the array is the selection's own from now on
   */
  ArticleSelection(List<Article> site, int[] positions) {
    this.site = site;
    this.positions = positions;
  }

  /** The site position of the selection's {@code index}-th article. */
  int position(int index) {
    return positions[index];
  }

  @Override
  public Article get(int index) {
    return site.get(positions[index]);
  }

  @Override
  public int size() {
    return positions.length;
  }
}

package dev.dateline.site;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The links to an article's related articles, an immutable list found the first time it is read:
 * a rebuild reads those of the few pages it renders again, not those of the whole archive. Found
 * once, whichever thread reads first; the others wait for it and read the same list.
 */
final class RelatedLinks extends AbstractList<Link> implements RandomAccess {

  private final RelatedArticles related;
  private final int position;
  private final IntFunction<Link> linkAt;
  private volatile List<Link> links;

  /**
   * @param position the article's site position
   * @param linkAt the link to the article at a site position
   */
  RelatedLinks(RelatedArticles related, int position, IntFunction<Link> linkAt) {
    this.related = related;
    this.position = position;
    this.linkAt = linkAt;
  }

  private List<Link> links() {
    List<Link> found = links;
    if (found == null) {
      synchronized (this) {
        found = links;
        if (found == null) {
          int[] positions = related.positionsOf(position);
          Link[] array = new Link[positions.length];
          for (int k = 0; k < array.length; k++) {
            array[k] = linkAt.apply(positions[k]);
          }
          found = List.of(array);
          links = found;
        }
      }
    }
    return found;
  }

  @Override
  public Link get(int index) {
    return links().get(index);
  }

  @Override
  public int size() {
    return links().size();
  }

  @Override
  public Iterator<Link> iterator() {
    return links().iterator();
  }

  @Override
  public ListIterator<Link> listIterator(int index) {
    return links().listIterator(index);
  }

  @Override
  public boolean equals(Object other) {
    return other == this || links().equals(other);
  }

  @Override
  public int hashCode() {
    return links().hashCode();
  }
}

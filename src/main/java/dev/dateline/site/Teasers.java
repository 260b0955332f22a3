package dev.dateline.site;

import dev.dateline.article.Article;
import java.util.List;

/**
 * Every article's teaser and link, made once and shared by every list and page that shows the
 * article: an article appears in the home list, its day, month, tags, place, agency and
 * photographer lists, and in its neighbours' and related articles' links.
 */
final class Teasers {

  private final List<Teaser> all;
  private final Link[] links;

  /** @param articles in site order */
  Teasers(List<Article> articles, Dates dates) {
    Teaser[] teasers = new Teaser[articles.size()];
    this.links = new Link[articles.size()];
    for (int i = 0; i < teasers.length; i++) {
      Article a = articles.get(i);
      teasers[i] = new Teaser(a.headline(), a.url(), a.date(),
          a.date() == null ? null : dates.text(a.date()), a.standfirst(),
          a.dateline() == null ? null : a.dateline().place());
      links[i] = Link.to(a.headline(), a.url());
    }
    this.all = List.of(teasers);
  }

  /** The teasers of all articles, in site order. */
  List<Teaser> all() {
    return all;
  }

  /** The teasers of some of the site's articles, in their order. */
  List<Teaser> of(ArticleSelection articles) {
    Teaser[] selected = new Teaser[articles.size()];
    for (int i = 0; i < selected.length; i++) {
      selected[i] = all.get(articles.position(i));
    }
    return List.of(selected);
  }

  /** The teasers of the articles at site positions {@code from} (included) to {@code to}. */
  List<Teaser> range(int from, int to) {
    return all.subList(from, to);
  }

  /** The link to the article at {@code position} in site order. */
  Link link(int position) {
    return links[position];
  }
}

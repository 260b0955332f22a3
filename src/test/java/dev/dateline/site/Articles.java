package dev.dateline.site;

import dev.dateline.article.Article;
import dev.dateline.article.ArticleUrls;
import dev.dateline.article.DateSource;
import dev.dateline.article.Dateline;
import dev.dateline.article.Photo;
import java.time.LocalDate;
import java.util.List;

/** Article records for model tests, with only what the model reads filled in. */
final class Articles {

  private Articles() {}

  static Article article(String slug, String date, String... tags) {
    LocalDate d = date == null ? null : LocalDate.parse(date);
    return new Article("content/" + slug + ".txt", slug, ArticleUrls.urlOf(d, slug), null,
        "Headline of " + slug, "Standfirst of " + slug, null, null, d,
        d == null ? null : DateSource.PATH, List.of("Body of " + slug + "."), List.of(tags),
        List.of(), false);
  }

  static Article filed(String slug, String date, String place, String agency,
      String photographer) {
    Article a = article(slug, date);
    return new Article(a.source(), a.slug(), a.url(), null, a.headline(), a.standfirst(),
        photographer == null ? null
            : new Photo("A caption", photographer + "/" + agency, photographer, agency),
        new Dateline(place.toUpperCase(java.util.Locale.ROOT) + ", " + date + ". /" + agency
            + "/.", place, a.date(), agency),
        a.date(), a.dateSource(), a.body(), a.tags(), a.warnings(), false);
  }
}

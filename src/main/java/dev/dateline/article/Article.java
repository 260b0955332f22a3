package dev.dateline.article;

import java.time.LocalDate;
import java.util.List;

/**
 * One parsed article: the record of {@code shared/spec/article-record.md}. Fields the article does
 * not have are {@code null} (objects) or empty (lists), never invented.
 *
 * @param source the file as given (e.g. {@code content/2019/09/x.txt})
 * @param slug the last URL segment, ASCII
 * @param url the article's folder relative to the site root, e.g. {@code 2019/09/10/slug/};
 *     {@code slug/} when the article has no date
 * @param date the publication date, {@code null} when nothing gives one
 * @param dateSource what gave {@link #date()}, {@code null} when it is null
 * @param draft front matter said {@code draft: true}: parsed, never published
 */
public record Article(
    String source,
    String slug,
    String url,
    String section,
    String headline,
    String standfirst,
    Photo photo,
    Dateline dateline,
    LocalDate date,
    DateSource dateSource,
    List<String> body,
    List<String> tags,
    List<String> warnings,
    boolean draft) {

  public Article {
    body = List.copyOf(body);
    tags = List.copyOf(tags);
    warnings = List.copyOf(warnings);
  }

  public Article withSlugAndUrl(String newSlug, String newUrl) {
    return new Article(source, newSlug, newUrl, section, headline, standfirst, photo, dateline, date,
        dateSource, body, tags, warnings, draft);
  }

  public Article withBody(List<String> newBody) {
    return new Article(source, slug, url, section, headline, standfirst, photo, dateline, date,
        dateSource, newBody, tags, warnings, draft);
  }

  public Article withTags(List<String> newTags) {
    return new Article(source, slug, url, section, headline, standfirst, photo, dateline, date,
        dateSource, body, newTags, warnings, draft);
  }
}

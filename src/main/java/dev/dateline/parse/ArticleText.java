package dev.dateline.parse;

import dev.dateline.article.Photo;
import java.util.List;

/**
 * What the text of a file holds, before front matter and dates are weighed in.
 *
 * @param headlineLine file line of the headline, 0 when there is none
 * @param dateline the dateline, or {@code null}
 * @param bodyLine file line of the first body paragraph, 0 when there is no body
 */
record ArticleText(String section, String headline, int headlineLine, String standfirst,
    Photo photo, DatelineParser.Match dateline, List<String> body, int bodyLine,
    List<String> tags) {

  ArticleText {
    body = List.copyOf(body);
    tags = List.copyOf(tags);
  }
}

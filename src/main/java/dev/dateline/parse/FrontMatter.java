package dev.dateline.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What a YAML block at the top of the file states; each field {@code null} (or empty) when the
 * block does not state it. What it states wins over what the text suggests.
 *
 * @param bodyStart index of the first text line after the block (0 without front matter)
 * @param slugLine file line of {@code slug:}, for messages
 */
record FrontMatter(String headline, String section, String standfirst, String slug, int slugLine,
    LocalDate date, List<String> tags, boolean draft, int bodyStart) {

  static final FrontMatter NONE = new FrontMatter(null, null, null, null, 0, null, List.of(), false,
      0);

  FrontMatter {
    tags = List.copyOf(tags);
  }
}

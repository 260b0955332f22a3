package dev.dateline.tags;

import dev.dateline.article.Article;
import dev.dateline.article.Photo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the tag fixtures (TASS page copy, Reuters and AP text) into Article records, so that the
 * tag tests do not depend on the parser, which is being rewritten: headline, then an optional
 * block of standfirst, caption and credit lines, then body paragraphs with the dateline removed.
 */
final class WireText {

  private static final Pattern DATELINE = Pattern.compile(
      "^[^a-z]{2,60}?(?:/TASS/\\.|\\((?:Reuters|AP|AFP|Xinhua)\\)\\s*(?:--|[-\u2014\u2013]))\\s*");

  private WireText() {}

  static Article read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article parse(String source, String text) {
    List<String> blocks = new ArrayList<>();
    for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      if (!block.isBlank() && !block.strip().equals("All news")) {
        blocks.add(block.strip());
      }
    }
    String headline = blocks.get(0);
    String standfirst = null;
    Photo photo = null;
    int bodyStart = 1;
    if (blocks.size() > 2 && !DATELINE.matcher(blocks.get(1)).find()) {
      String[] lines = blocks.get(1).split("\n");
      standfirst = lines[0].strip();
      if (lines.length >= 3) {
        photo = new Photo(lines[1].strip(), lines[2].strip(), null, null);
      }
      bodyStart = 2;
    }
    List<String> body = new ArrayList<>();
    for (int i = bodyStart; i < blocks.size(); i++) {
      String paragraph = blocks.get(i).replaceAll("\\s*\n\\s*", " ");
      body.add(i == bodyStart ? DATELINE.matcher(paragraph).replaceFirst("") : paragraph);
    }
    return new Article(source, "", "", null, headline, standfirst, photo, null, null, null, body,
        List.of(), List.of(), false);
  }
}

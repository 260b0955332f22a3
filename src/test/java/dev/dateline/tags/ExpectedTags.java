package dev.dateline.tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The expected tags of one corpus article, written by hand in {@code NAME.tags} beside it:
 * {@code + Tag} must be among the tags, a plain {@code Tag} is expected (it counts towards
 * precision and recall but a miss does not fail the article), {@code - Word} must not appear.
 * Lines starting with {@code #} are comments.
 *
 * @param must tags the article must get
 * @param expected every tag a careful editor would give, {@code must} included
 * @param mustNot words that must never be tags of this article
 */
record ExpectedTags(Set<String> must, Set<String> expected, Set<String> mustNot) {

  static ExpectedTags read(Path file) {
    Set<String> must = new LinkedHashSet<>();
    Set<String> expected = new LinkedHashSet<>();
    Set<String> mustNot = new LinkedHashSet<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        if (text.startsWith("+")) {
          must.add(text.substring(1).strip());
          expected.add(text.substring(1).strip());
        } else if (text.startsWith("-")) {
          mustNot.add(text.substring(1).strip());
        } else {
          expected.add(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExpectedTags(Set.copyOf(must), Set.copyOf(expected), Set.copyOf(mustNot));
  }
}

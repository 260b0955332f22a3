package dev.dateline.bench;

import dev.dateline.article.Article;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Articles in the wire format for benchmarks: article {@code i} depends only on {@code i}, with
 * 3–12 body paragraphs, a photo on most, 0–5 tags from a long-tailed list and dates over 20
 * years, so lists, tags and dates have the shapes of a real archive.
 */
final class SyntheticArchive {

  private static final String[] WORDS = ("ministry government said statement talks border"
      + " prices oil gas grain harvest summit president minister parliament election court"
      + " agency report officials sanctions exports imports bank rate inflation budget"
      + " security council peace agreement delegation visit capital region military exercise"
      + " launch satellite station energy pipeline trade deal investment growth forecast").split(" ");
  private static final String[] PLACES = {"MOSCOW", "BEIJING", "ASTANA", "MINSK", "TOKYO",
      "BERLIN", "CAIRO", "HAVANA", "DELHI", "ANKARA"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};

  private SyntheticArchive() {}

  /** The path of article {@code i} inside a content folder, and its text. */
  record Item(String path, String text) {}

  static Item item(int i) {
    Random random = new Random(i * 7919L + 17);
    int year = 2005 + random.nextInt(20);
    int month = random.nextInt(12);
    int day = 1 + random.nextInt(28);
    String headline = capitalised(words(random, 5 + random.nextInt(8))) + " " + i;
    StringBuilder text = new StringBuilder("All news\n\n").append(headline).append("\n\n")
        .append(capitalised(words(random, 15))).append('.');
    if (random.nextInt(10) < 7) {
      text.append("\nA view of the ").append(WORDS[random.nextInt(WORDS.length)])
          .append("\n Ivan Petrov/TASS\nA view\n© Ivan Petrov/TASS");
    }
    text.append("\n\n").append(PLACES[random.nextInt(PLACES.length)]).append(", ")
        .append(MONTHS[month]).append(' ').append(day).append(". /TASS/. ");
    int paragraphs = 3 + random.nextInt(10);
    for (int p = 0; p < paragraphs; p++) {
      for (int s = 0; s < 4; s++) {
        text.append(capitalised(words(random, 8 + random.nextInt(12)))).append(". ");
      }
      text.append("\n\n");
    }
    int tags = random.nextInt(6);
    if (tags > 0) {
      List<String> names = new ArrayList<>();
      for (int t = 0; t < tags; t++) {
        int rank = (int) Math.floor(Math.pow(500, random.nextDouble()));
        names.add("topic " + rank);
      }
      text.append("Tags: ").append(String.join(", ", names)).append('\n');
    }
    String slug = String.format(Locale.ROOT, "%04d/%02d/article-%d.txt", year, month + 1, i);
    return new Item(slug, text.toString());
  }

  /** Writes articles {@code 0..n-1} into {@code content}. */
  static void write(Path content, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      Item item = item(i);
      Path file = content.resolve(item.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, item.text(), StandardCharsets.UTF_8);
    }
  }

  /** Articles {@code 0..n-1}, parsed. */
  static List<Article> parsed(int n) {
    ArticleParser parser = new ArticleParser(ParserSettings.defaults());
    List<Article> articles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Item item = item(i);
      parser.parse("content/" + item.path(), item.text().getBytes(StandardCharsets.UTF_8))
          .article().ifPresent(articles::add);
    }
    return articles;
  }

  private static String words(Random random, int count) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        s.append(' ');
      }
      s.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

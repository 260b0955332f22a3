package dev.dateline.parse;

import dev.dateline.article.Article;
import dev.dateline.article.DateSource;
import dev.dateline.article.Dateline;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Photo;
import dev.dateline.article.Problem;
import dev.dateline.slug.Slugger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one article file (TASS page copy) into a record. Thread-safe. */
public final class ArticleParser {

  private static final Pattern TASS_DATELINE =
      Pattern.compile("^([A-Z][A-Z .'-]+), ([A-Z][a-z]+) (\\d{1,2})\\. /(TASS)/\\.");
  private static final Pattern YEAR_FOLDER = Pattern.compile("(?:^|/)((?:19|20)\\d\\d)/");

  private final ParserSettings settings;
  private final Slugger slugger = new Slugger();

  public ArticleParser(ParserSettings settings) {
    this.settings = settings;
  }

  public ParseResult parse(String source, byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "")
        .replace("\r\n", "\n");
    List<String> blocks = new ArrayList<>();
    for (String block : text.split("\n\\s*\n")) {
      if (!block.isBlank() && !block.strip().equals("All news")) {
        blocks.add(block);
      }
    }
    if (blocks.isEmpty()) {
      problems.add(Problem.error(source, 1, "no headline found; an article needs a headline line"));
      return ParseResult.failed(source, problems);
    }
    String headline = blocks.get(0).strip();
    String standfirst = null;
    Photo photo = null;
    int bodyStart = 1;
    if (blocks.size() > 2) {
      String[] lines = blocks.get(1).split("\n");
      standfirst = lines[0].strip();
      if (lines.length >= 3) {
        String credit = lines[2].strip().replaceFirst("^©\\s*", "");
        String[] halves = credit.split("/", 2);
        photo = new Photo(lines[1].strip(), credit, halves.length == 2 ? halves[0] : null,
            halves.length == 2 ? halves[1] : null);
      }
      bodyStart = 2;
    }
    List<String> body = new ArrayList<>();
    for (int i = bodyStart; i < blocks.size(); i++) {
      body.add(blocks.get(i).strip().replaceAll("\\s*\n\\s*", " "));
    }
    Dateline dateline = null;
    LocalDate date = null;
    DateSource dateSource = null;
    List<String> warnings = new ArrayList<>();
    if (!body.isEmpty()) {
      Matcher m = TASS_DATELINE.matcher(body.get(0));
      if (m.find()) {
        Matcher year = YEAR_FOLDER.matcher(source);
        Integer y = year.find() ? Integer.valueOf(year.group(1)) : settings.defaultYear();
        if (y != null) {
          date = LocalDate.of(y, Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
              Integer.parseInt(m.group(3)));
          dateSource = DateSource.PATH;
          warnings.add("year not stated in the dateline; taken from the path");
        }
        String place = titleCase(m.group(1));
        dateline = new Dateline(m.group(0), place, date, m.group(4));
        body.set(0, body.get(0).substring(m.end()).strip());
      }
    }
    String slug = slugger.slug(headline);
    String url = date == null ? slug + "/"
        : String.format(Locale.ROOT, "%04d/%02d/%02d/%s/", date.getYear(), date.getMonthValue(),
            date.getDayOfMonth(), slug);
    Article article = new Article(source, slug, url, null, headline, standfirst, photo, dateline,
        date, dateSource, body, List.of(), warnings, false);
    return ParseResult.of(article, problems);
  }

  private static String titleCase(String caps) {
    StringBuilder out = new StringBuilder();
    for (String word : caps.toLowerCase(Locale.ROOT).split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }
}

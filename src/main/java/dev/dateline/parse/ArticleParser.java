package dev.dateline.parse;

import dev.dateline.article.Article;
import dev.dateline.article.ArticleUrls;
import dev.dateline.article.Dateline;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of one article file into an {@link Article} record and the problems found,
 * each with its line. Build one and share it: it holds no state of the files it reads.
 */
public final class ArticleParser {

  /** Longer than this, the first line is more likely a paragraph than a headline. */
  private static final int LONG_HEADLINE = 300;

  private final ParserSettings settings;
  private final TextDecoder decoder = new TextDecoder();
  private final FrontMatterReader frontMatter = new FrontMatterReader();
  private final DatelineParser datelines = new DatelineParser();
  private final CreditParser credits = new CreditParser();
  private final SlugPolicy slugs = new SlugPolicy();
  private final DateResolver dates;

  public ArticleParser(ParserSettings settings) {
    this.settings = settings == null ? ParserSettings.defaults() : settings;
    this.dates = new DateResolver(this.settings.defaultYear());
  }

  /** Never throws, never returns {@code null}: a file that holds no article gives an error. */
  public ParseResult parse(String source, byte[] bytes) {
    try {
      return parseChecked(source, bytes);
    } catch (RuntimeException | StackOverflowError e) {
      return ParseResult.failed(source, List.of(Problem.error(source, 0,
          "the parser failed on this file (" + e + "); please report it with the file")));
    }
  }

  private ParseResult parseChecked(String source, byte[] bytes) {
    ProblemList problems = new ProblemList(source);
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    if (decoded.failed()) {
      problems.error(decoded.errorLine(), decoded.error());
      return ParseResult.failed(source, problems.all());
    }
    List<String> lines = decoded.lines();
    FrontMatter matter = frontMatter.read(lines, problems);
    LineCursor cursor = LineCursor.of(decoded, matter.bodyStart());
    ArticleText text = new ArticleReader(cursor, datelines, credits).read();

    String headline = matter.headline() != null ? matter.headline() : text.headline();
    if (headline == null) {
      problems.error(text.bodyLine() > 0 ? text.bodyLine() : 1, text.bodyLine() > 0
          ? "no headline: the file starts with the body; put the headline on the first line"
          : "no headline: the file holds only page navigation; an article needs a headline"
              + " and a body");
      return ParseResult.failed(source, problems.all());
    }
    if (text.body().isEmpty()) {
      problems.error(text.headlineLine() > 0 ? text.headlineLine() : 1,
          "no body: nothing follows the headline '" + shorten(headline) + "'");
      return ParseResult.failed(source, problems.all());
    }
    if (matter.headline() == null && headline.length() > LONG_HEADLINE) {
      problems.warning(text.headlineLine(), "the headline is " + headline.length()
          + " characters long; is the first line really the headline?");
    }

    DateResolver.Resolved date = dates.resolve(matter.date(), text.dateline(), text.bodyLine(),
        SourcePath.of(source), problems);
    dates.checkWeekday(date.date(), text.body().get(0), text.bodyLine(), problems);
    Dateline dateline = text.dateline() == null ? null
        : new Dateline(text.dateline().raw(), text.dateline().place(), date.datelineDate(),
            text.dateline().agency());
    String slug = slugs.slug(matter, headline, source, problems);
    String url = ArticleUrls.urlOf(date.date(), slug);

    Article article = new Article(source, slug, url, first(matter.section(), text.section()),
        headline, first(matter.standfirst(), text.standfirst()), text.photo(), dateline,
        date.date(), date.source(), text.body(), tags(matter.tags(), text.tags()),
        problems.warningMessages(), matter.draft());
    return ParseResult.of(article, problems.all());
  }

  /** Front matter tags, then the text's; the first spelling of a tag wins. */
  private static List<String> tags(List<String> first, List<String> second) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (List<String> list : List.of(first, second)) {
      for (String tag : list) {
        String t = Text.clean(tag);
        if (!t.isEmpty()) {
          tags.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
        }
      }
    }
    return new ArrayList<>(tags.values());
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}

package dev.dateline.site;

import dev.dateline.article.Article;
import dev.dateline.article.ParseResult;
import dev.dateline.cli.Main;
import dev.dateline.config.SiteConfig;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import dev.dateline.render.RenderedFile;
import dev.dateline.render.SiteRenderer;
import dev.dateline.slug.Slugger;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test site: the articles under {@code src/test/resources/site/content/} built with the
 * project's own templates and a page size small enough to paginate every list.
 */
final class TestSite {

  static final String BASE_URL = "https://example.org/sub/path/";
  static final Path TEMPLATES = Path.of("templates");
  static final int PAGE_SIZE = 3;

  private TestSite() {}

  static SiteConfig config() {
    return new SiteConfig("Test Wire Archive", "A test archive of wire copy", BASE_URL, "en",
        PAGE_SIZE, 4, null, PAGE_SIZE, 3, 5, 10);
  }

  static Path content() {
    try {
      return Path.of(TestSite.class.getResource("/site/content").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds the test site with {@code dateline build}, as a user would; returns the folder. */
  static Path buildWithCli(Path out) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"build", "--content", content().toString(),
        "--templates", TEMPLATES.toString(), "--out", out.toString(), "--base-url", BASE_URL,
        "--page-size", String.valueOf(PAGE_SIZE), "--title", "Test Wire Archive"},
        new PrintWriter(stdout), new PrintWriter(stderr));
    if (code != 0) {
      throw new AssertionError("dateline build failed with " + code + ":\n" + stderr);
    }
    return out;
  }

  /**
   * The fixture articles as records, with the tags of their closing "Tags:" line. Until the
   * parser reads that line itself, it is taken from the body here; once it does, the parser's
   * tags are kept as they are.
   */
  static List<Article> articles() {
    ArticleParser parser = new ArticleParser(new ParserSettings(null));
    Path root = content();
    try (Stream<Path> files = Files.walk(root)) {
      List<Article> articles = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String source = "content/" + root.relativize(file).toString().replace('\\', '/');
        ParseResult result = parser.parse(source, Files.readAllBytes(file));
        articles.add(withTagLine(result.article().orElseThrow(
            () -> new AssertionError(source + " did not parse: " + result.problems()))));
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Article withTagLine(Article a) {
    if (!a.tags().isEmpty() || a.body().isEmpty()) {
      return a;
    }
    String last = a.body().get(a.body().size() - 1);
    if (!last.startsWith("Tags:")) {
      return a;
    }
    List<String> tags = Arrays.stream(last.substring(5).split(",")).map(String::strip)
        .filter(t -> !t.isEmpty()).toList();
    return new Article(a.source(), a.slug(), a.url(), a.section(), a.headline(), a.standfirst(),
        a.photo(), a.dateline(), a.date(), a.dateSource(), a.body().subList(0,
        a.body().size() - 1), tags, a.warnings(), a.draft());
  }

  /** The model of the test site, tags included. */
  static Site model() {
    return new SiteModel(config(), new Slugger()).build(articles());
  }

  /**
   * Builds the test site, tags included, through the model and the renderer (the phases of the
   * build between parsing and publishing) into {@code out}; returns the folder.
   */
  static Path buildTagged(Path out) {
    Site site = model();
    SiteRenderer renderer = new SiteRenderer(config(), TEMPLATES);
    try {
      for (Page page : site.pages()) {
        RenderedFile file = renderer.render(page);
        Path target = out.resolve(file.path());
        Files.createDirectories(target.getParent());
        Files.write(target, file.bytes());
      }
      Path css = out.resolve(SiteRenderer.STYLESHEET);
      Files.createDirectories(css.getParent());
      Files.copy(TEMPLATES.resolve(SiteRenderer.STYLESHEET), css);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

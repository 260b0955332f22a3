package dev.dateline.build;

import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import dev.dateline.parse.ArticleParser;
import java.io.IOException;
import java.util.List;

/**
 * Reads and parses one article file so that no file can stop the build: a file that cannot be
 * read, grew over the size limit, or trips a fault in the parser becomes a failed result with one
 * error naming the file, and the build goes on with the others. Thread-safe.
 */
final class SourceParser {

  /** What turns a file's bytes into a result: the article parser, or a stand-in in tests. */
  interface Parse {
    ParseResult parse(String source, byte[] bytes);
  }

  private final ContentLoader loader;
  private final Parse parser;

  SourceParser(ContentLoader loader, ArticleParser parser) {
    this(loader, parser::parse);
  }

  SourceParser(ContentLoader loader, Parse parser) {
    this.loader = loader;
    this.parser = parser;
  }

  ParseResult parse(SourceFile file) {
    byte[] bytes;
    try {
      bytes = loader.read(file);
    } catch (ContentLoader.FileTooLargeException e) {
      return ParseResult.failed(file.source(), List.of(e.problem()));
    } catch (IOException e) {
      return failed(file, "cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "); check that the file exists and is readable");
    }
    try {
      return parser.parse(file.source(), bytes);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(file, "Dateline could not parse this file (" + e.getClass().getSimpleName()
          + "); it is left out of the site. Please report this with the file attached");
    }
  }

  private static ParseResult failed(SourceFile file, String message) {
    return ParseResult.failed(file.source(), List.of(Problem.error(file.source(), 0, message)));
  }
}

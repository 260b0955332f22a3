package dev.dateline.build;

import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import dev.dateline.parse.ArticleParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and parses one article file so that no file can stop the build: a file that cannot be
 * read, grew over the size limit, or trips a fault in the parser becomes a failed result with one
 * error naming the file, and the build goes on with the others. Thread-safe.
 */
public final class SourceParser {

  /** What turns a file's bytes into a result: the article parser, or a stand-in in tests. */
  public interface Parse {
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

  /**
   * Reads and parses files named one by one rather than found in a content folder, under the same
   * size limit and fault guard as the build: for {@code dateline parse}.
   */
  public static SourceParser forFiles(long maxFileSize, Parse parser) {
    return new SourceParser(new ContentLoader(maxFileSize), parser);
  }

  /** The result for the file at {@code path}, named {@code source} in the record and messages. */
  public ParseResult parse(Path path, String source) {
    return parse(new SourceFile(source, path));
  }

  /** A file's bytes, or, when it cannot be read, the failed result that stands for it. */
  record Read(byte[] bytes, ParseResult failure) {}

  ParseResult parse(SourceFile file) {
    Read read = read(file);
    return read.failure() != null ? read.failure() : parse(file, read.bytes());
  }

  Read read(SourceFile file) {
    try {
      return new Read(loader.read(file), null);
    } catch (ContentLoader.FileTooLargeException e) {
      return new Read(null, ParseResult.failed(file.source(), List.of(e.problem())));
    } catch (IOException e) {
      return new Read(null, failed(file, "cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "); check that the file exists and is readable"));
    }
  }

  ParseResult parse(SourceFile file, byte[] bytes) {
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

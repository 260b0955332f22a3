package dev.dateline.article;

import java.util.List;
import java.util.Optional;

/**
 * What the parser made of one file: the article, when the file holds one, and the problems found.
 * A result without an article carries at least one error saying why.
 */
public record ParseResult(String source, Optional<Article> article, List<Problem> problems) {

  public ParseResult {
    problems = List.copyOf(problems);
  }

  public static ParseResult of(Article article, List<Problem> problems) {
    return new ParseResult(article.source(), Optional.of(article), problems);
  }

  public static ParseResult failed(String source, List<Problem> problems) {
    return new ParseResult(source, Optional.empty(), problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}

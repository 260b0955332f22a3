package dev.dateline.parse;

import dev.dateline.article.Problem;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one file, in the order found. */
final class ProblemList {

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  ProblemList(String source) {
    this.source = source;
  }

  void error(int line, String message) {
    problems.add(Problem.error(source, line, message));
  }

  void warning(int line, String message) {
    problems.add(Problem.warning(source, line, message));
  }

  List<Problem> all() {
    return List.copyOf(problems);
  }

  /** The messages a record carries in {@code warnings}: warnings only; errors fail the build. */
  List<String> warningMessages() {
    List<String> messages = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      if (!problem.isError()) {
        messages.add(problem.message());
      }
    }
    return messages;
  }
}

package dev.dateline.cli;

import dev.dateline.article.Problem;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a build's problems as {@code file:line: severity: message}, sorted. Every error is
 * printed; a warning that many files share (a year taken from the path, in an archive laid out
 * by year) is printed for the first few files, then counted, so the rest stays readable.
 */
final class ProblemPrinter {

  private final int warningsPerMessage;

  ProblemPrinter(int warningsPerMessage) {
    this.warningsPerMessage = warningsPerMessage;
  }

  void print(List<Problem> problems, PrintWriter err) {
    Map<String, Integer> shown = new HashMap<>();
    for (Problem problem : problems) {
      if (problem.isError()) {
        err.println(problem);
        continue;
      }
      int count = shown.merge(problem.message(), 1, Integer::sum);
      if (count <= warningsPerMessage) {
        err.println(problem);
      }
    }
    new TreeMap<>(shown).forEach((message, count) -> {
      if (count > warningsPerMessage) {
        err.println("... and " + (count - warningsPerMessage) + " more files: warning: "
            + message);
      }
    });
  }
}

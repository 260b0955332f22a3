package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemPrinterTest {

  private static final String YEAR = "year not stated in the dateline; taken from the path";

  @Test
  void aWarningManyFilesShareIsListedForTheFirstFewThenCounted() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      problems.add(Problem.warning("content/2019/09/a" + i + ".txt", 7, YEAR));
    }
    problems.add(Problem.warning("content/2019/09/b.txt", 3, "unknown front matter key 'x'"));

    List<String> lines = print(problems);

    assertThat(lines).containsExactly(
        "content/2019/09/a1.txt:7: warning: " + YEAR,
        "content/2019/09/a2.txt:7: warning: " + YEAR,
        "content/2019/09/a3.txt:7: warning: " + YEAR,
        "content/2019/09/b.txt:3: warning: unknown front matter key 'x'",
        "... and 4 more files: warning: " + YEAR);
  }

  @Test
  void everyErrorIsListed() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      problems.add(Problem.error("content/x" + i + ".txt", 0, "not valid UTF-8"));
    }
    assertThat(print(problems)).hasSize(5).allMatch(line -> line.contains(": error: "));
  }

  private static List<String> print(List<Problem> problems) {
    StringWriter err = new StringWriter();
    new ProblemPrinter(3).print(problems, new PrintWriter(err, true));
    return err.toString().lines().toList();
  }
}

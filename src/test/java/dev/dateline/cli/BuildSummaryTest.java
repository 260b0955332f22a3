package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary a build prints: counts, sizes, time per phase, and what a rebuild kept. */
class BuildSummaryTest {

  private static final String CONTENT = "src/test/resources/dev/dateline/build/archive/content";

  @TempDir
  Path work;

  @Test
  void firstBuildRendersEveryPageAndARebuildKeepsThemAll() {
    String first = build();
    String second = build();

    assertThat(first).containsPattern("Built 6 articles into (\\d+) pages in .*site \\(\\1 rendered,"
        + " 0 unchanged since the last build\\): \\d+ files written, 0 kept as they were,"
        + " [\\d.]+ MB; 0 errors, \\d+ warnings\\.");
    assertThat(first).containsPattern(
        "Time per phase: load [\\d.]+s parse [\\d.]+s model [\\d.]+s digest [\\d.]+s render [\\d.]+s");
    assertThat(second).containsPattern("Built 6 articles into (\\d+) pages in .*site \\(0 rendered,"
        + " \\1 unchanged since the last build\\): 0 files written, \\d+ kept as they were");
    assertThat(second).doesNotContain("GitHub Pages");
  }

  private String build() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"build", "--content", CONTENT, "--templates", "templates",
        "--out", work.resolve("site").toString()}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertThat(err.toString().lines()).allMatch(line -> line.contains("warning: "));
    assertThat(exit).isZero();
    return out.toString();
  }
}

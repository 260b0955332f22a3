package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceParserTest {

  @TempDir
  Path content;

  private SourceFile file(String name, String text) throws IOException {
    Path path = content.resolve(name);
    SiteFolders.write(path, text);
    return new SourceFile("content/" + name, path);
  }

  private static Problem onlyProblem(ParseResult result) {
    assertThat(result.article()).isEmpty();
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0);
  }

  @Test
  void aFaultInTheParserBecomesOneErrorAboutThatFile() throws IOException {
    SourceParser parser = new SourceParser(new ContentLoader(), (source, bytes) -> {
      throw new IllegalArgumentException("No enum constant java.time.Month.SMARCH");
    });

    Problem problem = onlyProblem(parser.parse(file("smarch.txt", "MOSCOW, Smarch 10.")));

    assertThat(problem).isEqualTo(Problem.error("content/smarch.txt", 0, "Dateline could not"
        + " parse this file (IllegalArgumentException); it is left out of the site. Please report"
        + " this with the file attached"));
  }

  @Test
  void aParserRecursingTooDeepStopsOnlyThatFile() throws IOException {
    SourceParser parser = new SourceParser(new ContentLoader(), (source, bytes) -> {
      throw new StackOverflowError();
    });

    assertThat(onlyProblem(parser.parse(file("nested.md", ">".repeat(100_000)))).message())
        .contains("StackOverflowError");
  }

  @Test
  void aFileGoneSinceTheWalkIsReportedAsUnreadable() throws IOException {
    SourceFile gone = file("gone.txt", "x");
    Files.delete(gone.path());
    SourceParser parser = new SourceParser(new ContentLoader(), (source, bytes) -> {
      throw new AssertionError("never parsed");
    });

    assertThat(onlyProblem(parser.parse(gone)).message())
        .startsWith("cannot be read (NoSuchFileException");
  }

  @Test
  void aFileThatGrewOverTheLimitIsRejectedUnparsed() throws IOException {
    SourceFile grown = file("grown.txt", "y".repeat(2048));
    SourceParser parser = new SourceParser(new ContentLoader(1024), (source, bytes) -> {
      throw new AssertionError("never parsed");
    });

    assertThat(onlyProblem(parser.parse(grown)).message())
        .contains("over the limit of 1024 bytes", "--max-file-size");
  }

  @Test
  void theParsersVerdictIsPassedOn() throws IOException {
    ParseResult verdict = ParseResult.failed("content/a.txt",
        List.of(Problem.error("content/a.txt", 1, "no headline")));
    SourceParser parser = new SourceParser(new ContentLoader(), (source, bytes) -> verdict);

    assertThat(parser.parse(file("a.txt", "\n"))).isEqualTo(verdict);
  }
}

package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, standard output and standard error. */
class CommandLineTest {

  private static final Path REFERENCE = Path.of("content/2019/09/csto-un-peacekeeping.txt");

  record Run(int code, String out, String err) {}

  static Run dateline(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Run run = dateline("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("build", "parse");
  }

  @Test
  void eachCommandHasHelp() {
    assertThat(dateline("build", "--help").out()).contains("--content", "--templates", "--out");
    assertThat(dateline("parse", "--help").out()).contains("FILE");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run run = dateline("build", "--no-such-option");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--no-such-option");
  }

  @Test
  void parsePrintsOneJsonRecordPerFileInTheOrderGiven(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("2019/09/second.txt");
    Files.createDirectories(copy.getParent());
    Files.copy(REFERENCE, copy);

    Run run = dateline("parse", copy.toString(), REFERENCE.toString());

    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(lines.get(0)).get("source").asText()).isEqualTo(copy.toString());
    JsonNode reference = json.readTree(lines.get(1));
    assertThat(reference.get("source").asText())
        .isEqualTo("content/2019/09/csto-un-peacekeeping.txt");
    assertThat(reference.get("headline").asText())
        .isEqualTo("Post-Soviet security bloc deliberates on UN peacekeeping participation");
  }

  @Test
  void aFileThatCannotBeReadYieldsAnErrorLineAndANonZeroExit(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.txt");

    Run run = dateline("parse", missing.toString(), REFERENCE.toString());

    assertThat(run.code()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode error = new ObjectMapper().readTree(lines.get(0));
    assertThat(error.get("source").asText()).isEqualTo(missing.toString());
    assertThat(error.get("error").asText()).contains("cannot be read");
    assertThat(run.err()).contains(missing.toString());
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedUnreadAsTheBuildRejectsIt(@TempDir Path dir)
      throws IOException {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[64 * 1024]);

    Run run = dateline("parse", "--max-file-size", "32KB", big.toString(),
        REFERENCE.toString());

    assertThat(run.code()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines.get(0)).get("error").asText())
        .contains("over the limit", "--max-file-size");
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("headline")).isNotNull();
  }

  @Test
  void buildWithAMissingContentFolderSaysWhatToDo(@TempDir Path dir) {
    Run run = dateline("build", "--content", dir.resolve("nope").toString(),
        "--out", dir.resolve("site").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("does not exist", "--content");
  }

  @Test
  void buildPrintsASummary(@TempDir Path dir) {
    Run run = dateline("build", "--out", dir.resolve("site").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Built 1 articles");
    assertThat(dir.resolve("site/index.html")).isRegularFile();
    assertThat(run.err()).doesNotContain("error");
  }
}

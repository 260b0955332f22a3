package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.build.BuildOptions;
import dev.dateline.build.BuildReport;
import dev.dateline.build.SiteBuild;
import dev.dateline.cli.Main;
import dev.dateline.config.ConfigException;
import dev.dateline.config.SiteConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tagger inside the build and the parse command, with the curated file of the content. */
class TagsInTheBuildTest {

  private static final Path ITEM = Path.of("src/test/resources/tags/csto-un-peacekeeping.txt");

  @TempDir
  Path dir;

  private Path content() throws IOException {
    Path content = Files.createDirectories(dir.resolve("content/2019/09"));
    Files.copy(ITEM, content.resolve("csto-un-peacekeeping.txt"));
    return dir.resolve("content");
  }

  private BuildReport build(Path content) throws IOException {
    return new SiteBuild(new BuildOptions(content, "content", Path.of("templates"),
        dir.resolve("site"), SiteConfig.defaults(), false)).run();
  }

  @Test
  void theBuildPublishesATagPageForEachFinalTag() throws IOException {
    build(content());

    assertThat(dir.resolve("site/tags/csto/index.html")).exists();
    assertThat(dir.resolve("site/tags/united-nations/index.html")).exists();
    assertThat(dir.resolve("site/tags/afghanistan/index.html")).exists();
    assertThat(dir.resolve("site/tags/tuesday")).doesNotExist();
  }

  @Test
  void theCuratedFileAtTheTopOfTheContentRenamesAndSuppressesTags() throws IOException {
    Path content = content();
    Files.writeString(content.resolve("tags.yaml"), """
        tags:
          - name: UN
            aliases: [United Nations]
        suppress: [Moscow]
        """);

    build(content);

    assertThat(dir.resolve("site/tags/un/index.html")).exists();
    assertThat(dir.resolve("site/tags/united-nations")).doesNotExist();
    assertThat(dir.resolve("site/tags/moscow")).doesNotExist();
    assertThat(dir.resolve("site/tags.yaml")).doesNotExist();
  }

  @Test
  void aBrokenCuratedFileStopsTheBuildNamingTheFileAndTheKey() throws IOException {
    Path content = content();
    Files.writeString(content.resolve("tags.yaml"), "suppres: [Moscow]\n");

    Assertions.assertThatThrownBy(() -> build(content))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("tags.yaml")
        .hasMessageContaining("unknown key 'suppres'");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void theParseCommandPrintsTheFinalTagsMostSalientFirst() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"parse", "--default-year", "2019", ITEM.toString()},
        new PrintWriter(out), new PrintWriter(err));

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("\"tags\":[\"United Nations\",\"CSTO\",\"Afghanistan\",\"Moscow\"]");
  }

  @Test
  void theParseCommandTakesACuratedFile() {
    StringWriter out = new StringWriter();

    int code = Main.run(new String[] {"parse", "--tags-file",
        "src/test/resources/tags/rules/tags.yaml", ITEM.toString()}, new PrintWriter(out),
        new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    assertThat(out.toString()).contains("\"tags\":[\"United Nations\",\"CSTO\",\"Afghanistan\"]");
  }
}

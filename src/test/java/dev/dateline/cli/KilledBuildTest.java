package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dateline.build.SiteFolders;
import dev.dateline.build.SiteFolders.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed part-way, as by a power cut or {@code kill -9}: Dateline runs in a child JVM on
 * content large enough to take a few seconds, and is killed while it writes its staging folder.
 */
class KilledBuildTest {

  private static final int ARTICLES = 1500;

  @TempDir
  Path root;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aKilledBuildLeavesThePreviousSiteIntactAndTheNextBuildPublishes() throws Exception {
    SiteFolders.newSite(root);
    Path content = root.resolve("content");
    Path site = root.resolve("site");
    Path staging = root.resolve(".site.staging");
    SiteFolders.write(content.resolve("2019/09/first.txt"),
        SiteFolders.article("The first article", "MOSCOW", 1, "The archive begins."));
    assertThat(SiteFolders.build(root).code()).isZero();
    Map<String, byte[]> published = SiteFolders.files(site);
    List<String> listing = SiteFolders.listing(site);
    for (int i = 0; i < ARTICLES; i++) {
      SiteFolders.write(content.resolve(String.format("2019/10/a%05d.txt", i)),
          SiteFolders.article("Article number " + i, "GENEVA", 1 + i % 28,
              "Paragraph of article " + i + ". " + "Words of the body. ".repeat(30)));
    }

    Process child = new ProcessBuilder(javaExecutable(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "build",
        "--content", content.toString(), "--templates", root.resolve("templates").toString(),
        "--out", site.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      while (filesIn(staging) < 100) {
        if (!child.isAlive()) {
          fail("the build ended (exit " + child.exitValue() + ") before it could be killed;"
              + " give it more articles");
        }
        Thread.sleep(5);
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(staging).as("the killed build was part-way through").isDirectory();
    assertThat(SiteFolders.listing(site)).isEqualTo(listing);
    Map<String, byte[]> after = SiteFolders.files(site);
    assertThat(after.keySet()).containsExactlyElementsOf(published.keySet());
    published.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));

    Run next = SiteFolders.build(root);

    assertThat(next.code()).as(next.err()).isZero();
    assertThat(next.out()).startsWith("Built " + (ARTICLES + 1) + " articles");
    assertThat(site.resolve("2019/09/01/article-number-0/index.html")).exists();
    // Staging now holds the site the next build replaced, kept to reuse its folders.
    assertThat(staging.resolve("2019/09/01/article-number-0/index.html")).doesNotExist();
    assertThat(root.resolve(".site.previous")).doesNotExist();
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** How many files a folder being written holds so far; 0 while it does not exist. */
  private static long filesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).count();
    } catch (IOException | UncheckedIOException stillChanging) {
      return 0;
    }
  }
}

package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dateline.article.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

  @TempDir
  Path root;

  private Path content() {
    return root.resolve("content");
  }

  private ContentLoader.Loaded load() throws IOException {
    return new ContentLoader(1024).load(content(), "content");
  }

  private static List<String> sources(ContentLoader.Loaded loaded) {
    return loaded.files().stream().map(SourceFile::source).toList();
  }

  /** The one problem reported, which must name {@code source}. */
  private static Problem onlyProblem(ContentLoader.Loaded loaded, String source) {
    assertThat(loaded.problems()).hasSize(1);
    Problem problem = loaded.problems().get(0);
    assertThat(problem.source()).isEqualTo(source);
    assertThat(problem.isError()).isTrue();
    return problem;
  }

  @Test
  void articlesAreFoundInPathOrderAndHiddenOrOtherFilesAreSkipped() throws IOException {
    SiteFolders.write(content().resolve("2019/b.txt"), "b");
    SiteFolders.write(content().resolve("2019/a.md"), "a");
    SiteFolders.write(content().resolve("2018/z.TXT"), "z");
    SiteFolders.write(content().resolve("notes.docx"), "not an article");
    SiteFolders.write(content().resolve(".drafts/hidden.txt"), "hidden");
    SiteFolders.write(content().resolve(".hidden.txt"), "hidden");

    ContentLoader.Loaded loaded = load();

    assertThat(sources(loaded))
        .containsExactly("content/2018/z.TXT", "content/2019/a.md", "content/2019/b.txt");
    assertThat(loaded.problems()).isEmpty();
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedWithItsSizeAndTheFlagThatRaisesIt() throws IOException {
    Files.createDirectories(content());
    Files.write(content().resolve("big.txt"), new byte[1025]);
    Files.write(content().resolve("fits.txt"), new byte[1024]);

    ContentLoader.Loaded loaded = load();

    assertThat(sources(loaded)).containsExactly("content/fits.txt");
    assertThat(onlyProblem(loaded, "content/big.txt").message())
        .contains("1025 bytes", "1024 bytes", "--max-file-size");
  }

  @Test
  void aFileThatGrewOverTheLimitAfterTheWalkIsNotReadWhole() throws IOException {
    SiteFolders.write(content().resolve("growing.txt"), "small");
    ContentLoader loader = new ContentLoader(1024);
    SourceFile file = loader.load(content(), "content").files().get(0);
    Files.write(file.path(), new byte[50_000]);

    assertThatThrownBy(() -> loader.read(file))
        .isInstanceOf(ContentLoader.FileTooLargeException.class)
        .hasMessageContaining("over the limit");
  }

  @Test
  void aSymbolicLinkLoopIsReportedOnceAndNotFollowed() throws IOException {
    SiteFolders.write(content().resolve("a/article.txt"), "x");
    Files.createSymbolicLink(content().resolve("a/loop"), content().resolve("a"));

    ContentLoader.Loaded loaded = load();

    assertThat(sources(loaded)).containsExactly("content/a/article.txt");
    assertThat(onlyProblem(loaded, "content/a/loop").message()).contains("loop", "Remove the link");
  }

  @Test
  void linksLeadingOutsideTheContentFolderAreNotFollowed() throws IOException {
    SiteFolders.write(root.resolve("private/secret.txt"), "secret");
    SiteFolders.write(content().resolve("inside.txt"), "x");
    Files.createSymbolicLink(content().resolve("secret.txt"), root.resolve("private/secret.txt"));
    Files.createSymbolicLink(content().resolve("private"), root.resolve("private"));
    Files.createSymbolicLink(content().resolve("alias.txt"), content().resolve("inside.txt"));

    ContentLoader.Loaded loaded = load();

    assertThat(sources(loaded)).containsExactly("content/alias.txt", "content/inside.txt");
    assertThat(loaded.problems()).extracting(Problem::source)
        .containsExactly("content/private", "content/secret.txt");
    assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.message())
        .contains("outside the content folder", "not followed"));
  }

  @Test
  void aLinkToAMissingFileIsReported() throws IOException {
    Files.createDirectories(content());
    Files.createSymbolicLink(content().resolve("gone.txt"), root.resolve("nowhere.txt"));

    assertThat(onlyProblem(load(), "content/gone.txt").message()).contains("does not exist");
  }

  @Test
  void foldersDeeperThanTheWalkLimitAreReportedNotRead() throws IOException {
    Path deep = content();
    for (int i = 0; i < ContentLoader.MAX_DEPTH + 8; i++) {
      deep = deep.resolve("d");
    }
    SiteFolders.write(deep.resolve("too-deep.txt"), "x");
    SiteFolders.write(content().resolve("d/shallow.txt"), "x");

    ContentLoader.Loaded loaded = load();

    assertThat(sources(loaded)).containsExactly("content/d/shallow.txt");
    assertThat(onlyProblem(loaded, "content/" + "d/".repeat(ContentLoader.MAX_DEPTH - 1) + "d")
        .message()).contains("deeper than " + ContentLoader.MAX_DEPTH, "Move them");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aNamedPipeCalledLikeAnArticleIsReportedAndNeverOpened() throws Exception {
    Files.createDirectories(content());
    Path fifo = content().resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

    assertThat(onlyProblem(load(), "content/pipe.txt").message())
        .contains("not a regular file");
  }

  @Test
  void anUnreadableFileIsReported() throws IOException {
    Path file = content().resolve("locked.txt");
    SiteFolders.write(file, "x");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(file), "permissions do not stop this user (root) from reading");

    assertThat(onlyProblem(load(), "content/locked.txt").message()).contains("permission");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenThousandFilesInOneFolderAreAllFoundInOrder() throws IOException {
    Path folder = Files.createDirectories(content().resolve("2019"));
    for (int i = 9_999; i >= 0; i--) {
      Files.writeString(folder.resolve(String.format("a%05d.txt", i)), "x");
    }

    long start = System.nanoTime();
    ContentLoader.Loaded loaded = load();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(loaded.files()).hasSize(10_000);
    assertThat(sources(loaded)).isSorted().startsWith("content/2019/a00000.txt");
    assertThat(loaded.problems()).isEmpty();
  }

  @Test
  void foldersWalkedInParallelGiveTheOrderAndProblemsOfOneWalk() throws IOException {
    List<String> expected = new java.util.ArrayList<>();
    for (int year = 2019; year >= 2000; year--) {
      for (int month = 12; month >= 1; month--) {
        String folder = String.format("content/%d/%02d/", year, month);
        for (String name : List.of("b.txt", "a.md", "c-d.txt", "c.txt")) {
          SiteFolders.write(root.resolve(folder + name), "x");
          expected.add(folder + name);
        }
        Files.write(root.resolve(folder + "big.txt"), new byte[2048]);
      }
    }
    Files.createSymbolicLink(content().resolve("2005/07/loop"), content().resolve("2005"));

    ContentLoader.Loaded loaded = load();

    assertThat(sources(loaded)).isEqualTo(expected.stream().sorted().toList());
    assertThat(loaded.problems()).extracting(Problem::source).hasSize(20 * 12 + 1)
        .contains("content/2005/07/loop", "content/2000/01/big.txt", "content/2019/12/big.txt");
    assertThat(load().problems()).isEqualTo(loaded.problems());
  }

  @Test
  void controlCharactersInFileNamesAreWrittenSoMessagesStayOneLine() throws IOException {
    SiteFolders.write(content().resolve("new\nline\ttab.txt"), "x");

    assertThat(sources(load())).containsExactly("content/new\\x0Aline\\x09tab.txt");
  }
}

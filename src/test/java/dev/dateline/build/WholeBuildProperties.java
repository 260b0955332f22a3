package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Whole builds of small generated content folders, with text, markup and raw bytes in them:
 * the build never throws, always publishes, nothing in the pages can run, and two builds are
 * byte-identical. Few tries, since each is two real builds.
 */
class WholeBuildProperties {

  /** One generated file: its name inside the content folder and its bytes. */
  record GeneratedFile(String name, byte[] bytes) {}

  @Property(tries = 5, shrinking = ShrinkingMode.OFF)
  void everyBuildPublishesASafeDeterministicSite(
      @ForAll("contentFolders") List<GeneratedFile> files) throws IOException {
    Path root = Files.createTempDirectory("dateline-property");
    try {
      SiteFolders.newSite(root);
      for (GeneratedFile file : files) {
        Path path = root.resolve("content").resolve(file.name());
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      }

      SiteFolders.Run first = SiteFolders.build(root);
      Map<String, byte[]> one = SiteFolders.files(root.resolve("site"));
      SiteFolders.Run second = SiteFolders.dateline("build", "--content",
          root.resolve("content").toString(), "--templates", root.resolve("templates").toString(),
          "--out", root.resolve("again").toString());
      Map<String, byte[]> two = SiteFolders.files(root.resolve("again"));

      assertThat(first.code()).as(first.err()).isIn(0, 1);
      assertThat(second.code()).isEqualTo(first.code());
      assertThat(first.err()).doesNotContain("Exception", "build failed");
      assertThat(one).containsKey("index.html").containsKey("404.html");
      assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
      one.forEach((path, bytes) -> assertThat(two.get(path)).as(path).isEqualTo(bytes));
      assertThat(PageScan.activeContent(root.resolve("site"))).isEmpty();
    } finally {
      deleteTree(root);
    }
  }

  @Provide
  Arbitrary<List<GeneratedFile>> contentFolders() {
    return Arbitraries.oneOf(articleFile(), articleFile(), rawFile())
        .list().ofMinSize(1).ofMaxSize(6)
        .uniqueElements(GeneratedFile::name);
  }

  private Arbitrary<GeneratedFile> articleFile() {
    Arbitrary<String> names = Arbitraries.strings().withChars("abcxyz-").ofMinLength(1)
        .ofMaxLength(6).map(n -> n + (n.length() % 2 == 0 ? ".md" : ".txt"));
    Arbitrary<String> folders = Arbitraries.of("", "2019/09/", "2020/", "deep/er/");
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
            "[x](javascript:alert(3))", "[y](&#106;avascript:alert(4))", "\"'><svg onload=alert(5)>",
            "Шойгу и Зюрих", "---", "Tags: <b>bold</b>, \"quoted\"", "&amp; &lt; &#0;"));
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 28);
    return Combinators.combine(folders, names, text, text, days).as((folder, name, head, body,
        day) -> new GeneratedFile(folder + name, SiteFolders.article("Headline " + head,
            "MOSCOW", day, body).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private Arbitrary<GeneratedFile> rawFile() {
    return Combinators.combine(
            Arbitraries.strings().withChars("pqrs").ofMinLength(1).ofMaxLength(4),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
        .as((name, bytes) -> new GeneratedFile("raw-" + name + ".txt", bytes));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

package dev.dateline.build;

import dev.dateline.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Folders of content, templates and built sites for tests: made, copied, read whole. */
public final class SiteFolders {

  private SiteFolders() {}

  /** The result of one run of the command line. */
  public record Run(int code, String out, String err) {}

  /** Runs {@code dateline args...} in this JVM, as a user would from a shell. */
  public static Run dateline(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs {@code dateline build} of {@code root/content} with the default templates. */
  public static Run build(Path root, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("build",
        "--content", root.resolve("content").toString(),
        "--templates", root.resolve("templates").toString(),
        "--out", root.resolve("site").toString()));
    args.addAll(List.of(more));
    return dateline(args.toArray(String[]::new));
  }

  /** A new site folder {@code root} with the project's default templates and an empty content/. */
  public static Path newSite(Path root) throws IOException {
    copyTree(Path.of("templates"), root.resolve("templates"));
    Files.createDirectories(root.resolve("content"));
    return root;
  }

  /**
   * A new site folder with two articles: "Talks resume in Istanbul" ({@code 2019/09/talks.txt},
   * 10 September) and "Summit ends in Geneva" ({@code 2019/09/summit.txt}, 11 September).
   */
  public static Path twoArticleSite(Path root) throws IOException {
    newSite(root);
    write(root.resolve("content/2019/09/talks.txt"),
        article("Talks resume in Istanbul", "MOSCOW", 10, "The talks resumed."));
    write(root.resolve("content/2019/09/summit.txt"),
        article("Summit ends in Geneva", "GENEVA", 11, "The summit ended."));
    return root;
  }

  /** The hostile fixture files of {@code src/test/resources/hostile}. */
  public static Path hostileFixtures() {
    try {
      return Path.of(SiteFolders.class.getResource("/hostile").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A TASS-style article file whose headline and place are as given. */
  public static String article(String headline, String place, int day, String body) {
    return "All news\n\n" + headline + "\n\nA standfirst for " + headline + "\nA caption\n"
        + " Photographer/TASS\n\n" + place + ", September " + day + ". /TASS/. " + body
        + "\n\nA second paragraph.\n";
  }

  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  /** Every file under {@code root} (links not followed), by relative path, with its bytes. */
  public static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /**
   * What is under {@code root}, links not followed: each entry's path, kind, size and modification
   * time, one line each, sorted; entries whose path starts with one of {@code skipped} are left
   * out.
   */
  public static List<String> listing(Path root, String... skipped) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root)).map(p -> {
        String relative = root.relativize(p).toString().replace('\\', '/');
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
          String kind = a.isDirectory() ? "d" : a.isSymbolicLink() ? "l" : a.isRegularFile()
              ? "f" : "o";
          return relative + " " + kind + " " + (a.isDirectory() ? 0 : a.size()) + " "
              + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).filter(line -> Stream.of(skipped).noneMatch(line::startsWith)).sorted().toList();
    }
  }
}

package dev.dateline.build;

import dev.dateline.article.Problem;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds the article files of a content folder, in a stable order: {@code .txt} and {@code .md}
 * files, skipping hidden files and folders. Symbolic links are followed only while they stay
 * inside the content folder.
 */
final class ContentLoader {

  static final List<String> EXTENSIONS = List.of(".txt", ".md");

  record Loaded(List<SourceFile> files, List<Problem> problems) {}

  Loaded load(Path contentFolder, String shownAs) throws IOException {
    Path root = contentFolder.toRealPath();
    List<SourceFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String prefix = shownAs.endsWith("/") ? shownAs : shownAs + "/";
    Files.walkFileTree(contentFolder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(contentFolder) && isHidden(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.toRealPath().startsWith(root)) {
              problems.add(Problem.warning(shown(dir), 0,
                  "links to a folder outside the content folder; not followed"));
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (isHidden(file) || !isArticle(file)) {
              return FileVisitResult.CONTINUE;
            }
            if (!file.toRealPath().startsWith(root)) {
              problems.add(Problem.error(shown(file), 0,
                  "links to a file outside the content folder; not published. Copy the file"
                      + " into the content folder instead"));
            } else if (attrs.isRegularFile()) {
              files.add(new SourceFile(shown(file), file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why = e instanceof java.nio.file.FileSystemLoopException
                ? "symbolic link loop; not followed"
                : "cannot be read (" + e.getClass().getSimpleName() + "); check its permissions";
            problems.add(Problem.error(shown(file), 0, why));
            return FileVisitResult.CONTINUE;
          }

          private String shown(Path file) {
            return prefix + contentFolder.relativize(file).toString().replace('\\', '/');
          }
        });
    files.sort(Comparator.comparing(SourceFile::source));
    return new Loaded(files, problems);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isArticle(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}

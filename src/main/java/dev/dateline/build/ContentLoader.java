package dev.dateline.build;

import dev.dateline.article.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * files, skipping hidden files and folders. Whatever cannot be taken is reported once, as an error
 * naming the file and what to do, and the walk goes on: symbolic links leading outside the content
 * folder (never followed), link loops, folders nested deeper than {@value #MAX_DEPTH} levels, files
 * over the size limit, pipes and devices, files that cannot be read.
 */
final class ContentLoader {

  static final List<String> EXTENSIONS = List.of(".txt", ".md");

  /** How deep folders are walked; deeper ones are reported, not read. */
  static final int MAX_DEPTH = 32;

  /** The default of {@code --max-file-size}: far above any real article, far below a video. */
  static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  record Loaded(List<SourceFile> files, List<Problem> problems) {}

  private final long maxFileSize;

  ContentLoader() {
    this(DEFAULT_MAX_FILE_SIZE);
  }

  ContentLoader(long maxFileSize) {
    if (maxFileSize < 1) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
    }
    this.maxFileSize = maxFileSize;
  }

  Loaded load(Path contentFolder, String shownAs) throws IOException {
    Path root = contentFolder.toRealPath();
    List<SourceFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String prefix = shownAs.endsWith("/") ? shownAs : shownAs + "/";
    Files.walkFileTree(contentFolder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(contentFolder)) {
              return FileVisitResult.CONTINUE;
            }
            if (isHidden(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!isInside(dir, root)) {
              problems.add(Problem.error(shown(dir), 0, "is a link to a folder outside the"
                  + " content folder; not followed, nothing in it is published. Copy the articles"
                  + " into the content folder instead"));
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isDirectory()) {
              problems.add(Problem.error(shown(file), 0, "folder nested deeper than " + MAX_DEPTH
                  + " levels; its files are not read. Move them to a shallower folder"));
              return FileVisitResult.CONTINUE;
            }
            if (!isArticle(file)) {
              return FileVisitResult.CONTINUE;
            }
            Problem rejected = rejection(file, attrs);
            if (rejected != null) {
              problems.add(rejected);
            } else {
              files.add(new SourceFile(shown(file), file, FileStamp.of(attrs)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why = e instanceof FileSystemLoopException
                ? "is a symbolic link back to a folder that contains it (a loop); not followed."
                    + " Remove the link"
                : "cannot be read (" + e.getClass().getSimpleName() + "); check its permissions";
            problems.add(Problem.error(shown(file), 0, why));
            return FileVisitResult.CONTINUE;
          }

          private Problem rejection(Path file, BasicFileAttributes attrs) {
            String source = shown(file);
            if (attrs.isSymbolicLink()) {
              return Problem.error(source, 0, "is a symbolic link to a file that does not exist;"
                  + " remove the link or restore its target");
            }
            // Every folder walked is inside (preVisitDirectory), so only a link can lead out;
            // one lstat here instead of resolving the whole path of each of 100,000 files.
            if (Files.isSymbolicLink(file) && !isInside(file, root)) {
              return Problem.error(source, 0, "is a link to a file outside the content folder;"
                  + " not followed, not published. Copy the file into the content folder instead");
            }
            if (!attrs.isRegularFile()) {
              return Problem.error(source, 0, "is not a regular file (a pipe, socket or device);"
                  + " not read. Replace it with the article's text file");
            }
            if (attrs.size() > maxFileSize) {
              return tooLarge(source, attrs.size());
            }
            if (!Files.isReadable(file)) {
              return Problem.error(source, 0, "cannot be read: permission denied; check its"
                  + " permissions (chmod a+r)");
            }
            return null;
          }

          private String shown(Path file) {
            return prefix + printable(contentFolder.relativize(file).toString().replace('\\', '/'));
          }
        });
    files.sort(Comparator.comparing(SourceFile::source));
    return new Loaded(files, problems);
  }

  /**
   * The bytes of a file found by {@link #load}, read no further than the size limit, so a file
   * that grew since the walk is still never read whole.
   *
   * @throws FileTooLargeException when the file is now over the limit
   */
  byte[] read(SourceFile file) throws IOException {
    try (InputStream in = Files.newInputStream(file.path())) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
      if (bytes.length > maxFileSize) {
        throw new FileTooLargeException(tooLarge(file.source(), bytes.length));
      }
      return bytes;
    }
  }

  private Problem tooLarge(String source, long size) {
    return Problem.error(source, 0, String.format(Locale.ROOT, "is %s, over the limit of %s for"
        + " one article file; not read. Split it into articles, or raise the limit with"
        + " --max-file-size", size(size), size(maxFileSize)));
  }

  /** The file turned out larger than the limit while being read. */
  static final class FileTooLargeException extends IOException {
    private final transient Problem problem;

    FileTooLargeException(Problem problem) {
      super(problem.message());
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  private static String size(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / 1048576.0, bytes)
        : bytes + " bytes";
  }

  /** The name with control characters (a newline in a file name) written as {@code \xNN}. */
  static String printable(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\x%02X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean isInside(Path path, Path root) {
    try {
      return path.toRealPath().startsWith(root);
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
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

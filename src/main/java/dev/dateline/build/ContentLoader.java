package dev.dateline.build;

import dev.dateline.article.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
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
    Walk walk = new Walk(contentFolder, contentFolder.toRealPath(),
        shownAs.endsWith("/") ? shownAs : shownAs + "/");
    Listing listing = new Listing();
    try {
      walk.start(listing);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<SourceFile> files = listing.files;
    // Each folder's entries come sorted, so this is one pass over nearly sorted names.
    files.sort(Comparator.comparing(SourceFile::source));
    return new Loaded(files, listing.problems);
  }

  /** What a part of the walk found, in the order of its sorted entries. */
  private static final class Listing {
    final List<SourceFile> files = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    void add(Listing other) {
      files.addAll(other.files);
      problems.addAll(other.problems);
    }
  }

  /**
   * The walk of {@link Files#walkFileTree} following links, to the same depth and with the same
   * checks in the same order, but with one {@code lstat} for a plain file (the walk's {@code stat}
   * and the link test took two) and the folders walked in parallel.
   */
  private final class Walk {
    private final Path content;
    private final Path root;
    private final String prefix;

    Walk(Path content, Path root, String prefix) {
      this.content = content;
      this.root = root;
      this.prefix = prefix;
    }

    void start(Listing out) throws IOException {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(content, BasicFileAttributes.class);
      } catch (IOException e) {
        try {
          attrs = Files.readAttributes(content, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
        } catch (IOException again) {
          failed(out, content, "", again);
          return;
        }
      }
      if (!attrs.isDirectory()) {
        file(out, content, name(content), "", attrs,
            attrs.isSymbolicLink() || Files.isSymbolicLink(content));
        return;
      }
      List<Named> entries;
      try {
        entries = list(content);
      } catch (IOException e) {
        failed(out, content, "", e);
        return;
      }
      folder(out, entries, "", 0, List.of(key(content, attrs)));
    }

    /**
     * The entries of a folder, sorted by name. A folder that cannot be opened is reported by the
     * caller; one that fails while it is read stops the walk, as it stopped the JDK's.
     */
    private List<Named> list(Path dir) throws IOException {
      List<Named> named = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        for (Path entry : stream) {
          named.add(new Named(entry.getFileName().toString(), entry));
        }
      } catch (DirectoryIteratorException e) {
        throw new UncheckedIOException(e.getCause());
      }
      named.sort(Comparator.comparing(Named::name));
      return named;
    }

    /** A subfolder that passed the checks, ready to be walked. */
    private record Folder(int at, List<Named> entries, String relative, List<Object> ancestors) {}

    /**
     * Walks the {@code entries} of the folder at {@code relative}, {@code depth} levels below the
     * content folder; {@code ancestors} are the identities of the folders from the content folder
     * down to this one, to find links that loop.
     */
    private void folder(Listing out, List<Named> entries, String relative, int depth,
        List<Object> ancestors) {
      List<Listing> parts = new ArrayList<>();
      List<Folder> folders = new ArrayList<>();
      Listing here = new Listing();
      for (Named entry : entries) {
        String path = relative.isEmpty() ? entry.name() : relative + "/" + entry.name();
        Folder folder = entry(here, entry.path(), entry.name(), path, depth + 1, ancestors);
        if (folder != null) {
          parts.add(here);
          here = new Listing();
          folders.add(new Folder(parts.size(), folder.entries(), path, folder.ancestors()));
          parts.add(null);
        }
      }
      parts.add(here);
      List<Listing> walked = (folders.size() > 1 ? folders.parallelStream() : folders.stream())
          .map(f -> {
            Listing listing = new Listing();
            folder(listing, f.entries(), f.relative(), depth + 1, f.ancestors());
            return listing;
          })
          .toList();
      for (int i = 0; i < folders.size(); i++) {
        parts.set(folders.get(i).at(), walked.get(i));
      }
      parts.forEach(out::add);
    }

    /** Takes one entry; a folder to walk is returned, opened, rather than walked here. */
    private Folder entry(Listing out, Path entry, String name, String relative, int depth,
        List<Object> ancestors) {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        failed(out, entry, relative, e);
        return null;
      }
      boolean link = attrs.isSymbolicLink();
      if (link) {
        try {
          attrs = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException targetMissing) {
          // Kept: the link's own attributes, reported as a link that leads nowhere.
        }
      }
      if (depth >= MAX_DEPTH || !attrs.isDirectory()) {
        file(out, entry, name, relative, attrs, link);
        return null;
      }
      Object key = key(entry, attrs);
      if (ancestors.contains(key)) {
        failed(out, entry, relative, new FileSystemLoopException(entry.toString()));
        return null;
      }
      List<Named> entries;
      try {
        entries = list(entry);
      } catch (IOException e) {
        failed(out, entry, relative, e);
        return null;
      }
      if (isHidden(name)) {
        return null;
      }
      // Every folder walked is inside, so only a link can lead out.
      if (link && !isInside(entry, root)) {
        out.problems.add(Problem.error(shown(relative), 0, "is a link to a folder outside the"
            + " content folder; not followed, nothing in it is published. Copy the articles"
            + " into the content folder instead"));
        return null;
      }
      List<Object> down = new ArrayList<>(ancestors.size() + 1);
      down.addAll(ancestors);
      down.add(key);
      return new Folder(0, entries, relative, down);
    }

    private void file(Listing out, Path file, String name, String relative,
        BasicFileAttributes attrs, boolean link) {
      if (isHidden(name)) {
        return;
      }
      if (attrs.isDirectory()) {
        out.problems.add(Problem.error(shown(relative), 0, "folder nested deeper than "
            + MAX_DEPTH + " levels; its files are not read. Move them to a shallower folder"));
        return;
      }
      if (!isArticle(name)) {
        return;
      }
      String source = shown(relative);
      Problem rejected = rejection(file, source, attrs, link);
      if (rejected != null) {
        out.problems.add(rejected);
      } else {
        out.files.add(new SourceFile(source, file, FileStamp.of(attrs)));
      }
    }

    private Problem rejection(Path file, String source, BasicFileAttributes attrs,
        boolean link) {
      if (attrs.isSymbolicLink()) {
        return Problem.error(source, 0, "is a symbolic link to a file that does not exist;"
            + " remove the link or restore its target");
      }
      if (link && !isInside(file, root)) {
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

    private void failed(Listing out, Path file, String relative, IOException e) {
      String why = e instanceof FileSystemLoopException
          ? "is a symbolic link back to a folder that contains it (a loop); not followed."
              + " Remove the link"
          : "cannot be read (" + e.getClass().getSimpleName() + "); check its permissions";
      out.problems.add(Problem.error(shown(relative), 0, why));
    }

    private String shown(String relative) {
      return prefix + printable(relative);
    }
  }

  /** What tells a folder from another; the real path where the system gives no identity. */
  private static Object key(Path dir, BasicFileAttributes attrs) {
    Object key = attrs.fileKey();
    if (key != null) {
      return key;
    }
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
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
    int i = 0;
    while (i < name.length() && !Character.isISOControl(name.charAt(i))) {
      i++;
    }
    if (i == name.length()) {
      return name;
    }
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

  private static boolean isHidden(String name) {
    return name.startsWith(".");
  }

  private static boolean isArticle(String name) {
    for (String extension : EXTENSIONS) {
      if (name.regionMatches(true, name.length() - extension.length(), extension, 0,
          extension.length())) {
        return true;
      }
    }
    return false;
  }

  /** A file's name, as a folder lists it; empty for a root. */
  private static String name(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString();
  }

  /** An entry of a folder, and its name. */
  private record Named(String name, Path path) {}
}

package dev.dateline.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes a site atomically: files are written into a staging folder beside the output folder,
 * which replaces the output folder only when {@link Staging#commit()} is called. A file whose
 * bytes equal those already published is linked from the old site instead of written, so it keeps
 * its modification time. A failed or killed build leaves the published site as it was.
 */
public final class SiteWriter {

  private final Path out;
  private final Path staging;
  private final Path retired;

  public SiteWriter(Path out) {
    this.out = out.toAbsolutePath().normalize();
    Path parent = this.out.getParent();
    if (parent == null) {
      throw new PublishException("refusing to publish into '/': choose an output folder such as"
          + " site/");
    }
    String name = this.out.getFileName().toString();
    this.staging = parent.resolve("." + name + ".staging");
    this.retired = parent.resolve("." + name + ".previous");
  }

  /** The folder being published. */
  public Path out() {
    return out;
  }

  /** Starts a build: restores a site left retired by a killed swap, clears old staging. */
  public Staging begin() {
    try {
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(retired)) {
        Files.move(retired, out, StandardCopyOption.ATOMIC_MOVE);
      }
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        throw new PublishException(out + " exists and is not a folder; remove it or choose"
            + " another output folder with --out");
      }
      Set<Path> skeleton = clearFiles(staging);
      deleteTree(retired);
      Files.createDirectories(staging);
      return new Staging(skeleton);
    } catch (IOException e) {
      throw new PublishException("cannot prepare " + staging + ": " + e.getMessage(), e);
    }
  }

  /** One build's files on their way to the output folder. Thread-safe. */
  public final class Staging {

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    /** Folders already in staging, left by the site before last; see {@link #clearFiles}. */
    private final Set<Path> skeleton;
    /** Folders that hold a file of this build. */
    private final Set<Path> used = ConcurrentHashMap.newKeySet();

    private Staging(Set<Path> skeleton) {
      this.skeleton = skeleton;
    }

    /** Creates {@code folder} and its parents inside staging, once per build each. */
    private void ensureFolder(Path folder) throws IOException {
      if (folder.equals(staging) || used.contains(folder)) {
        return;
      }
      ensureFolder(folder.getParent());
      if (!skeleton.contains(folder)) {
        try {
          Files.createDirectory(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          // made by another thread since the check
        }
      }
      used.add(folder);
    }

    /** Adds one file at {@code path} (relative, with '/' separators). */
    public void write(String path, byte[] content) {
      Path target = resolveInside(staging, path);
      Path previous = resolveInside(out, path);
      try {
        ensureFolder(target.getParent());
        makeRoomFor(target);
        bytes.addAndGet(content.length);
        if (sameBytes(previous, content)) {
          try {
            Files.createLink(target, previous);
          } catch (UnsupportedOperationException | IOException linkFailed) {
            Files.copy(previous, target, StandardCopyOption.COPY_ATTRIBUTES);
          }
          unchanged.incrementAndGet();
        } else {
          Files.write(target, content);
          written.incrementAndGet();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
      }
    }

    /**
     * Keeps the published file at {@code path} unchanged in the new site, without its bytes
     * being produced again: for files the caller knows would come out the same. Returns false,
     * adding nothing, when no such file is published.
     */
    public boolean keep(String path) {
      Path target = resolveInside(staging, path);
      Path previous = resolveInside(out, path);
      try {
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(previous, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException missing) {
          return false;
        }
        if (!attributes.isRegularFile()) {
          return false;
        }
        ensureFolder(target.getParent());
        makeRoomFor(target);
        try {
          Files.createLink(target, previous);
        } catch (UnsupportedOperationException | IOException linkFailed) {
          Files.copy(previous, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        bytes.addAndGet(attributes.size());
        unchanged.incrementAndGet();
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep " + previous + ": " + e.getMessage(), e);
      }
    }

    /** Swaps the staged site in for the published one. */
    public void commit() {
      try {
        removeUnusedFolders();
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(out, retired, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(retired, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(retired, staging, StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException e) {
        throw new PublishException("cannot swap the new site into " + out + ": " + e.getMessage(),
            e);
      }
    }

    /** Removes a folder left where this build puts a file. */
    private void makeRoomFor(Path file) throws IOException {
      if (skeleton.contains(file)) {
        deleteTree(file);
      }
    }

    /** Removes the folders of the site before last that hold no file of this build. */
    private void removeUnusedFolders() throws IOException {
      List<Path> unused = new ArrayList<>();
      for (Path folder : skeleton) {
        if (!used.contains(folder)) {
          unused.add(folder);
        }
      }
      unused.sort(Comparator.comparingInt(Path::getNameCount).reversed());
      for (Path folder : unused) {
        Files.deleteIfExists(folder);
      }
    }

    /** Drops the staged files; the published site stays as it was. */
    public void abort() {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        throw new PublishException("cannot remove " + staging + ": " + e.getMessage(), e);
      }
    }

    public long filesWritten() {
      return written.get();
    }

    public long filesUnchanged() {
      return unchanged.get();
    }

    public long bytes() {
      return bytes.get();
    }
  }

  private static Path resolveInside(Path root, String path) {
    Path resolved = root.resolve(path).normalize();
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || !resolved.startsWith(root) || resolved.equals(root)) {
      throw new PublishException("refusing to write '" + path + "' outside " + root);
    }
    return resolved;
  }

  private static boolean sameBytes(Path previous, byte[] content) throws IOException {
    if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
        || Files.size(previous) != content.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(previous), content);
  }

  /**
   * Deletes the files under {@code root} but keeps its folders, and returns them. After a swap the
   * replaced site waits in the staging folder, so the next build finds most of its folders made:
   * creating and above all removing a folder costs far more than a file on many file systems (a
   * 100,000-article site has a folder per page).
   */
  static Set<Path> clearFiles(Path root) throws IOException {
    Set<Path> folders = new HashSet<>();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return folders;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root)) {
          folders.add(dir);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }
    });
    return folders;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}

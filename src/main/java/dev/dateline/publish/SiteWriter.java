package dev.dateline.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Publishes a site atomically, in one of two ways.
 *
 * <p>{@link #begin()}: files are written into a staging folder beside the output folder
 * ({@code .site.staging}), which replaces the output folder only when {@link Staging#commit()} is
 * called; the replaced site is kept as {@code .site.previous} until the swap is done, and put back
 * if a build was killed between the two renames. A file whose bytes equal those already published
 * is linked from the old site instead of written, so it keeps its modification time. A failed or
 * killed build leaves the published site as it was.
 *
 * <p>{@link #beginPatch()}, for a build that changes a few files of a large site: only the changed
 * files are written, into a pending folder beside the output folder ({@code .site.pending}), and
 * {@link Patch#commit()} moves them into the published site in place, one rename each; files not
 * changed are not touched at all. Before the first rename, a journal ({@code .site.journal}) lists
 * every path the commit replaces, adds or removes, and the published version of each is kept,
 * hard-linked, in a rollback folder ({@code .site.rollback}) until the last rename is done. The
 * renames take milliseconds for a few hundred files, and while they run the site is a mix of old
 * and new files; a build killed inside them leaves the journal behind, and the next build, of
 * either kind, first rolls the site back exactly to the previous one before it does anything else.
 *
 * <p>Dateline deletes and replaces only folders it made itself: every site it builds holds the
 * marker file {@value #MARKER}. An existing output, staging or previous folder that is neither
 * empty nor marked is someone else's, and the build stops with a message instead of deleting it.
 */
public final class SiteWriter {

  /** The file that marks a folder as built by Dateline; published with the site. */
  public static final String MARKER = ".dateline-site";

  static final byte[] MARKER_TEXT = ("This folder was built by Dateline and is replaced on every"
      + " build.\nDo not keep anything else here.\n").getBytes(StandardCharsets.UTF_8);

  private final Path out;
  private final Path staging;
  private final Path retired;
  private final Path pending;
  private final Path rollback;
  private final Path journal;

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
    this.pending = parent.resolve("." + name + ".pending");
    this.rollback = parent.resolve("." + name + ".rollback");
    this.journal = parent.resolve("." + name + ".journal");
  }

  /**
   * One build's files on their way to the published site, by either way of publishing. Writes
   * may run in parallel; {@link #commit()} or {@link #abort()} waits for those under way and
   * refuses any later one.
   */
  public interface Publication {

    /** Adds or replaces the file at {@code path} (relative, with '/' separators). */
    void write(String path, byte[] content);

    /**
     * Keeps the published file at {@code path} unchanged in the new site, without its bytes
     * being produced again: for files the caller knows would come out the same. Returns false,
     * keeping nothing, when no such file is published.
     */
    boolean keep(String path);

    /**
     * Leaves the published file at {@code path} out of the new site. A staged site holds only
     * the files written or kept, so this matters only to a {@link Patch}.
     */
    void remove(String path);

    void commit();

    /** Drops what was written; the published site stays as it was. */
    void abort();

    long filesWritten();

    long filesUnchanged();

    long bytes();
  }

  /** The folder being published. */
  public Path out() {
    return out;
  }

  /**
   * Starts a build: restores a site left retired by a killed swap, clears what a killed build
   * left in staging, and refuses folders that Dateline did not make.
   */
  public Staging begin() {
    try {
      checkFolders();
      rollBackUnfinishedPatch();
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(retired,
          LinkOption.NOFOLLOW_LINKS)) {
        Files.move(retired, out, StandardCopyOption.ATOMIC_MOVE);
      }
      Set<Path> skeleton = clearFiles(staging);
      deleteOwnedTree(retired);
      Files.createDirectories(staging);
      markAsDatelines(staging);
      return new Staging(skeleton);
    } catch (IOException e) {
      throw new PublishException("cannot prepare " + staging + ": " + e.getMessage(), e);
    }
  }

  /**
   * Puts the marker into {@code folder}: the published site's own marker file where there is one,
   * so that it too keeps its modification time, else a new one. The marker is replaced in one
   * rename, so the folder never stands unmarked.
   */
  private void markAsDatelines(Path folder) throws IOException {
    Path marker = folder.resolve(MARKER);
    Path published = out.resolve(MARKER);
    boolean publishedMarker = Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS);
    if (publishedMarker && Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
        && Files.isSameFile(marker, published)) {
      return;
    }
    Path next = folder.resolve(MARKER + ".next");
    Files.deleteIfExists(next);
    try {
      if (!publishedMarker) {
        throw new IOException("no published marker");
      }
      Files.createLink(next, published);
    } catch (IOException | UnsupportedOperationException noLink) {
      Files.write(next, MARKER_TEXT);
    }
    Files.move(next, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(next);
  }

  /**
   * Refuses, with a message, an output folder (or a staging or previous folder beside it) that
   * exists and was not built by Dateline; called before a build starts, so that it fails at once
   * rather than after all the work, and again when it begins publishing.
   */
  public void checkFolders() {
    try {
      requireOwnedFolder(out, "the output folder");
      requireOwnedFolder(staging, "the staging folder");
      requireOwnedFolder(retired, "the previous site");
      requireOwnedFolder(pending, "the pending folder");
      requireOwnedFolder(rollback, "the rollback folder");
      if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
        throw new PublishException(journal + " (the journal of an unfinished commit) is not a"
            + " file; remove it or choose another output folder with --out");
      }
    } catch (IOException e) {
      throw new PublishException("cannot read " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses {@code folder} unless it is missing, empty or marked as built by Dateline, so that a
   * mistyped {@code --out} never deletes someone's files.
   */
  private static void requireOwnedFolder(Path folder, String role) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new PublishException(folder + " (" + role + ") exists and is not a folder; remove it"
          + " or choose another output folder with --out");
    }
    if (Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      if (entries.iterator().hasNext()) {
        throw new PublishException("refusing to replace " + folder + " (" + role + "): it is not"
            + " empty and was not built by Dateline (it has no " + MARKER + " file). Dateline"
            + " replaces its output folder on every build; move those files away, or choose"
            + " another folder with --out");
      }
    }
  }

  /**
   * One build's files on their way to the output folder. Thread-safe: writes may run in parallel,
   * and {@link #commit()} or {@link #abort()} waits for those under way and refuses any later one,
   * so a rendering thread still busy when another one failed cannot write into a folder being
   * swapped or deleted.
   */
  public final class Staging extends Ledger {


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

    @Override
    public void write(String path, byte[] content) {
      Path target = resolveInside(staging, path);
      Path previous = resolveInside(out, path);
      openStep("write", path);
      try {
        store(target, previous, content);
      } finally {
        closeStep();
      }
    }

    private void store(Path target, Path previous, byte[] content) {
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

    @Override
    public boolean keep(String path) {
      Path target = resolveInside(staging, path);
      Path previous = resolveInside(out, path);
      openStep("keep", path);
      try {
        return link(target, previous);
      } finally {
        closeStep();
      }
    }

    private boolean link(Path target, Path previous) {
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

    /** Nothing to do: a file neither written nor kept is not in the staged site. */
    @Override
    public void remove(String path) {
      resolveInside(out, path);
    }

    /**
     * Swaps the staged site in for the published one. Between the two renames the output folder
     * is briefly missing; a build killed there is repaired by the next {@link #begin()}. The
     * replaced site becomes the next build's staging folder, so its folders are reused.
     */
    @Override
    public void commit() {
      end();
      boolean retiredOld = false;
      try {
        // Again at the last moment: someone may have put files there while the site was built.
        requireOwnedFolder(out, "the output folder");
        removeUnusedFolders();
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(out, retired, StandardCopyOption.ATOMIC_MOVE);
          retiredOld = true;
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(retired, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(retired, staging, StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException e) {
        if (retiredOld) {
          putBack();
        }
        throw new PublishException("cannot swap the new site into " + out + ": " + e.getMessage(),
            e);
      }
      try {
        deleteOwnedTree(retired);
      } catch (IOException e) {
        // The new site is published all the same; the next begin() removes what is left.
      }
    }

    private void putBack() {
      try {
        Files.move(retired, out, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException ignored) {
        // The next begin() puts it back: it restores a retired site whenever out/ is missing.
      }
    }

    /** Removes a folder left where this build puts a file. */
    private void makeRoomFor(Path file) throws IOException {
      if (skeleton.contains(file)) {
        deleteOwnedTree(file);
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

    @Override
    public void abort() {
      end();
      try {
        deleteOwnedTree(staging);
      } catch (IOException e) {
        throw new PublishException("cannot remove " + staging + ": " + e.getMessage(), e);
      }
    }

  }

  /**
   * Starts a build that changes the published site in place (see the class comment): rolls back a
   * commit a killed build left unfinished, clears what it left pending, and refuses folders that
   * Dateline did not make. The site must be published already.
   */
  public Patch beginPatch() {
    try {
      checkFolders();
      rollBackUnfinishedPatch();
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(retired,
          LinkOption.NOFOLLOW_LINKS)) {
        Files.move(retired, out, StandardCopyOption.ATOMIC_MOVE);
      }
      if (!Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
        throw new PublishException("cannot change " + out + " in place: it holds no site built"
            + " by Dateline");
      }
      deleteOwnedTree(pending);
      Files.createDirectories(pending);
      Files.write(pending.resolve(MARKER), MARKER_TEXT);
      return new Patch();
    } catch (IOException e) {
      throw new PublishException("cannot prepare " + pending + ": " + e.getMessage(), e);
    }
  }

  /**
   * Undoes the commit of a build killed while it renamed files into the site, as its journal
   * says: every replaced or removed file gets its published version back from the rollback folder
   * and every added file goes, so the site is exactly the one before that build. Each step can be
   * done twice, so a rollback that is itself cut short is finished by the next one.
   */
  private void rollBackUnfinishedPatch() throws IOException {
    Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".tmp"));
    if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
      List<Journal.Change> changes;
      try {
        changes = Journal.read(journal);
      } catch (IOException e) {
        throw new PublishException("cannot read " + journal + ", the journal of a commit that"
            + " was cut short (" + e.getMessage() + "); the site in " + out + " may be a mix of"
            + " two builds: delete " + out + ", " + journal + " and " + rollback + " and build"
            + " again", e);
      }
      for (Journal.Change change : reversed(changes)) {
        Path published = resolveInside(out, change.path());
        Path kept = resolveInside(rollback, change.path());
        if (change.existed()) {
          if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(published.getParent());
            Files.move(kept, published, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
          }
        } else if (!change.remove()) {
          Files.deleteIfExists(published);
          removeEmptyFolders(published.getParent());
        }
      }
      Files.delete(journal);
    }
    deleteOwnedTree(rollback);
    deleteOwnedTree(pending);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /** Removes {@code folder} and then its parents while they are empty, up to the site's root. */
  private void removeEmptyFolders(Path folder) throws IOException {
    for (Path f = folder; f != null && f.startsWith(out) && !f.equals(out); f = f.getParent()) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(f)) {
        if (entries.iterator().hasNext()) {
          return;
        }
      } catch (java.nio.file.NoSuchFileException gone) {
        continue;
      }
      Files.delete(f);
    }
  }

  /**
   * The changed files of one build, on their way into the published site in place. Thread-safe
   * like {@link Staging}.
   */
  public final class Patch extends Ledger {

    /** The paths this build writes (false) or removes (true). */
    private final Map<String, Boolean> changes = new ConcurrentHashMap<>();

    private Patch() {}

    @Override
    public void write(String path, byte[] content) {
      Path target = resolveInside(pending, path);
      Path published = resolveInside(out, path);
      openStep("write", path);
      try {
        bytes.addAndGet(content.length);
        if (sameBytes(published, content)) {
          unchanged.incrementAndGet();
          return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        changes.put(path, false);
        written.incrementAndGet();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
      } finally {
        closeStep();
      }
    }

    @Override
    public boolean keep(String path) {
      Path published = resolveInside(out, path);
      openStep("keep", path);
      try {
        BasicFileAttributes attributes = Files.readAttributes(published,
            BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
          return false;
        }
        bytes.addAndGet(attributes.size());
        unchanged.incrementAndGet();
        return true;
      } catch (java.nio.file.NoSuchFileException missing) {
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep " + published + ": " + e.getMessage(), e);
      } finally {
        closeStep();
      }
    }

    @Override
    public void remove(String path) {
      resolveInside(out, path);
      openStep("remove", path);
      try {
        changes.putIfAbsent(path, true);
      } finally {
        closeStep();
      }
    }

    /**
     * Moves the changed files into the site: the journal first, then, path by path, the published
     * version into the rollback folder and the new file over it; removals before additions, so a
     * file may take the place of a folder emptied by the same build. A failure rolls the site
     * back at once; a kill is rolled back by the next build.
     */
    @Override
    public void commit() {
      commit(Integer.MAX_VALUE);
    }

    /**
     * For tests: commits as a build killed after {@code renames} changes to the site would, and
     * leaves the journal, rollback and pending folders as that build would leave them.
     */
    void commitKilledAfter(int renames) {
      commit(renames);
    }

    private void commit(int killedAfter) {
      end();
      List<Journal.Change> journalled = new ArrayList<>(changes.size());
      try {
        requireOwnedFolder(out, "the output folder");
        for (Map.Entry<String, Boolean> change : new TreeMap<>(changes).entrySet()) {
          boolean existed = Files.isRegularFile(resolveInside(out, change.getKey()),
              LinkOption.NOFOLLOW_LINKS);
          if (existed || !change.getValue()) {
            journalled.add(new Journal.Change(change.getKey(), change.getValue(), existed));
          }
        }
        journalled.sort(Comparator.comparing((Journal.Change c) -> !c.remove())
            .thenComparing(Journal.Change::path));
      } catch (IOException e) {
        abort();
        throw new PublishException("cannot read " + out + ": " + e.getMessage(), e);
      }
      if (!journalled.isEmpty()) {
        try {
          Files.createDirectories(rollback);
          Files.write(rollback.resolve(MARKER), MARKER_TEXT);
          Journal.write(journal, journalled);
          for (int i = 0; i < journalled.size(); i++) {
            if (i == killedAfter) {
              return;
            }
            apply(journalled.get(i));
          }
        } catch (IOException | RuntimeException e) {
          try {
            rollBackUnfinishedPatch();
          } catch (IOException | RuntimeException notRolledBack) {
            e.addSuppressed(notRolledBack);
          }
          throw new PublishException("cannot change the site in " + out + " in place: "
              + e.getMessage(), e);
        }
      }
      try {
        Files.deleteIfExists(journal);
        deleteOwnedTree(rollback);
        deleteOwnedTree(pending);
      } catch (IOException e) {
        // The new site is published all the same; the next build removes what is left.
      }
    }

    private void apply(Journal.Change change) throws IOException {
      Path published = resolveInside(out, change.path());
      Path kept = resolveInside(rollback, change.path());
      if (change.existed()) {
        Files.createDirectories(kept.getParent());
        if (change.remove()) {
          Files.move(published, kept, StandardCopyOption.ATOMIC_MOVE);
          removeEmptyFolders(published.getParent());
          return;
        }
        Files.createLink(kept, published);
      }
      Files.createDirectories(published.getParent());
      Files.move(resolveInside(pending, change.path()), published,
          StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void abort() {
      end();
      try {
        deleteOwnedTree(pending);
      } catch (IOException e) {
        throw new PublishException("cannot remove " + pending + ": " + e.getMessage(), e);
      }
    }

  }

  /**
   * What both ways of publishing keep: the counts for the build summary, and whether the build
   * has ended. Each write, keep or remove is a step under a shared lock, so that ending (commit or
   * abort) waits for the steps under way and refuses any later one.
   */
  private abstract static class Ledger implements Publication {

    final AtomicLong written = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean ended;

    /** Starts a step, refused once the build has ended; end it with {@link #closeStep()}. */
    final void openStep(String action, String path) {
      lock.readLock().lock();
      if (ended) {
        lock.readLock().unlock();
        throw new PublishException("cannot " + action + " " + path
            + ": the build has already ended");
      }
    }

    final void closeStep() {
      lock.readLock().unlock();
    }

    /** Ends the build, once the steps under way are done. */
    final void end() {
      lock.writeLock().lock();
      try {
        ended = true;
      } finally {
        lock.writeLock().unlock();
      }
    }

    @Override
    public long filesWritten() {
      return written.get();
    }

    @Override
    public long filesUnchanged() {
      return unchanged.get();
    }

    @Override
    public long bytes() {
      return bytes.get();
    }
  }

  private static Path resolveInside(Path root, String path) {
    if (isPlainRelative(path) && !path.equalsIgnoreCase(MARKER)) {
      return root.resolve(path);
    }
    Path resolved = root.resolve(path).normalize();
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || !resolved.startsWith(root) || resolved.equals(root)
        || resolved.equals(root.resolve(MARKER))) {
      throw new PublishException("refusing to write '" + path + "' outside " + root);
    }
    return resolved;
  }

  /**
   * Whether {@code path} is names joined by {@code /}, none of them empty, {@code .} or
   * {@code ..}, and none with a drive letter's colon: then it stays inside any folder it is
   * resolved against, with no need to normalise it (a site has a hundred thousand of them to
   * check).
   */
  private static boolean isPlainRelative(String path) {
    int length = path.length();
    if (length == 0 || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
      return false;
    }
    int nameStart = 0;
    for (int i = 0; i <= length; i++) {
      if (i == length || path.charAt(i) == '/') {
        int nameLength = i - nameStart;
        if (nameLength == 0 || (nameLength <= 2 && path.charAt(nameStart) == '.'
            && (nameLength == 1 || path.charAt(nameStart + 1) == '.'))) {
          return false;
        }
        nameStart = i + 1;
      }
    }
    return true;
  }

  private static boolean sameBytes(Path previous, byte[] content) throws IOException {
    if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
        || Files.size(previous) != content.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(previous), content);
  }

  /**
   * Deletes the files under {@code root} but keeps its folders (and its marker), and returns the
   * folders. After a swap the replaced site waits in the staging folder, so the next build finds
   * most of its folders made: creating and above all removing a folder costs far more than a file
   * on many file systems (a 100,000-article site has a folder per page).
   */
  static Set<Path> clearFiles(Path root) throws IOException {
    Set<Path> folders = new HashSet<>();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return folders;
    }
    Path marker = root.resolve(MARKER);
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
        if (!file.equals(marker)) {
          Files.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return folders;
  }

  /**
   * Deletes a folder Dateline made, without following symbolic links. The marker goes last, so a
   * deletion cut short still leaves a folder that the next build recognises as its own.
   */
  static void deleteOwnedTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path marker = root.resolve(MARKER);
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (!file.equals(marker)) {
          Files.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        if (dir.equals(root)) {
          Files.deleteIfExists(marker);
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}

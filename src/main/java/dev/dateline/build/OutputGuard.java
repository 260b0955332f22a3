package dev.dateline.build;

import dev.dateline.publish.PublishException;
import dev.dateline.publish.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses output folders whose replacement would destroy something that is not a built site:
 * the content or templates folder, a folder holding them or inside them, the current folder, a
 * repository root, the home folder or the file system root. Paths are compared after resolving
 * symbolic links, so a link cannot smuggle one of them in. Last, a folder that exists must have
 * been built by Dateline (the publisher's marker file), checked here so the build fails at once.
 */
final class OutputGuard {

  private final Path home;
  private final Path workingFolder;

  OutputGuard() {
    this(Path.of(System.getProperty("user.home")), Path.of(""));
  }

  OutputGuard(Path home, Path workingFolder) {
    this.home = home;
    this.workingFolder = workingFolder;
  }

  void check(Path out, Path content, Path templates) {
    Path o = real(out);
    refuseIf(o.getParent() == null, out, "it is the file system root");
    refuseIf(o.equals(real(home)), out, "it is your home folder");
    refuseIf(o.equals(real(workingFolder)), out, "it is the current folder");
    refuseIf(Files.exists(o.resolve(".git")), out, "it is a repository root");
    refuseIf(real(content).startsWith(o), out, "it is or contains the content folder " + content);
    refuseIf(real(templates).startsWith(o), out,
        "it is or contains the templates folder " + templates);
    refuseIf(o.startsWith(real(content)), out, "it is inside the content folder " + content
        + ", so the next build would read its own output");
    refuseIf(o.startsWith(real(templates)), out, "it is inside the templates folder "
        + templates);
    new SiteWriter(out).checkFolders();
  }

  private static void refuseIf(boolean condition, Path out, String why) {
    if (condition) {
      throw new PublishException("refusing to use " + out + " as the output folder: " + why
          + ". Dateline replaces its output folder on every build; choose a folder of its own,"
          + " such as site/");
    }
  }

  /**
   * The real path of the folder, or of its nearest existing ancestor with the rest appended, so
   * that a link anywhere along the way is resolved even when the folder itself is not there yet.
   */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (java.io.IOException e) {
      return absolute;
    }
  }
}

package dev.dateline.build;

import dev.dateline.publish.PublishException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses output folders whose replacement would destroy something that is not a built site:
 * the content or templates folder, a folder holding them, the current folder, the home folder
 * or the file system root.
 */
final class OutputGuard {

  void check(Path out, Path content, Path templates) {
    Path o = real(out);
    refuseIf(o.getParent() == null, out, "it is the file system root");
    refuseIf(o.equals(real(Path.of(System.getProperty("user.home")))), out,
        "it is your home folder");
    refuseIf(o.equals(real(Path.of(""))), out, "it is the current folder");
    refuseIf(Files.exists(o.resolve(".git")), out, "it is a repository root");
    refuseIf(real(content).startsWith(o), out, "it is or contains the content folder " + content);
    refuseIf(real(templates).startsWith(o), out,
        "it is or contains the templates folder " + templates);
  }

  private static void refuseIf(boolean condition, Path out, String why) {
    if (condition) {
      throw new PublishException("refusing to use " + out + " as the output folder: " + why
          + ". Dateline replaces its output folder on every build; choose a folder of its own,"
          + " such as site/");
    }
  }

  /** The real path where the folder exists, else its absolute normalised form. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (java.io.IOException e) {
      return absolute;
    }
  }
}

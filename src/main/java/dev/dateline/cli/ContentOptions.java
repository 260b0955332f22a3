package dev.dateline.cli;

import dev.dateline.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that reads a content folder: {@code build} and {@code check}. */
final class ContentOptions {

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of article files (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Site configuration (YAML or JSON). Default: dateline.yaml, dateline.yml or"
          + " dateline.json in the current folder, if present.")
  Path config;

  @Option(names = "--strict", description = "Warnings make the exit code non-zero too.")
  boolean strict;

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MB",
      converter = ByteSize.class,
      description = "Article files larger than this are rejected unread (default:"
          + " ${DEFAULT-VALUE}).")
  long maxFileSize;

  /** The configuration file to read: the one given, else the default one here, else none. */
  Path configFile() {
    ConfigLoader loader = new ConfigLoader();
    return config != null ? config : loader.find(Path.of(""));
  }

  /** The content folder as records and messages name it. */
  String contentShownAs() {
    return content.toString().replace('\\', '/');
  }
}

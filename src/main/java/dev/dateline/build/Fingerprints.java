package dev.dateline.build;

import dev.dateline.article.ParseResult;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What, besides an article's own file, decides what a build makes of it. When a fingerprint
 * differs from the one a cache was written with, nothing in that cache is used.
 */
final class Fingerprints {

  /** Bumped when the layout of the cache files changes. */
  static final int CACHE_FORMAT = 3;

  private final String dateline;

  Fingerprints() {
    this.dateline = datelineBuild();
  }

  /**
   * For parsed records: Dateline itself, the record shape, the configuration, and any other
   * setting the per-file work depends on, each given by a stable text (a record's toString).
   */
  String parse(SiteConfig config, Object... settings) {
    Hashes hashes = new Hashes().add("parse " + CACHE_FORMAT).add(dateline)
        .add(RecordCodec.schema(ParseResult.class)).add(config.toString());
    for (Object setting : settings) {
      hashes.add(String.valueOf(setting));
    }
    return hashes.key();
  }

  /**
   * For rendered pages: Dateline, the shape of the page models the cache keeps
   * ({@link PageModels}), the configuration, every file of the templates folder, and
   * {@code SOURCE_DATE_EPOCH}, the time of feeds that no article dates.
   */
  String render(SiteConfig config, Path templates) throws IOException {
    Hashes hashes = new Hashes().add("render " + CACHE_FORMAT).add(dateline)
        .add(RecordCodec.schema(Page.class)).add(config.toString())
        .add("SOURCE_DATE_EPOCH=" + System.getenv("SOURCE_DATE_EPOCH"));
    for (Path file : files(templates)) {
      hashes.add(templates.relativize(file).toString()).add(Files.readAllBytes(file));
    }
    return hashes.key();
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Identifies the Dateline code that runs: its version, and the size and time of the jar (or of
   * every class file), so that a rebuilt development jar counts as a new version.
   */
  private static String datelineBuild() {
    StringBuilder id = new StringBuilder(String.valueOf(
        Fingerprints.class.getPackage().getImplementationVersion()));
    try {
      Path code = Path.of(Fingerprints.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      for (Path file : Files.isDirectory(code) ? files(code) : List.of(code)) {
        id.append('|').append(code.relativize(file.toAbsolutePath())).append(' ')
            .append(Files.size(file)).append(' ').append(Files.getLastModifiedTime(file));
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      id.append("|unknown code location ").append(System.nanoTime());
    }
    return id.toString();
  }
}

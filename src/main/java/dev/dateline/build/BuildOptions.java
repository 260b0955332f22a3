package dev.dateline.build;

import dev.dateline.config.SiteConfig;
import java.nio.file.Path;

/**
 * What to build, and where.
 *
 * @param contentShownAs how the content folder is named in records and messages
 * @param strict warnings make the exit code non-zero too
 * @param maxFileSize article files larger than this many bytes are rejected, never read whole
 */
public record BuildOptions(Path content, String contentShownAs, Path templates, Path out,
    SiteConfig config, boolean strict, long maxFileSize) {

  /** The default of {@code --max-file-size}, in bytes. */
  public static final long DEFAULT_MAX_FILE_SIZE = ContentLoader.DEFAULT_MAX_FILE_SIZE;

  public BuildOptions {
    if (maxFileSize < 1) {
      throw new IllegalArgumentException("maxFileSize must be at least 1 byte: " + maxFileSize);
    }
  }

  public BuildOptions(Path content, String contentShownAs, Path templates, Path out,
      SiteConfig config, boolean strict) {
    this(content, contentShownAs, templates, out, config, strict, DEFAULT_MAX_FILE_SIZE);
  }
}

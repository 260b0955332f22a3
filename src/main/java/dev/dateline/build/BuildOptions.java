package dev.dateline.build;

import dev.dateline.config.SiteConfig;
import java.nio.file.Path;

/**
 * What to build, and where.
 *
 * @param contentShownAs how the content folder is named in records and messages
 * @param strict warnings make the exit code non-zero too
 */
public record BuildOptions(Path content, String contentShownAs, Path templates, Path out,
    SiteConfig config, boolean strict) {}

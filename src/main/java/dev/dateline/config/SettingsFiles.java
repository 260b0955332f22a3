package dev.dateline.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a settings file is found: the configuration ({@code dateline.yaml}) and the curated tag
 * file ({@code tags.yaml}) may each be spelt in YAML or JSON, under one of a few names.
 */
public final class SettingsFiles {

  private SettingsFiles() {}

  /** The first of {@code names} that is a file in {@code dir}, or null. */
  public static Path find(Path dir, List<String> names) {
    for (String name : names) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}

package dev.dateline.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Times in feeds and sitemaps, always taken from article dates so that two builds of the same
 * content are byte-identical. Where no article gives one (an empty feed), the time is
 * {@code SOURCE_DATE_EPOCH} (reproducible-builds.org) if set, else the Unix epoch: never the
 * clock.
 */
final class FeedTime {

  private FeedTime() {}

  /** Midnight UTC of {@code date}, in RFC 3339. */
  static String of(LocalDate date) {
    return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** The time to use when no article gives one, from {@code environment}. */
  static String fallback(Map<String, String> environment) {
    String epoch = environment.get("SOURCE_DATE_EPOCH");
    long seconds = 0;
    if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
      seconds = Long.parseLong(epoch.strip());
    }
    return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(seconds));
  }
}

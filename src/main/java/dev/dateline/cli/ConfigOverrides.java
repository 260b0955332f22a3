package dev.dateline.cli;

import dev.dateline.config.ConfigException;
import dev.dateline.config.ConfigLoader;
import dev.dateline.config.SiteConfig;

/** Command-line flags that override the configuration file; null means "not given". */
record ConfigOverrides(String baseUrl, String title, Integer pageSize, Integer feedSize) {

  SiteConfig apply(SiteConfig c) {
    if (pageSize != null && pageSize < 1 || feedSize != null && feedSize < 1) {
      throw new ConfigException("--page-size and --feed-size must be at least 1");
    }
    if (baseUrl != null) {
      ConfigLoader.checkBaseUrl("--base-url", baseUrl);
    }
    SiteConfig out = title != null ? c.withTitle(title) : c;
    out = baseUrl != null ? out.withBaseUrl(baseUrl) : out;
    out = pageSize != null ? out.withPageSize(pageSize) : out;
    return feedSize != null ? out.withFeedSize(feedSize) : out;
  }
}

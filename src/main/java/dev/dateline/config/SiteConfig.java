package dev.dateline.config;

import java.util.Locale;

/**
 * The site's settings, validated when loaded and immutable afterwards.
 *
 * @param title the site's name, shown in every page header and feed
 * @param baseUrl the absolute URL the site is published under, ending in "/"; used only where a URL
 *     must be absolute (canonical links, feeds, sitemap)
 * @param language BCP 47 tag for {@code <html lang>} and feeds
 * @param pageSize items per page of every list
 * @param feedSize entries per feed
 * @param defaultYear year for datelines without one when nothing else gives it; may be null
 */
public record SiteConfig(
    String title,
    String description,
    String baseUrl,
    String language,
    int pageSize,
    int feedSize,
    Integer defaultYear) {

  public static final String DEFAULT_BASE_URL = "https://example.org/";

  public SiteConfig {
    if (!baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
  }

  public static SiteConfig defaults() {
    return new SiteConfig("Dateline archive", "An archive of news articles", DEFAULT_BASE_URL, "en",
        50, 50, null);
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** The absolute form of a site-relative URL such as {@code 2019/09/}. */
  public String absolute(String siteUrl) {
    return baseUrl + siteUrl;
  }
}

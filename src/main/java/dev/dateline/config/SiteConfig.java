package dev.dateline.config;

import java.util.Locale;

/**
 * The site's settings, validated when loaded and immutable afterwards.
 *
 * @param title the site's name, shown in every page header and feed
 * @param baseUrl the absolute URL the site is published under, ending in "/"; used only where a URL
 *     must be absolute (canonical links, feeds, sitemap, JSON-LD)
 * @param language BCP 47 tag for {@code <html lang>} and feeds
 * @param pageSize items per page of the home page, the date pages and the indexes
 * @param feedSize entries of the site's feeds ({@code feed.xml}, {@code feed.json})
 * @param defaultYear year for datelines without one when nothing else gives it; may be null
 * @param tagPageSize articles per page of a tag, place, agency or photographer page
 * @param tagFeedSize entries of each tag's feed
 * @param relatedCount related articles shown under an article (0 for none)
 * @param sitemapSize URLs per sitemap file, at most 50,000 (the sitemap protocol's limit)
 */
public record SiteConfig(
    String title,
    String description,
    String baseUrl,
    String language,
    int pageSize,
    int feedSize,
    Integer defaultYear,
    int tagPageSize,
    int tagFeedSize,
    int relatedCount,
    int sitemapSize) {

  public static final String DEFAULT_BASE_URL = "https://example.org/";
  public static final int SITEMAP_LIMIT = 50_000;

  public SiteConfig {
    if (!baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
  }

  /** The settings of the first version, with the defaults for everything added since. */
  public SiteConfig(String title, String description, String baseUrl, String language,
      int pageSize, int feedSize, Integer defaultYear) {
    this(title, description, baseUrl, language, pageSize, feedSize, defaultYear, pageSize, 20, 5,
        SITEMAP_LIMIT);
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

  public SiteConfig withTitle(String newTitle) {
    return new SiteConfig(newTitle, description, baseUrl, language, pageSize, feedSize,
        defaultYear, tagPageSize, tagFeedSize, relatedCount, sitemapSize);
  }

  public SiteConfig withBaseUrl(String newBaseUrl) {
    return new SiteConfig(title, description, newBaseUrl, language, pageSize, feedSize,
        defaultYear, tagPageSize, tagFeedSize, relatedCount, sitemapSize);
  }

  /** Every list page, tag pages included, gets {@code size} items. */
  public SiteConfig withPageSize(int size) {
    return new SiteConfig(title, description, baseUrl, language, size, feedSize, defaultYear,
        size, tagFeedSize, relatedCount, sitemapSize);
  }

  public SiteConfig withFeedSize(int size) {
    return new SiteConfig(title, description, baseUrl, language, pageSize, size, defaultYear,
        tagPageSize, tagFeedSize, relatedCount, sitemapSize);
  }

  public SiteConfig withSitemapSize(int size) {
    return new SiteConfig(title, description, baseUrl, language, pageSize, feedSize, defaultYear,
        tagPageSize, tagFeedSize, relatedCount, size);
  }
}

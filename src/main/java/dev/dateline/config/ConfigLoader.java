package dev.dateline.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the optional site configuration file ({@code dateline.yaml}, {@code dateline.yml} or
 * {@code dateline.json}) and checks every key and value, naming the file and the key on error.
 */
public final class ConfigLoader {

  public static final List<String> FILE_NAMES =
      List.of("dateline.yaml", "dateline.yml", "dateline.json");

  private static final Set<String> KEYS = new TreeSet<>(Set.of("title", "description", "baseUrl",
      "language", "pageSize", "feedSize", "defaultYear", "tagPageSize", "tagFeedSize",
      "relatedCount", "sitemapSize"));

  private final ObjectMapper yaml = YAMLMapper.builder().build();
  private final ObjectMapper json = JsonMapper.builder().build();

  /** The first of {@link #FILE_NAMES} that exists in {@code dir}, or null. */
  public Path find(Path dir) {
    return SettingsFiles.find(dir, FILE_NAMES);
  }

  /** The configuration in {@code file}, or the defaults when {@code file} is null. */
  public SiteConfig load(Path file) {
    if (file == null) {
      return SiteConfig.defaults();
    }
    JsonNode root;
    try {
      ObjectMapper mapper = file.toString().endsWith(".json") ? json : yaml;
      root = mapper.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(file + ":" + line + ": not valid " + kind(file) + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return SiteConfig.defaults();
    }
    if (!root.isObject()) {
      throw new ConfigException(file + ": must be a mapping of keys to values; allowed keys: "
          + KEYS);
    }
    return fromTree(file.toString(), root);
  }

  private SiteConfig fromTree(String file, JsonNode root) {
    SiteConfig d = SiteConfig.defaults();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      String key = it.next().getKey();
      if (!KEYS.contains(key)) {
        String guess = KEYS.stream().filter(k -> k.equalsIgnoreCase(key)).findFirst()
            .map(k -> " (did you mean '" + k + "'?)").orElse("");
        throw new ConfigException(file + ": unknown key '" + key + "'" + guess
            + "; allowed keys: " + KEYS);
      }
    }
    String baseUrl = text(file, root, "baseUrl", d.baseUrl());
    checkBaseUrl(file, baseUrl);
    String language = text(file, root, "language", d.language());
    checkLanguage(file, language);
    int pageSize = number(file, root, "pageSize", d.pageSize(), 1, 10_000);
    return new SiteConfig(
        text(file, root, "title", d.title()),
        text(file, root, "description", d.description()),
        baseUrl,
        language,
        pageSize,
        number(file, root, "feedSize", d.feedSize(), 1, 10_000),
        root.has("defaultYear") ? number(file, root, "defaultYear", 0, 1800, 2200) : null,
        number(file, root, "tagPageSize", pageSize, 1, 10_000),
        number(file, root, "tagFeedSize", d.tagFeedSize(), 1, 10_000),
        number(file, root, "relatedCount", d.relatedCount(), 0, 50),
        number(file, root, "sitemapSize", d.sitemapSize(), 1, SiteConfig.SITEMAP_LIMIT));
  }

  /** Refuses a base URL that is not an absolute http(s) URL; {@code where} names its origin. */
  public static void checkBaseUrl(String where, String baseUrl) {
    try {
      URI uri = new URI(baseUrl);
      if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw new ConfigException(where + ": key 'baseUrl' must be an absolute http(s) URL such as"
            + " https://user.github.io/repo/, not '" + baseUrl + "'");
      }
    } catch (URISyntaxException e) {
      throw new ConfigException(where + ": key 'baseUrl' is not a URL: " + e.getMessage());
    }
  }

  private static void checkLanguage(String file, String language) {
    if (!language.equals(java.util.Locale.forLanguageTag(language).toLanguageTag())
        && !language.equalsIgnoreCase(java.util.Locale.forLanguageTag(language).toLanguageTag())) {
      throw new ConfigException(file + ": key 'language' must be a BCP 47 language tag such as"
          + " en, en-GB or ru, not '" + language + "'");
    }
  }

  private static String text(String file, JsonNode root, String key, String fallback) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new ConfigException(file + ": key '" + key + "' must be a non-empty text");
    }
    return node.asText().strip();
  }

  private static int number(String file, JsonNode root, String key, int fallback, int min,
      int max) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min
        || node.asInt() > max) {
      throw new ConfigException(file + ": key '" + key + "' must be a whole number from " + min
          + " to " + max + ", not " + node);
    }
    return node.asInt();
  }

  private static String kind(Path file) {
    return file.toString().endsWith(".json") ? "JSON" : "YAML";
  }
}

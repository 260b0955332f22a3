package dev.dateline.tags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import dev.dateline.config.SettingsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the optional curated tag file ({@code tags.yaml}, {@code tags.yml} or {@code tags.json}
 * at the top of the content folder) and checks every key and value, naming the file and the key.
 */
public final class TagRulesLoader {

  public static final List<String> FILE_NAMES = List.of("tags.yaml", "tags.yml", "tags.json");

  private static final Set<String> KEYS =
      new TreeSet<>(Set.of("tags", "suppress", "maxTags", "minScore"));
  private static final Set<String> TAG_KEYS = new TreeSet<>(Set.of("name", "aliases"));

  private final ObjectMapper yaml = YAMLMapper.builder().build();
  private final ObjectMapper json = JsonMapper.builder().build();

  /** The first of {@link #FILE_NAMES} that exists in {@code contentDir}, or null. */
  public Path find(Path contentDir) {
    return SettingsFiles.find(contentDir, FILE_NAMES);
  }

  /** The rules in {@code file}, or the defaults when {@code file} is null. */
  public TagRules load(Path file) {
    if (file == null) {
      return TagRules.defaults();
    }
    try {
      return read(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new TagRulesException(file + ": cannot be read (" + e.getMessage()
          + "); check that the file is readable");
    }
  }

  /** The rules in {@code bytes}; {@code source} names them in messages and decides the format. */
  public TagRules read(String source, byte[] bytes) {
    JsonNode root;
    try {
      root = (source.endsWith(".json") ? json : yaml).readTree(bytes);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new TagRulesException(source + ":" + line + ": not valid "
          + (source.endsWith(".json") ? "JSON" : "YAML") + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new TagRulesException(source + ": cannot be read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new TagRules(source, List.of(), List.of(), TagRules.DEFAULT_MAX_TAGS,
          TagRules.DEFAULT_MIN_SCORE);
    }
    if (!root.isObject()) {
      throw new TagRulesException(source + ": must be a mapping; allowed keys: " + KEYS);
    }
    checkKeys(source, "", root, KEYS);
    List<CuratedTag> tags = tags(source, root.path("tags"));
    List<String> suppress = strings(source, "suppress", root.path("suppress"));
    int maxTags = positive(source, root, "maxTags", TagRules.DEFAULT_MAX_TAGS);
    int minScore = positive(source, root, "minScore", TagRules.DEFAULT_MIN_SCORE);
    return new TagRules(source, tags, suppress, maxTags, minScore);
  }

  private static List<CuratedTag> tags(String source, JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new TagRulesException(source + ": 'tags' must be a list of entries such as"
          + " '- name: United Nations' with 'aliases: [UN, U.N.]'");
    }
    List<CuratedTag> tags = new ArrayList<>();
    Map<String, String> claimedBy = new TreeMap<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode entry = node.get(i);
      String where = "tags[" + (i + 1) + "]";
      CuratedTag tag;
      if (entry.isTextual()) {
        tag = new CuratedTag(nonBlank(source, where, entry.asText()), List.of());
      } else if (entry.isObject()) {
        checkKeys(source, where + ".", entry, TAG_KEYS);
        if (!entry.path("name").isTextual()) {
          throw new TagRulesException(source + ": " + where + ": 'name' is missing; give the"
              + " tag's canonical name, e.g. 'name: United Nations'");
        }
        String name = nonBlank(source, where + ".name", entry.get("name").asText());
        tag = new CuratedTag(name, strings(source, where + ".aliases", entry.path("aliases")));
      } else {
        throw new TagRulesException(source + ": " + where + ": must be a name or a mapping with"
            + " 'name' and 'aliases'");
      }
      List<String> writings = new ArrayList<>(tag.aliases());
      writings.add(0, tag.name());
      for (String writing : writings) {
        String previous = claimedBy.putIfAbsent(writing.toLowerCase(Locale.ROOT), tag.name());
        if (previous != null && !previous.equals(tag.name())) {
          throw new TagRulesException(source + ": " + where + ": '" + writing + "' already"
              + " belongs to the tag '" + previous + "'; keep it under one tag only");
        }
      }
      tags.add(tag);
    }
    return tags;
  }

  private static void checkKeys(String source, String where, JsonNode node, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new TagRulesException(source + ": unknown key '" + where + key + "'; allowed keys: "
            + allowed);
      }
    }
  }

  private static List<String> strings(String source, String key, JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      return List.of(nonBlank(source, key, node.asText()));
    }
    if (!node.isArray()) {
      throw new TagRulesException(source + ": '" + key + "' must be a list of names");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual() && !item.isNumber()) {
        throw new TagRulesException(source + ": '" + key + "' must contain only names; found "
            + item.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      values.add(nonBlank(source, key, item.asText()));
    }
    return values;
  }

  private static String nonBlank(String source, String key, String value) {
    String clean = value.strip().replaceAll("\\s+", " ");
    if (clean.isEmpty()) {
      throw new TagRulesException(source + ": '" + key + "' has an empty name; remove it");
    }
    return clean;
  }

  private static int positive(String source, JsonNode root, String key, int fallback) {
    JsonNode node = root.path(key);
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
      throw new TagRulesException(source + ": '" + key + "' must be a whole number of at least"
          + " 1; found '" + node.asText() + "'");
    }
    return node.asInt();
  }
}

package dev.dateline.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the YAML block between {@code ---} lines at the top of a file. Thread-safe. */
final class FrontMatterReader {

  private static final Set<String> KEYS =
      Set.of("date", "tags", "slug", "headline", "title", "section", "draft", "standfirst");

  private final ObjectMapper yaml = new YAMLMapper();

  FrontMatter read(List<String> lines, ProblemList problems) {
    if (lines.isEmpty() || !isFence(lines.get(0))) {
      return FrontMatter.NONE;
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (isFence(lines.get(i)) || lines.get(i).strip().equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      problems.error(1, "front matter opened with '---' is never closed; add a '---' line after it"
          + " (the file was read as text without front matter)");
      return FrontMatter.NONE;
    }
    List<String> block = lines.subList(1, close);
    JsonNode root;
    try {
      root = yaml.readTree(String.join("\n", block));
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr() + 1;
      problems.error(line, "front matter is not valid YAML (" + firstLine(e.getOriginalMessage())
          + "); it was ignored and the article read from its text");
      return withBodyStart(close + 1);
    } catch (RuntimeException e) {
      problems.error(2, "front matter could not be read (" + e.getClass().getSimpleName()
          + "); it was ignored and the article read from its text");
      return withBodyStart(close + 1);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return withBodyStart(close + 1);
    }
    if (!root.isObject()) {
      problems.error(2, "front matter must be 'key: value' lines; it was ignored");
      return withBodyStart(close + 1);
    }
    return fields(root, keyLines(block), close + 1, problems);
  }

  private FrontMatter fields(JsonNode root, Map<String, Integer> keyLines, int bodyStart,
      ProblemList problems) {
    String headline = null;
    String section = null;
    String standfirst = null;
    String slug = null;
    LocalDate date = null;
    List<String> tags = new ArrayList<>();
    boolean draft = false;
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      int line = keyLines.getOrDefault(key, 1);
      switch (key) {
        case "headline", "title" -> headline = text(value);
        case "section" -> section = text(value);
        case "standfirst" -> standfirst = text(value);
        case "slug" -> slug = text(value);
        case "draft" -> draft = value.asBoolean(false) || "yes".equalsIgnoreCase(value.asText());
        case "tags" -> tags = tags(value);
        case "date" -> {
          date = date(text(value));
          if (date == null && !value.isNull()) {
            problems.error(line, "front matter date '" + value.asText()
                + "' is not a date; write it as YYYY-MM-DD");
          }
        }
        default -> problems.warning(line, "unknown front matter key '" + key + "' (known: "
            + String.join(", ", KEYS.stream().sorted().toList()) + ")");
      }
    }
    return new FrontMatter(headline, section, standfirst, slug, keyLines.getOrDefault("slug", 1),
        date, tags, draft, bodyStart);
  }

  private static FrontMatter withBodyStart(int bodyStart) {
    return new FrontMatter(null, null, null, null, 0, null, List.of(), false, bodyStart);
  }

  private static boolean isFence(String line) {
    return line.strip().equals("---");
  }

  /** File line of each top-level key; the block starts on file line 2. */
  private static Map<String, Integer> keyLines(List<String> block) {
    Map<String, Integer> lines = new HashMap<>();
    for (int i = 0; i < block.size(); i++) {
      String line = block.get(i);
      int colon = line.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#'
          && line.charAt(0) != '-') {
        lines.putIfAbsent(line.substring(0, colon).strip(), i + 2);
      }
    }
    return lines;
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String s = Text.collapseSpaces(Text.normaliseSpaces(value.asText()).strip());
    return s.isEmpty() ? null : s;
  }

  private static List<String> tags(JsonNode value) {
    List<String> tags = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> addTag(tags, text(v)));
    } else if (!value.isNull()) {
      String s = text(value);
      if (s != null) {
        for (String part : s.split(",")) {
          addTag(tags, part);
        }
      }
    }
    return tags;
  }

  private static void addTag(List<String> tags, String tag) {
    if (tag != null && !tag.isBlank()) {
      tags.add(tag.strip());
    }
  }

  private static LocalDate date(String s) {
    if (s == null) {
      return null;
    }
    String day = s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')
        ? s.substring(0, 10) : s;
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}

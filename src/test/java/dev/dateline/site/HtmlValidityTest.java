package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of HTML page of a built site passes the Nu HTML Checker without an error. */
class HtmlValidityTest {

  private final ObjectMapper json = new ObjectMapper();
  private final EmbeddedValidator validator = new EmbeddedValidator();

  HtmlValidityTest() {
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
  }

  @Test
  void theCheckerReportsAnInvalidPage(@TempDir Path out) throws Exception {
    Path page = out.resolve("bad.html");
    Files.writeString(page, "<!DOCTYPE html><html lang=en><title>x</title><p><li>stray</p>");
    assertThat(errorsOf(out, page)).isNotEmpty();
  }

  @Test
  void everyKindOfPageIsValidHtml(@TempDir Path out) throws Exception {
    Path site = TestSite.buildTagged(out.resolve("site"));
    Map<String, List<Path>> byKind = pagesByKind(site);

    Set<String> htmlKinds = Arrays.stream(PageKind.values()).filter(PageKind::isHtml)
        .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.toSet());
    assertThat(byKind.keySet()).containsExactlyInAnyOrderElementsOf(htmlKinds);

    // The first and the last page of each kind: a paginated list's later pages included.
    List<String> errors = new ArrayList<>();
    for (List<Path> pages : byKind.values()) {
      for (Path page : new java.util.LinkedHashSet<>(List.of(pages.get(0),
          pages.get(pages.size() - 1)))) {
        errors.addAll(errorsOf(site, page));
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void theSiteBuiltByTheCommandLineIsValidHtml(@TempDir Path out) throws Exception {
    Path site = TestSite.buildWithCli(out.resolve("site"));
    List<String> errors = new ArrayList<>();
    for (List<Path> pages : pagesByKind(site).values()) {
      errors.addAll(errorsOf(site, pages.get(0)));
    }
    assertThat(errors).isEmpty();
  }

  /** The HTML files of {@code site}, by the kind their body class names. */
  private static Map<String, List<Path>> pagesByKind(Path site) throws IOException {
    Map<String, List<Path>> byKind = new TreeMap<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        String kind = Jsoup.parse(file.toFile()).body().className().replace("kind-", "");
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(file);
      }
    }
    return byKind;
  }

  private List<String> errorsOf(Path site, Path page) throws Exception {
    JsonNode report = json.readTree(validator.validate(page));
    List<String> errors = new ArrayList<>();
    for (JsonNode message : report.path("messages")) {
      if (!message.path("type").asText().equals("info")) {
        errors.add(site.relativize(page) + ":" + message.path("lastLine").asInt() + ": "
            + message.path("type").asText() + ": " + message.path("message").asText() + " ["
            + message.path("extract").asText() + "]");
      }
    }
    return errors;
  }
}

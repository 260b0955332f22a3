package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader with a screen reader or a keyboard needs from every page of the test site, and
 * the contrast of the stylesheet's colours in both schemes (WCAG 2: 4.5:1 for text, 3:1 for the
 * focus ring).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

  private final List<Document> pages = new ArrayList<>();

  @BeforeAll
  void build(@TempDir Path out) throws Exception {
    Path site = TestSite.buildTagged(out.resolve("site"));
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path file : walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        Document doc = Jsoup.parse(file.toFile());
        doc.setBaseUri(site.relativize(file).toString());
        pages.add(doc);
      }
    }
  }

  @Test
  void everyPageNamesItsLanguageAndHasOneMainLandmarkAndASkipLinkToIt() {
    assertThat(pages).isNotEmpty().allSatisfy(doc -> {
      assertThat(doc.select("html").attr("lang")).as(doc.baseUri()).isEqualTo("en");
      assertThat(doc.select("main#main")).as(doc.baseUri()).hasSize(1);
      Element first = doc.select("body a[href]").first();
      assertThat(first.attr("href")).as(doc.baseUri()).isEqualTo("#main");
      assertThat(doc.select("header, footer, nav")).as(doc.baseUri()).isNotEmpty();
    });
  }

  @Test
  void everyPageHasOneH1AndNoSkippedHeadingLevel() {
    assertThat(pages).allSatisfy(doc -> {
      assertThat(doc.select("h1")).as(doc.baseUri()).hasSize(1);
      int previous = 0;
      for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
        int level = heading.tagName().charAt(1) - '0';
        assertThat(level).as("%s: %s after h%d", doc.baseUri(), heading.outerHtml(), previous)
            .isLessThanOrEqualTo(previous + 1);
        previous = level;
      }
    });
  }

  @Test
  void navigationRegionsAreToldApartByTheirLabels() {
    assertThat(pages).allSatisfy(doc -> {
      List<String> labels = doc.select("nav").stream()
          .map(n -> n.hasAttr("aria-label") ? n.attr("aria-label") : n.attr("aria-labelledby"))
          .toList();
      assertThat(labels).as(doc.baseUri()).doesNotContain("").doesNotHaveDuplicates();
    });
  }

  @Test
  void textAndFocusColoursHaveEnoughContrastInBothSchemes() throws Exception {
    String css = Files.readString(TestSite.TEMPLATES.resolve("assets/style.css"));
    Map<String, String> light = variables(css.substring(css.indexOf(":root"),
        css.indexOf("}", css.indexOf(":root"))));
    int dark = css.indexOf("prefers-color-scheme: dark");
    Map<String, String> darkVars = new LinkedHashMap<>(light);
    darkVars.putAll(variables(css.substring(dark, css.indexOf("}", dark))));
    for (Map<String, String> scheme : List.of(light, darkVars)) {
      assertThat(contrast(scheme.get("ink"), scheme.get("paper"))).isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(scheme.get("muted"), scheme.get("paper"))).isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(scheme.get("link"), scheme.get("paper"))).isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(scheme.get("accent"), scheme.get("paper")))
          .isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(scheme.get("link"), scheme.get("cell"))).isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(scheme.get("ink"), scheme.get("cell"))).isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(scheme.get("muted"), scheme.get("empty"))).isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(scheme.get("focus"), scheme.get("paper"))).isGreaterThanOrEqualTo(3.0);
    }
  }

  private static Map<String, String> variables(String block) {
    Map<String, String> vars = new LinkedHashMap<>();
    Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
    while (m.find()) {
      vars.put(m.group(1), m.group(2));
    }
    return vars;
  }

  /** The WCAG 2 contrast ratio of two #rrggbb colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }
}

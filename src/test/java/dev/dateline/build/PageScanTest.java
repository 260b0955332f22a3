package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner the hostile-content tests rely on finds what a browser would run. */
class PageScanTest {

  @TempDir
  Path site;

  private void page(String body) throws IOException {
    SiteFolders.write(site.resolve("a/index.html"), "<!DOCTYPE html><html><head><title>t</title>"
        + "</head><body>" + body + "</body></html>");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\" JaVa&#x09;ScRiPt:alert(1)\">x</a>",
      "<a href=\"vbscript:msgbox(1)\">x</a>",
      "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
      "<iframe src=\"https://example.org/\"></iframe>",
      "<svg><g onload=\"alert(1)\"></g></svg>",
      "<style>body{display:none}</style>",
      "<form action=\"https://example.org/\"><input></form>"})
  void scriptsAndWhatCarriesThemAreFound(String html) throws IOException {
    page("<p>text</p>" + html);

    assertThat(PageScan.activeContent(site)).hasSize(1).first().asString().startsWith("a/index.html");
  }

  @Test
  void escapedMarkupIsTextAndNothingRuns() throws IOException {
    page("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><a href=\"../b/\">b</a>"
        + "<meta name=\"description\" content=\"&lt;img onerror=alert(1)&gt;\">");

    assertThat(PageScan.activeContent(site)).isEmpty();
    assertThat(PageScan.allText(site)).contains("<script>alert(1)</script>");
  }
}

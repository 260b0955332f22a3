package dev.dateline.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the HTML pages of a built site with jsoup, as a browser would, to find what could run. */
public final class PageScan {

  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data");
  /** Elements no page of Dateline's has, and content must never bring in. */
  private static final Set<String> FOREIGN_ELEMENTS =
      Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "form", "base");

  private PageScan() {}

  /** Every HTML page of the site, parsed, by relative path. */
  public static Map<String, Document> pages(Path site) throws IOException {
    Map<String, Document> pages = new java.util.TreeMap<>();
    for (Map.Entry<String, byte[]> file : SiteFolders.files(site).entrySet()) {
      if (file.getKey().endsWith(".html")) {
        pages.put(file.getKey(), Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8)));
      }
    }
    return pages;
  }

  /**
   * What in the pages could run a script: event-handler attributes, script-bearing URLs, frames,
   * objects and forms, a refresh, and scripts or styles carrying content's payload (any
   * {@code alert(}, {@code msgbox(} or {@code display:none}). JSON-LD is data, never run: it
   * counts only if a raw {@code <} in it could close its element. Empty for a safe site.
   */
  public static List<String> activeContent(Path site) throws IOException {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, Document> page : pages(site).entrySet()) {
      for (Element element : page.getValue().getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          String name = attribute.getKey().toLowerCase(Locale.ROOT);
          if (name.startsWith("on")) {
            found.add(page.getKey() + ": event handler " + element.cssSelector() + "[" + name
                + "]");
          }
          if (URL_ATTRIBUTES.contains(name) && scriptUrl(attribute.getValue())) {
            found.add(page.getKey() + ": script URL " + name + "=" + attribute.getValue());
          }
        }
        String tag = element.normalName();
        boolean jsonLd = tag.equals("script")
            && element.attr("type").equalsIgnoreCase("application/ld+json");
        if (FOREIGN_ELEMENTS.contains(tag)
            || jsonLd && element.data().contains("<")
            || !jsonLd && (tag.equals("script") || tag.equals("style")) && payload(element.data())
            || tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
          found.add(page.getKey() + ": active element " + element.outerHtml());
        }
      }
    }
    return found;
  }

  /** The text a reader sees on every page, joined. */
  public static String allText(Path site) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Document page : pages(site).values()) {
      text.append(page.text()).append('\n');
    }
    return text.toString();
  }

  /** Whether a browser would run this URL: what it starts with once it drops blanks and controls. */
  static boolean scriptUrl(String value) {
    String squeezed = value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
    return squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:")
        || squeezed.startsWith("data:");
  }

  private static boolean payload(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    return lower.contains("alert(") || lower.contains("msgbox(") || lower.contains("display:none");
  }

  static boolean isArticle(Document page) {
    return page.body() != null && page.body().hasClass("kind-article");
  }

  static List<String> articleHeadlines(Path site) throws IOException {
    return pages(site).values().stream().filter(PageScan::isArticle)
        .map(p -> p.selectFirst("main h1")).filter(java.util.Objects::nonNull)
        .map(Element::text).sorted().toList();
  }

  static boolean anyFileContains(Path site, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    for (byte[] bytes : SiteFolders.files(site).values()) {
      if (indexOf(bytes, needle) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

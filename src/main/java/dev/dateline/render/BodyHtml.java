package dev.dateline.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An article body as safe HTML. Plain-text articles ({@code .txt}) become escaped paragraphs;
 * Markdown articles ({@code .md}) go through Flexmark with raw HTML suppressed, and the result is
 * cleaned again with jsoup, since copied web text is untrusted and Flexmark's link filter can be
 * bypassed. Built once per run; thread-safe.
 */
final class BodyHtml {

  private static final DataHolder OPTIONS = new MutableDataSet()
      .set(HtmlRenderer.SUPPRESS_HTML, true)
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .toImmutable();

  private final Parser markdown = Parser.builder(OPTIONS).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).build();
  private final Safelist safelist = Safelist.basic()
      .removeProtocols("a", "href", "ftp", "mailto")
      .addAttributes("a", "rel");
  private final Cleaner cleaner = new Cleaner(safelist);

  String render(String source, List<String> paragraphs) {
    if (source.endsWith(".md")) {
      try {
        String html = renderer.render(markdown.parse(String.join("\n\n", paragraphs)));
        return clean(html);
      } catch (StackOverflowError tooDeep) {
        // Markup repeated or nested beyond what Flexmark's recursion takes (a line of 50,000
        // asterisks): the body is shown as plain text rather than stopping the whole build.
      }
    }
    StringBuilder html = new StringBuilder();
    for (String paragraph : paragraphs) {
      html.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    return html.toString();
  }

  private String clean(String html) {
    Document dirty = Jsoup.parseBodyFragment(html);
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  static String escape(String text) {
    int first = firstSpecial(text, 0);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    for (int i = first; i >= 0; i = firstSpecial(text, from)) {
      out.append(text, from, i).append(switch (text.charAt(i)) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        default -> "&#39;";
      });
      from = i + 1;
    }
    return out.append(text, from, text.length()).toString();
  }

  /** The position of the first character at or after {@code from} that needs escaping, or -1. */
  private static int firstSpecial(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
        return i;
      }
    }
    return -1;
  }
}

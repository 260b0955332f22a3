package dev.dateline.build;

import dev.dateline.article.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the internal links of a built site that lead nowhere: every {@code href} and {@code src}
 * of every HTML page that has no scheme is resolved against the page and must name a file of the
 * site (a folder stands for its {@code index.html}).
 */
final class LinkChecker {

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final Path root;
  private final String prefix;

  LinkChecker(Path site, String shownAs) throws IOException {
    this.root = site.toRealPath();
    this.prefix = shownAs.endsWith("/") ? shownAs : shownAs + "/";
  }

  SiteCheck.Report check() throws IOException {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(root)) {
      pages = walk.filter(p -> p.getFileName().toString().endsWith(".html"))
          .filter(Files::isRegularFile).sorted().toList();
    }
    List<Problem> problems = new ArrayList<>();
    for (Path page : pages) {
      String shown = prefix + root.relativize(page).toString().replace('\\', '/');
      Document doc = Jsoup.parse(new String(Files.readAllBytes(page), StandardCharsets.UTF_8), "",
          Parser.htmlParser().setTrackPosition(true));
      for (Element element : doc.select("[href], [src]")) {
        String attribute = element.hasAttr("href") ? "href" : "src";
        String why = brokenBecause(page, element.attr(attribute).strip());
        if (why != null) {
          problems.add(Problem.error(shown, element.sourceRange().start().lineNumber(),
              "<" + element.tagName() + " " + attribute + "=\"" + element.attr(attribute) + "\">"
                  + why));
        }
      }
    }
    return new SiteCheck.Report(pages.size(), problems);
  }

  /** Why the link is broken, or null when it is fine or leaves the site. */
  private String brokenBecause(Path page, String link) {
    if (link.isEmpty() || link.startsWith("#") || link.startsWith("//")
        || SCHEME.matcher(link).find()) {
      return null;
    }
    String path;
    try {
      path = new URI(link.replaceAll("[?#].*$", "")).getPath();
    } catch (URISyntaxException e) {
      return " is not a valid URL (" + e.getReason() + "); fix the template or the article";
    }
    if (path == null || path.isEmpty()) {
      return null;
    }
    Path target = (path.startsWith("/") ? root.resolve(path.substring(1))
        : page.getParent().resolve(path)).normalize();
    if (!target.startsWith(root)) {
      return " leads outside the site; links inside the site must stay inside it";
    }
    if (path.endsWith("/") || Files.isDirectory(target)) {
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      return " leads to " + root.relativize(target).toString().replace('\\', '/')
          + ", which is not in the site; fix the link or the page it should lead to";
    }
    return null;
  }
}

package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Every link of a built site resolves: each href and src of every HTML page, every entry of every
 * feed, every URL of the sitemap, both as files on disk (a link never ends at a folder, so the
 * site works from file://) and over HTTP under the sub-path {@code /sub/path/}.
 */
class LinksResolveTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyLinkOfTheTestSiteResolvesOnDiskAndUnderASubPath(@TempDir Path out) throws Exception {
    Path site = TestSite.buildTagged(out.resolve("site"));
    List<Link> links = links(site);
    assertThat(links).extracting(Link::from).contains("feed.xml", "sitemap.xml",
        "tags/csto/feed.xml", "feed.json", "robots.txt", "sitemap-2.xml");
    assertResolves(site, links);
  }

  @Test
  void everyLinkOfTheSiteBuiltByTheCommandLineResolves(@TempDir Path out) throws Exception {
    Path site = TestSite.buildWithCli(out.resolve("site"));
    assertResolves(site, links(site));
  }

  @Test
  void aBrokenLinkIsCaught(@TempDir Path out) throws Exception {
    Path site = TestSite.buildTagged(out.resolve("site"));
    Files.writeString(site.resolve("index.html"), Files.readString(site.resolve("index.html"))
        .replace("archive/index.html", "archive/nowhere.html"));
    assertThat(diskFailures(site, links(site))).isNotEmpty();
    try (LocalServer server = new LocalServer(site, "/sub/path/")) {
      assertThat(httpFailures(server, links(site))).isNotEmpty();
    }
  }

  /**
   * A link found in the site: on page {@code from} (site-relative file path), to {@code href} as
   * written, which is relative to the page or absolute under the base URL.
   */
  record Link(String from, String href) {}

  private void assertResolves(Path site, List<Link> links) throws Exception {
    assertThat(links).isNotEmpty();
    assertThat(links).filteredOn(l -> isAbsolute(l.href())
        && !l.href().startsWith(TestSite.BASE_URL)).as("links leaving the site").isEmpty();
    assertThat(diskFailures(site, links)).as("links that do not resolve on disk").isEmpty();
    try (LocalServer server = new LocalServer(site, "/sub/path/")) {
      assertThat(httpFailures(server, links)).as("links that do not resolve under /sub/path/")
          .isEmpty();
    }
  }

  private List<Link> links(Path site) throws Exception {
    List<Link> links = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String from = site.relativize(file).toString().replace('\\', '/');
        if (from.endsWith(".html")) {
          Document doc = Jsoup.parse(file.toFile());
          for (Element e : doc.select("a[href], link[href]")) {
            links.add(new Link(from, e.attr("href")));
          }
          for (Element e : doc.select("meta[property=og:url]")) {
            links.add(new Link(from, e.attr("content")));
          }
        } else if (from.endsWith(".xml")) {
          org.w3c.dom.Document xml = xml(file);
          for (String tag : List.of("link", "loc")) {
            NodeList nodes = xml.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < nodes.getLength(); i++) {
              org.w3c.dom.Element e = (org.w3c.dom.Element) nodes.item(i);
              links.add(new Link(from, tag.equals("link") ? e.getAttribute("href")
                  : e.getTextContent().strip()));
            }
          }
        } else if (from.endsWith(".json")) {
          JsonNode feed = json.readTree(file.toFile());
          links.add(new Link(from, feed.path("home_page_url").asText()));
          links.add(new Link(from, feed.path("feed_url").asText()));
          for (JsonNode item : feed.path("items")) {
            links.add(new Link(from, item.path("url").asText()));
          }
        } else if (from.equals("robots.txt")) {
          Files.readAllLines(file).stream().filter(l -> l.startsWith("Sitemap: "))
              .forEach(l -> links.add(new Link(from, l.substring("Sitemap: ".length()))));
        }
      }
    }
    return links;
  }

  private static org.w3c.dom.Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static boolean isAbsolute(String href) {
    return href.startsWith("http://") || href.startsWith("https://");
  }

  /** Links whose target is not a file of the site (or lacks the element its fragment names). */
  private static Set<String> diskFailures(Path site, List<Link> links) throws IOException {
    Set<String> failures = new TreeSet<>();
    for (Link link : links) {
      String href = link.href();
      String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
      String path = fragment == null ? href : href.substring(0, href.indexOf('#'));
      Path target;
      if (isAbsolute(path)) {
        if (!path.startsWith(TestSite.BASE_URL)) {
          continue;
        }
        target = site.resolve(path.substring(TestSite.BASE_URL.length()));
        if (Files.isDirectory(target)) {
          target = target.resolve("index.html");
        }
      } else {
        Path page = site.resolve(link.from());
        target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
      }
      if (!target.normalize().startsWith(site) || !Files.isRegularFile(target)) {
        failures.add(link.from() + " -> " + href);
      } else if (fragment != null && !fragment.isEmpty()
          && Jsoup.parse(target.toFile()).getElementById(fragment) == null) {
        failures.add(link.from() + " -> " + href + " (no element with that id)");
      }
    }
    return failures;
  }

  /** Links that do not answer 200 when the site is served under a sub-path. */
  private Set<String> httpFailures(LocalServer server, List<Link> links) throws Exception {
    Set<String> failures = new TreeSet<>();
    Set<String> fetched = new TreeSet<>();
    for (Link link : links) {
      String href = link.href().contains("#")
          ? link.href().substring(0, link.href().indexOf('#')) : link.href();
      URI target;
      if (isAbsolute(href)) {
        if (!href.startsWith(TestSite.BASE_URL)) {
          continue;
        }
        target = URI.create(server.baseUrl() + href.substring(TestSite.BASE_URL.length()));
      } else {
        target = URI.create(server.baseUrl() + link.from()).resolve(href);
      }
      if (!fetched.add(target.toString())) {
        continue;
      }
      HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        failures.add(link.from() + " -> " + link.href() + " (" + response.statusCode() + ")");
      }
    }
    return failures;
  }
}

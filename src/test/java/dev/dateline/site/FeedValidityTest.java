package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The feeds of the test site are valid: every Atom feed has what RFC 4287 requires, and the JSON
 * Feed passes a JSON Schema written from the JSON Feed 1.1 specification.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedValidityTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private Path out;
  private Path site;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  void build(@TempDir Path dir) {
    out = dir;
    site = TestSite.buildTagged(out.resolve("site"));
  }

  @Test
  void everyAtomFeedHasTheElementsRfc4287Requires() throws Exception {
    List<Path> feeds = atomFeeds();
    assertThat(feeds).extracting(f -> site.relativize(f).toString())
        .contains("feed.xml", "tags/csto/feed.xml", "tags/united-nations/feed.xml");
    for (Path feed : feeds) {
      assertThat(atomProblems(feed)).as(site.relativize(feed).toString()).isEmpty();
    }
  }

  @Test
  void theAtomChecksCatchAFeedWithoutUpdated() throws Exception {
    Path broken = out.resolve("broken.xml");
    Files.writeString(broken, Files.readString(site.resolve("feed.xml"))
        .replaceFirst("<updated>[^<]*</updated>", ""));
    assertThat(atomProblems(broken)).contains("feed: needs exactly one updated, has 0");
  }

  @Test
  void theSiteFeedHoldsTheNewestArticlesUpToTheFeedSize() throws Exception {
    Document feed = xml(site.resolve("feed.xml"));
    List<Element> entries = children(feed.getDocumentElement(), "entry");
    assertThat(entries).hasSize(TestSite.config().feedSize());
    List<OffsetDateTime> updated = entries.stream()
        .map(e -> OffsetDateTime.parse(text(e, "updated"))).toList();
    assertThat(updated).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(text(feed.getDocumentElement(), "updated")).isEqualTo("2020-01-20T00:00:00Z");
    assertThat(text(entries.get(0), "title")).isEqualTo("Шойгу visits troops in the Arctic");
    assertThat(entries).allSatisfy(entry -> assertThat(children(entry, "content")).hasSize(1));
  }

  @Test
  void aTagFeedHoldsOnlyThatTagsArticlesUpToTheTagFeedSize() throws Exception {
    Document feed = xml(site.resolve("tags/csto/feed.xml"));
    List<Element> entries = children(feed.getDocumentElement(), "entry");
    assertThat(entries).hasSize(TestSite.config().tagFeedSize());
    for (Element entry : entries) {
      assertThat(children(entry, "category")).extracting(c -> c.getAttribute("term"))
          .contains("CSTO");
      // A tag's feed follows a topic: summaries and links, not whole articles.
      assertThat(children(entry, "content")).isEmpty();
      assertThat(children(entry, "link")).isNotEmpty();
    }
  }

  @Test
  void theJsonFeedIsValidJsonFeed11() throws Exception {
    JsonNode feed = json.readTree(site.resolve("feed.json").toFile());
    assertThat(schemaErrors(feed)).isEmpty();
    assertThat(feed.path("items")).hasSize(TestSite.config().feedSize());
    assertThat(feed.path("items").get(0).path("date_published").asText())
        .isEqualTo("2020-01-20T00:00:00Z");
  }

  @Test
  void theSchemaRejectsAnItemWithoutContent() throws Exception {
    JsonNode feed = json.readTree(site.resolve("feed.json").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) feed.path("items").get(0))
        .remove("content_html");
    assertThat(schemaErrors(feed)).isNotEmpty();
  }

  private Set<ValidationMessage> schemaErrors(JsonNode feed) throws Exception {
    try (InputStream schema = getClass().getResourceAsStream(
        "/site/schema/jsonfeed-1.1.schema.json")) {
      JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
              .build());
      return validator.validate(feed);
    }
  }

  private List<Path> atomFeeds() throws Exception {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(f -> f.getFileName().toString().equals("feed.xml")).sorted().toList();
    }
  }

  /** What RFC 4287 section 4.1 requires of a feed and its entries, as messages. */
  private static List<String> atomProblems(Path file) throws Exception {
    List<String> problems = new ArrayList<>();
    Element feed = xml(file).getDocumentElement();
    if (!ATOM.equals(feed.getNamespaceURI()) || !feed.getLocalName().equals("feed")) {
      problems.add("root is not atom:feed");
      return problems;
    }
    requireOne(problems, "feed", feed, "id", "title", "updated");
    checkCommon(problems, "feed", feed);
    boolean feedAuthor = !children(feed, "author").isEmpty();
    if (children(feed, "link").stream().noneMatch(l -> l.getAttribute("rel").equals("self"))) {
      problems.add("feed: should have a link rel=self");
    }
    for (Element entry : children(feed, "entry")) {
      String name = "entry " + text(entry, "id");
      requireOne(problems, name, entry, "id", "title", "updated");
      checkCommon(problems, name, entry);
      if (!feedAuthor && children(entry, "author").isEmpty()) {
        problems.add(name + ": needs an author (the feed has none)");
      }
      boolean alternate = children(entry, "link").stream()
          .anyMatch(l -> l.getAttribute("rel").equals("alternate"));
      if (children(entry, "content").isEmpty() && !alternate) {
        problems.add(name + ": needs content or a link rel=alternate");
      }
    }
    return problems;
  }

  private static void requireOne(List<String> problems, String where, Element parent,
      String... names) {
    for (String name : names) {
      int n = children(parent, name).size();
      if (n != 1) {
        problems.add(where + ": needs exactly one " + name + ", has " + n);
      }
    }
  }

  /** ids are absolute IRIs, dates RFC 3339, authors named, links with an href. */
  private static void checkCommon(List<String> problems, String where, Element parent) {
    for (Element id : children(parent, "id")) {
      if (!URI.create(id.getTextContent().strip()).isAbsolute()) {
        problems.add(where + ": id is not an absolute IRI");
      }
    }
    for (String date : List.of("updated", "published")) {
      for (Element e : children(parent, date)) {
        try {
          OffsetDateTime.parse(e.getTextContent().strip());
        } catch (RuntimeException ex) {
          problems.add(where + ": " + date + " is not an RFC 3339 date-time");
        }
      }
    }
    for (Element author : children(parent, "author")) {
      if (children(author, "name").size() != 1) {
        problems.add(where + ": author needs exactly one name");
      }
    }
    for (Element link : children(parent, "link")) {
      if (link.getAttribute("href").isEmpty()) {
        problems.add(where + ": link without href");
      }
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ATOM.equals(e.getNamespaceURI())
          && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent().strip();
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}

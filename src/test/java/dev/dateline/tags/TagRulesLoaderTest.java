package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagRulesLoaderTest {

  private static final Path RULES = Path.of("src/test/resources/tags/rules");
  private final TagRulesLoader loader = new TagRulesLoader();

  @Test
  void readsCanonicalNamesAliasesSuppressedTagsAndTheCap() {
    TagRules rules = loader.load(RULES.resolve("tags.yaml"));

    assertThat(rules.tags()).containsExactly(
        new CuratedTag("United Nations", List.of("UN", "U.N.", "United Nations Organization")),
        new CuratedTag("Sergei Shoigu", List.of("Shoigu", "Шойгу", "Сергей Шойгу")),
        new CuratedTag("Türkiye", List.of("Turkey")),
        new CuratedTag("Grain deal", List.of()));
    assertThat(rules.suppress()).containsExactly("Moscow", "TASS");
    assertThat(rules.maxTags()).isEqualTo(5);
    assertThat(rules.minScore()).isEqualTo(TagRules.DEFAULT_MIN_SCORE);
    assertThat(rules.source()).endsWith("tags.yaml");
  }

  @Test
  void readsTheSameShapeFromJson() {
    TagRules rules = loader.load(RULES.resolve("tags.json"));

    assertThat(rules.tags()).containsExactly(new CuratedTag("United Nations", List.of("UN")));
    assertThat(rules.suppress()).containsExactly("Moscow");
    assertThat(rules.minScore()).isEqualTo(3);
    assertThat(rules.maxTags()).isEqualTo(TagRules.DEFAULT_MAX_TAGS);
  }

  @Test
  void findsTheFileAtTheTopOfTheContentFolderOrNothing(@TempDir Path content) throws IOException {
    assertThat(loader.find(content)).isNull();
    assertThat(loader.load(loader.find(content))).isEqualTo(TagRules.defaults());

    Files.writeString(content.resolve("tags.yml"), "suppress: [Moscow]\n");

    assertThat(loader.find(content)).isEqualTo(content.resolve("tags.yml"));
    assertThat(loader.load(loader.find(content)).suppress()).containsExactly("Moscow");
  }

  @Test
  void anUnknownTopLevelKeyIsReportedWithTheFileAndTheKey() {
    assertThatThrownBy(() -> loader.load(RULES.resolve("unknown-key.yaml")))
        .isInstanceOf(TagRulesException.class)
        .hasMessageContaining("unknown-key.yaml")
        .hasMessageContaining("unknown key 'supress'")
        .hasMessageContaining("[maxTags, minScore, suppress, tags]");
  }

  @Test
  void anUnknownKeyInATagIsReportedWithItsPlace() {
    assertThatThrownBy(() -> loader.load(RULES.resolve("unknown-tag-key.yaml")))
        .isInstanceOf(TagRulesException.class)
        .hasMessageContaining("unknown-tag-key.yaml")
        .hasMessageContaining("unknown key 'tags[1].alias'")
        .hasMessageContaining("[aliases, name]");
  }

  @Test
  void aWritingClaimedByTwoTagsIsRefused() {
    assertThatThrownBy(() -> loader.load(RULES.resolve("alias-twice.yaml")))
        .isInstanceOf(TagRulesException.class)
        .hasMessageContaining("alias-twice.yaml: tags[2]: 'un' already belongs to the tag"
            + " 'United Nations'");
  }

  @Test
  void aCapBelowOneIsRefused() {
    assertThatThrownBy(() -> loader.load(RULES.resolve("bad-max-tags.yaml")))
        .isInstanceOf(TagRulesException.class)
        .hasMessageContaining("bad-max-tags.yaml: 'maxTags' must be a whole number of at least 1");
  }

  @Test
  void aTagWithoutANameIsRefused() {
    assertThatThrownBy(() -> loader.load(RULES.resolve("missing-name.yaml")))
        .isInstanceOf(TagRulesException.class)
        .hasMessageContaining("missing-name.yaml: tags[1]: 'name' is missing");
  }

  @Test
  void brokenYamlIsReportedWithItsLine() {
    assertThatThrownBy(() -> loader.load(RULES.resolve("not-yaml.yaml")))
        .isInstanceOf(TagRulesException.class)
        .hasMessageMatching("(?s).*not-yaml\\.yaml:[1-9][0-9]*: not valid YAML: .*");
  }

  @Test
  void theBuiltInNamesAreAValidTagFile() throws IOException {
    byte[] builtIn = Tagger.class.getResourceAsStream("known-names.yaml").readAllBytes();

    TagRules rules = loader.read("known-names.yaml", builtIn);

    assertThat(rules.tags()).extracting(CuratedTag::name)
        .contains("United Nations", "NATO", "CSTO", "European Union");
  }
}

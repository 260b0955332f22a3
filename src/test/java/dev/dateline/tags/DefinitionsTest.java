package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisations a text defines: "Long Name (ACRONYM)". */
class DefinitionsTest {

  private static Map<String, String> definitionsIn(String text) {
    Map<String, String> found = new TreeMap<>();
    new Definitions().find(new Tokenizer().tokenize(text), found);
    return found;
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "Members of the Collective Security Treaty Organization (CSTO) met."
          + " | Collective Security Treaty Organization | CSTO",
      "Observers from the Organization for Security and Co-operation in Europe (OSCE) said."
          + " | Organization for Security and Co-operation in Europe | OSCE",
      "The Eurasian Economic Union (EAEU) will meet. | Eurasian Economic Union | EAEU",
      "The Tokyo Electric Power Company (TEPCO) began. | Tokyo Electric Power Company | TEPCO",
      "The Organization of the Petroleum Exporting Countries (OPEC) and its allies agreed."
          + " | Organization of the Petroleum Exporting Countries | OPEC",
      "Leaders of the Association of Southeast Asian Nations (ASEAN) met."
          + " | Association of Southeast Asian Nations | ASEAN",
  })
  void theShortestNameWhoseInitialsSpellTheAcronymIsDefined(String text, String name,
      String acronym) {
    assertThat(definitionsIn(text)).containsExactly(Map.entry(name, acronym));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The Kurdistan Workers' Party (PKK) said.",
      "The talks (in Geneva) went on.",
      "Prices rose by 3% (YoY) in March.",
      "The deal was backed by the United States (US and Canada).",
      "It was a collective security treaty organization (CSTO).",
  })
  void aParenthesisThatDoesNotSpellTheWordsBeforeItDefinesNothing(String text) {
    assertThat(definitionsIn(text)).isEmpty();
  }
}

package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How text is split into words, and what each word knows about itself and its gap. */
class TokenizerTest {

  private static List<Token> words(String text) {
    return List.of(new Tokenizer().tokenize(text));
  }

  private static List<String> texts(String text) {
    return words(text).stream().map(Token::text).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The U.N. met.                  | The,U.N.,met",
      "U.N.-led talks                 | U.N.,led,talks",
      "A. Smith and 5.5 million       | A,Smith,and,5,5,million",
      "talks—and “peace”              | talks,and,peace",
      "Zürich and Côte d’Ivoire       | Zürich,and,Côte,d,Ivoire",
      "Сергей Шойгу said              | Сергей,Шойгу,said",
      "Rostov-on-Don                  | Rostov,on,Don",
  })
  void lettersAndDigitsMakeWordsAndDottedAbbreviationsStayWhole(String text, String expected) {
    assertThat(texts(text)).containsExactly(expected.split(","));
  }

  @Test
  void aWordsKeyHasNoAccentsAndItsHashIsTheKeysStringHash() {
    for (Token word : words("Zürich, Moscow and São Paulo, U.S. Шойгу")) {
      assertThat(word.keyHash()).isEqualTo(word.key().hashCode());
      assertThat(word.keyIs(word.key())).isTrue();
    }
    assertThat(words("Zürich São").stream().map(Token::key)).containsExactly("Zurich", "Sao");
  }

  @Test
  void aWordKnowsItsGapAndWhetherItOpensASentence() {
    List<Token> words = words("Mr. Smith met Dr.Who. Then Guinea-Bissau, O’Brien (UN)\n  left");

    assertThat(words).extracting(Token::gap)
        .containsExactly("", ". ", " ", " ", ".", ". ", " ", "-", ", ", "’", " (", ")\n  ");
    assertThat(words).extracting(Token::sentenceStart)
        .containsExactly(true, false, false, false, false, true, false, false, false, false,
            true, false);
    assertThat(words).extracting(Token::spaceBefore)
        .containsExactly(false, false, true, true, false, false, true, false, false, false,
            false, false);
    assertThat(words).extracting(Token::joinedBefore)
        .containsExactly(false, false, false, false, false, false, false, true, false, true,
            false, false);
  }

  @Test
  void capitalisedNeedsALowerCaseLetterAfterAnUpperCaseOne() {
    assertThat(words("Moscow UN the Éire élan")).extracting(Token::capitalised)
        .containsExactly(true, false, false, true, false);
    assertThat(words("Moscow UN the Éire élan")).extracting(Token::lowerCase)
        .containsExactly(false, false, true, false, true);
  }
}

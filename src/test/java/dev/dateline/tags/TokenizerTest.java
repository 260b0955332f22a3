package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How text is split into words, and what each word knows about itself and its gap. */
class TokenizerTest {

  private static Words words(String text) {
    return new Tokenizer().tokenize(text);
  }

  /** What {@code question} says of each word of {@code text}, in order. */
  private static <T> List<T> each(String text, BiFunction<Words, Integer, T> question) {
    Words words = words(text);
    return IntStream.range(0, words.size()).mapToObj(i -> question.apply(words, i)).toList();
  }

  private static List<String> texts(String text) {
    return each(text, Words::text);
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
    Words words = words("Zürich, Moscow and São Paulo, U.S. Шойгу");
    for (int i = 0; i < words.size(); i++) {
      assertThat(words.keyHash(i)).isEqualTo(words.key(i).hashCode());
      assertThat(words.keyIs(i, words.key(i))).isTrue();
      assertThat(words.keyFirst(i)).isEqualTo((int) words.key(i).charAt(0));
    }
    assertThat(each("Zürich São", Words::key)).containsExactly("Zurich", "Sao");
  }

  @Test
  void aWordKnowsItsGapAndWhetherItOpensASentence() {
    String text = "Mr. Smith met Dr.Who. Then Guinea-Bissau, O’Brien (UN)\n  left";

    assertThat(words(text).text(6, 8)).isEqualTo("Guinea-Bissau");
    assertThat(each(text, Words::gap))
        .containsExactly("", ". ", " ", " ", ".", ". ", " ", "-", ", ", "’", " (", ")\n  ");
    assertThat(each(text, Words::sentenceStart))
        .containsExactly(true, false, false, false, false, true, false, false, false, false,
            true, false);
    assertThat(each(text, Words::spaceBefore))
        .containsExactly(false, false, true, true, false, false, true, false, false, false,
            false, false);
    assertThat(each(text, Words::joinedBefore))
        .containsExactly(false, false, false, false, false, false, false, true, false, true,
            false, false);
    assertThat(each(text, Words::hyphenBefore))
        .containsExactly(false, false, false, false, false, false, false, true, false, false,
            false, false);
    assertThat(each(text, Words::openingBefore))
        .containsExactly(false, false, false, false, false, false, false, false, false, false,
            true, false);
    assertThat(each(text, Words::closingBefore))
        .containsExactly(false, false, false, false, false, false, false, false, false, false,
            false, true);
    assertThat(each(text, Words::stopBefore))
        .containsExactly(false, true, false, false, true, true, false, false, false, false,
            false, false);
  }

  @Test
  void capitalisedNeedsALowerCaseLetterAfterAnUpperCaseOne() {
    assertThat(each("Moscow UN the Éire élan", Words::capitalised))
        .containsExactly(true, false, false, true, false);
    assertThat(each("Moscow UN the Éire élan", Words::lowerCase))
        .containsExactly(false, false, true, false, true);
  }
}

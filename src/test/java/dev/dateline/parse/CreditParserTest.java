package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Photo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The photo credits of wire-formats.md: what is printed, who took it, for which agency. */
class CreditParserTest {

  private final CreditParser credits = new CreditParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // printed | credit | photographer | agency
      "© Valeriy Sharifulin/TASS|Valeriy Sharifulin/TASS|Valeriy Sharifulin|TASS",
      "Valeriy Sharifulin/TASS|Valeriy Sharifulin/TASS|Valeriy Sharifulin|TASS",
      "REUTERS/Maxim Shemetov|REUTERS/Maxim Shemetov|Maxim Shemetov|Reuters",
      "Photo: Reuters/Maxim Shemetov|Reuters/Maxim Shemetov|Maxim Shemetov|Reuters",
      "AP Photo/Alexander Zemlianichenko|AP Photo/Alexander Zemlianichenko|Alexander Zemlianichenko|AP",
      "AFP PHOTO / Kirill KUDRYAVTSEV|AFP PHOTO / Kirill KUDRYAVTSEV|Kirill KUDRYAVTSEV|AFP",
      "Xinhua/Bai Xueqi|Xinhua/Bai Xueqi|Bai Xueqi|Xinhua",
      "Getty Images|Getty Images||Getty Images",
      "© Getty Images|Getty Images||Getty Images",
      "Ivan Petrov/Baltic News|Ivan Petrov/Baltic News|Ivan Petrov|Baltic News",
      "Igor Kazakov/Prime|Igor Kazakov/Prime|Igor Kazakov|Prime",
      "Anna Smirnova|Anna Smirnova|Anna Smirnova|",
      "Sergei Bobylev/ТАСС|Sergei Bobylev/ТАСС|Sergei Bobylev|TASS",
  })
  void splitsTheCreditIntoPhotographerAndAgency(String printed, String credit,
      String photographer, String agency) {
    assertThat(credits.photo("Caption", printed))
        .isEqualTo(new Photo("Caption", credit, photographer, agency));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Children walk to school. (AP Photo/Efrem Lukatsky)|Children walk to school.|AP Photo/Efrem Lukatsky",
      "Traders at work (REUTERS/Maxim Shemetov)|Traders at work|REUTERS/Maxim Shemetov",
      "A rally in Paris (Photo by Jean Dupont)|A rally in Paris|Photo by Jean Dupont",
  })
  void findsTheCreditAtTheEndOfACaption(String line, String caption, String credit) {
    assertThat(credits.splitTrailingCredit(line)).containsExactly(caption, credit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The ministry (MFA) said so", "Prices rose (up 5%)", "no bracket"})
  void bracketsThatAreNoCreditStayInTheCaption(String line) {
    assertThat(credits.splitTrailingCredit(line)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"© Name/TASS", "REUTERS/Maxim Shemetov", "Photo: Someone",
      "AFP PHOTO / Kirill KUDRYAVTSEV", "Getty Images", "Xinhua/Bai Xueqi"})
  void recognisesCreditLines(String text) {
    assertThat(credits.isCreditLine(new Line(1, text, false, 0))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Russian Foreign Ministry", "Israel/Gaza talks resume",
      "The 50/50 split was agreed by both sides after long talks in the capital."})
  void proseIsNoCreditLine(String text) {
    assertThat(credits.isCreditLine(new Line(1, text, false, 0))).isFalse();
  }
}

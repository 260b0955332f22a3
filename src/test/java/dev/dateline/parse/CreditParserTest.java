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
      "REUTERS/Eli Hartman/File Photo|REUTERS/Eli Hartman/File Photo|Eli Hartman|Reuters",
      "AP Photo/Charlie Riedel, File|AP Photo/Charlie Riedel, File|Charlie Riedel|AP",
      "Photograph: Remo Casilli/Reuters|Remo Casilli/Reuters|Remo Casilli|Reuters",
      "Sputnik/Gavriil Grigorov/Kremlin via REUTERS|Sputnik/Gavriil Grigorov/Kremlin via REUTERS|Gavriil Grigorov|Sputnik",
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
      "Firefighters in Kyiv, Ukraine March 5, 2024. REUTERS/Gleb Garanich|Firefighters in Kyiv, Ukraine March 5, 2024.|REUTERS/Gleb Garanich",
      "Traders in New York. REUTERS/Brendan McDermid Purchase Licensing Rights|Traders in New York.|REUTERS/Brendan McDermid",
      "Tourists near the Colosseum in Rome. Photograph: Remo Casilli/Reuters|Tourists near the Colosseum in Rome.|Photograph: Remo Casilli/Reuters",
      "A ferry in St. Petersburg. REUTERS/Anton Vaganov|A ferry in St. Petersburg.|REUTERS/Anton Vaganov",
      "Putin in Moscow. Sputnik/Gavriil Grigorov/Kremlin via REUTERS/File Photo|Putin in Moscow.|Sputnik/Gavriil Grigorov/Kremlin via REUTERS/File Photo",
  })
  void findsTheCreditAtTheEndOfACaption(String line, String caption, String credit) {
    assertThat(credits.splitTrailingCredit(line)).containsExactly(caption, credit);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[1/3]Firefighters at work|Firefighters at work",
      "Item 2 of 4 Pump jacks in Texas|Pump jacks in Texas",
      "Item of the day|Item of the day",
      "'1 of 12 | Runners in Boston'|Runners in Boston",
      "'1999 | A year to remember'|'1999 | A year to remember'",
      "[Draft] caption|[Draft] caption",
  })
  void dropsTheGalleryPositionBeforeACaption(String printed, String caption) {
    assertThat(CreditParser.captionText(printed)).isEqualTo(caption);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The ministry (MFA) said so", "Prices rose (up 5%)", "no bracket",
      "Talks ended. Delegates left for Geneva/Vienna talks", "He said so. Then left."})
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

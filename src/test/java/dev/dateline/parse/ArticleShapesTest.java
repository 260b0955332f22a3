package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Photo;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Article shapes that samples show less directly: what goes where, and what a date comes from. */
class ArticleShapesTest {

  private static final String SOURCE = "content/2021/03/x.txt";

  private final ArticleParser parser = new ArticleParser(ParserSettings.defaults());

  private ParseResult parse(String text) {
    return parser.parse(SOURCE, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void configuredYearCompletesADatelineWhenNothingElseGivesOne() {
    ArticleParser configured = new ArticleParser(new ParserSettings(2019));
    ParseResult result = configured.parse("notes/x.txt",
        "Headline\n\nMOSCOW, September 10. /TASS/. Body on Tuesday.\n"
            .getBytes(StandardCharsets.UTF_8));
    Article article = result.article().orElseThrow();
    assertThat(article.date()).isEqualTo(LocalDate.of(2019, 9, 10));
    assertThat(article.dateSource().label()).isEqualTo("config");
    assertThat(article.warnings())
        .containsExactly("year not stated in the dateline; taken from the configuration (default year)");
  }
  @Test
  void noDateAtAllIsAWarningNeverTheFileTime() {
    Article article = parser.parse("notes/x.txt", "Headline\n\nBody.\n".getBytes(StandardCharsets.UTF_8))
        .article().orElseThrow();
    assertThat(article.date()).isNull();
    assertThat(article.dateSource()).isNull();
    assertThat(article.url()).isEqualTo("headline/");
    assertThat(article.warnings()).singleElement().asString().startsWith("no date");
  }
  @Test
  void tagLineFollowedByPageControlsIsStillTheTagLine() {
    Article article = parse("Headline\n\nMOSCOW, March 1. /TASS/. Body.\n\nTags: a, b\nShare\n")
        .article().orElseThrow();
    assertThat(article.tags()).containsExactly("a", "b");
    assertThat(article.body()).containsExactly("Body.");
  }
  @Test
  void publicationTimeAboveOrUnderTheHeadlineIsPageChrome() {
    Article article = parse("All news\n10 SEP 2019, 14:30\n\nHeadline\nSeptember 10, 14:45 UTC\n"
        + "Standfirst line\n\nMOSCOW, September 10. /TASS/. Body.\n").article().orElseThrow();
    assertThat(article.headline()).isEqualTo("Headline");
    assertThat(article.standfirst()).isEqualTo("Standfirst line");
  }
  @Test
  void frontMatterHeadlineRescuesAFileThatStartsWithTheBody() {
    ParseResult result = parse("---\nheadline: Given headline\n---\nMOSCOW, March 1. /TASS/. Body.\n");
    Article article = result.article().orElseThrow();
    assertThat(article.headline()).isEqualTo("Given headline");
    assertThat(article.body()).containsExactly("Body.");
    assertThat(article.dateline().place()).isEqualTo("Moscow");
  }
  @Test
  void bylineUnderTheHeadlineIsNoStandfirst() {
    Article article = parse("Grain talks stall\nBy JOHN SMITH, Associated Press\n\n"
        + "KYIV, Ukraine (AP) — Talks stalled.\n").article().orElseThrow();
    assertThat(article.standfirst()).isNull();
    assertThat(article.body()).containsExactly("Talks stalled.");
  }

  @Test
  void datelineAloneOnItsLineLeavesTheBodyToTheNextLine() {
    Article article = parse("Headline\n\nMOSCOW, September 10. /TASS/.\nThe body.\n")
        .article().orElseThrow();
    assertThat(article.dateline().raw()).isEqualTo("MOSCOW, September 10. /TASS/.");
    assertThat(article.body()).containsExactly("The body.");
  }

  @Test
  void dayBeforeMonthIsReadToo() {
    Article article = parse("Headline\n\nLONDON, 10 September (Reuters) - Text.\n")
        .article().orElseThrow();
    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 9, 10));
  }

  @Test
  void frontMatterTagsComeFirstAndRepeatsAreDropped() {
    Article article = parse("---\ntags: Russia, trade\n---\nHeadline\n\nBody.\n\n"
        + "Tags: Trade, CSTO, Russia, CSTO\n").article().orElseThrow();
    assertThat(article.tags()).containsExactly("Russia", "trade", "CSTO");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10 SEP 2019, 14:30", "September 10, 2019", "Sept. 10, 2019 14:30 UTC",
      "UPD: 18:05", "2019-09-10", "14:30", "March 5, 2024 10:42 AM GMT+3 Updated 2 hours ago",
      "Updated 4:15 PM GMT+3, September 10, 2024", "Tue 18 Jul 2023 10.42 BST",
      "Sept. 10, 2019 / 5:30 PM", "2024-03-07 11:15:20", "10 сентября 2019, 14:35",
      "Published 3:03 PM EST, December 13, 2023", "5 марта 2024, 14:35 (обновлено: 15:10)",
      "Last Updated: March 5, 2024 at 10:42 a.m. ET", "Published March 5, 2024 | Updated 10:42 a.m. ET",
      "March 5, 2024 10:42 AM GMT+3Updated 2 hours ago"})
  void publicationDatesAboveTheHeadlineArePageChrome(String line) {
    Article article = parse(line + "\n\nHeadline\n\nBody.\n").article().orElseThrow();
    assertThat(article.headline()).isEqualTo("Headline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3 min read", "Listen to this article", "Source: Xinhua",
      "By JIM VERTUNO Associated Press", "Advertisement", "EDITOR’S NOTE: This story is graphic.",
      "1 of 4", "Item 1 of 3", "[2/5]", "(Adds analyst comment in paragraphs 5-6)", "Reuters",
      "Source: Xinhua| 2023-07-20 21:21:09|Editor: Li Xia", "Leer en español"})
  void pageLinesBetweenHeadlineAndDatelineAreNoStandfirst(String line) {
    Article article = parse("Headline\n" + line + "\nMOSCOW, March 1. /TASS/. Body.\n")
        .article().orElseThrow();
    assertThat(article.standfirst()).isNull();
    assertThat(article.body()).containsExactly("Body.");
  }

  @Test
  void advertisementsAndAgencyNoticesInTheBodyArePageChrome() {
    Article article = parse("Headline\nLONDON (Reuters) - One.\nAdvertisement · Scroll to continue\n"
        + "Two.\nGet the newsletter. Sign up here.\nReporting by Jane Doe; Editing by John Roe\n"
        + "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n")
        .article().orElseThrow();
    assertThat(article.body())
        .containsExactly("One.", "Two.", "Reporting by Jane Doe; Editing by John Roe");
  }

  @Test
  void theHeadlineOfAnotherArticleAfterReadAlsoIsNoStandfirst() {
    Article article = parse("Headline\nThe standfirst\nRead also\nAnother headline\n"
        + "MOSCOW, March 1. /TASS/. Body.\n").article().orElseThrow();
    assertThat(article.standfirst()).isEqualTo("The standfirst");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Headline\nCars on a road in Dubai. (AP Photo/Jon Gambrell)\nRead More\n",
      "Headline\nRead More\nCars on a road in Dubai. (AP Photo/Jon Gambrell)\n"})
  void apsReadMoreButtonNextToTheCaptionLeavesTheCaption(String deck) {
    Article article = parse(deck + "By JON GAMBRELL\nDUBAI (AP) — Body.\n").article().orElseThrow();
    assertThat(article.photo().caption()).isEqualTo("Cars on a road in Dubai.");
    assertThat(article.photo().credit()).isEqualTo("AP Photo/Jon Gambrell");
    assertThat(article.standfirst()).isNull();
  }

  @Test
  void anAgencyNameUnderACaptionIsItsCreditNotAByline() {
    Article article = parse("Headline\nProtesters in Paris\nAFP\nParis (AFP) - Body.\n")
        .article().orElseThrow();
    assertThat(article.photo().caption()).isEqualTo("Protesters in Paris");
    assertThat(article.photo().agency()).isEqualTo("AFP");
  }

  @ParameterizedTest
  @ValueSource(strings = {"RUSSIA-UKRAINE WAR", "ELECTION 2024", "Asia Pacific", "WORLD NEWS",
      "Ukraine and Russia at War"})
  void aLabelAboveTheHeadlineIsTheSection(String label) {
    Article article = parse(label + "\nHeadline\nMOSCOW (Reuters) - Body.\n").article()
        .orElseThrow();
    assertThat(article.section()).isEqualTo(label);
    assertThat(article.headline()).isEqualTo("Headline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Putin meets Xi", "NATO", "TASS", "REUTERS"})
  void aShortHeadlineIsNoSectionLabel(String headline) {
    Article article = parse(headline + "\nMOSCOW (Reuters) - Body.\n").article().orElseThrow();
    assertThat(article.headline()).isEqualTo(headline);
  }

  @Test
  void theAgencyCopyrightUnderTheArticleIsNoParagraph() {
    Article article = parse("Headline\nParis (AFP) - Body.\n© 2024 AFP\n").article().orElseThrow();
    assertThat(article.body()).containsExactly("Body.");
  }

  @Test
  void aTagListUnderATagsHeadingGivesTheTags() {
    Article article = parse("Headline\nMINSK, March 1. /TASS/. Body.\nMore\nTags\nRussia\n"
        + "Belarus\n").article().orElseThrow();
    assertThat(article.body()).containsExactly("Body.");
    assertThat(article.tags()).containsExactly("Russia", "Belarus");
  }

  @Test
  void withoutDatelineOrBlankLinesTheBodyStartsAfterTheLastPageLine() {
    Article article = parse("Headline\nBy Jane Doe\nMarch 5, 2024\nShare\nFirst.\nSecond.\n")
        .article().orElseThrow();
    assertThat(article.dateline()).isNull();
    assertThat(article.body()).containsExactly("First.", "Second.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Apollo 11, 1969", "May 9 parade rehearsed", "March 8: women's day"})
  void headlinesWithDatesInThemStayHeadlines(String headline) {
    Article article = parse(headline + "\n\nBody.\n").article().orElseThrow();
    assertThat(article.headline()).isEqualTo(headline);
  }

  @Test
  void creditOfAnUnknownAgencyIsFoundThroughItsCopyrightRepetition() {
    Article article = parse("Headline\n\nStandfirst line\nCaption text\nIvan Petrov/Kommersant\n"
        + "Caption text\n© Ivan Petrov/Kommersant\n\nMOSCOW, March 1. /TASS/. Body.\n")
        .article().orElseThrow();
    assertThat(article.standfirst()).isEqualTo("Standfirst line");
    assertThat(article.photo()).isEqualTo(
        new Photo("Caption text", "Ivan Petrov/Kommersant", "Ivan Petrov", "Kommersant"));
  }

  @Test
  void captionPrintedTwiceWithoutCreditIsStillACaption() {
    Article article = parse("Headline\n\nStandfirst line\nCaption text\nCaption text\n\n"
        + "MOSCOW, March 1. /TASS/. Body.\n").article().orElseThrow();
    assertThat(article.standfirst()).isEqualTo("Standfirst line");
    assertThat(article.photo()).isEqualTo(new Photo("Caption text", null, null, null));
  }

  @ParameterizedTest
  @CsvSource({"true, true", "yes, true", "false, false", "'', false"})
  void draftComesFromFrontMatter(String value, boolean draft) {
    Article article = parse("---\ndraft: " + value + "\n---\nHeadline\n\nBody.\n")
        .article().orElseThrow();
    assertThat(article.draft()).isEqualTo(draft);
  }

  @Test
  void frontMatterDateMayCarryATime() {
    Article article = parse("---\ndate: 2019-09-10T23:30:00+03:00\n---\nHeadline\n\nBody.\n")
        .article().orElseThrow();
    assertThat(article.date()).isEqualTo(LocalDate.of(2019, 9, 10));
    assertThat(article.url()).isEqualTo("2019/09/10/headline/");
  }
}

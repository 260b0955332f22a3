package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTest {

  private static final Path CORPUS = Path.of("src/test/resources/tags/corpus");
  private static final Tagger PLAIN = new Tagger(TagRules.defaults());
  private static final Tagger CURATED =
      new Tagger(new TagRulesLoader().load(Path.of("src/test/resources/tags/rules/tags.yaml")));

  private static Article article(String headline, String standfirst, List<String> body,
      List<String> tags) {
    return new Article("test.txt", "", "", null, headline, standfirst, null, null, null, null,
        body, tags, List.of(), false);
  }

  private static Article text(String headline, String... body) {
    return article(headline, null, List.of(body), List.of());
  }

  @Test
  void explicitTagsComeFirstThroughTheirCanonicalNames() {
    Article a = article("Grain talks resume in Geneva", null,
        List.of("Afghanistan and Afghanistan again, said the Afghan side."),
        List.of("U.N.", "grain deal", "Black Sea"));

    assertThat(CURATED.tag(a)).containsExactly("United Nations", "Grain deal", "Black Sea",
        "Afghanistan");
  }

  @Test
  void explicitTagsAreDeduplicatedCaseInsensitivelyKeepingTheFirst() {
    Article a = article("Talks", null, List.of("Nothing to see."),
        List.of("UN", "United Nations", "united nations", "Grain Deal", "GRAIN DEAL"));

    assertThat(CURATED.tag(a)).containsExactly("United Nations", "Grain deal");
  }

  @Test
  void anAutomaticTagAlreadyGivenExplicitlyIsNotRepeated() {
    Article a = article("UN chief visits Afghanistan", null,
        List.of("The UN Secretary-General arrived in Afghanistan."), List.of("afghanistan"));

    assertThat(PLAIN.tag(a)).containsExactly("Afghanistan", "United Nations");
  }

  @Test
  void suppressedTagsNeverAppearNeitherExplicitNorAutomatic() {
    Article a = article("Moscow hosts talks on Afghanistan", null,
        List.of("Delegations met in Moscow to discuss Afghanistan."), List.of("TASS"));

    assertThat(CURATED.tag(a)).containsExactly("Afghanistan");
    assertThat(PLAIN.tag(a)).containsExactly("TASS", "Afghanistan", "Moscow");
  }

  @Test
  void theCuratedFileRenamesABuiltInTagAndMergesItsWritings() {
    Article quake = WireText.read(CORPUS.resolve("turkey-earthquake.txt"));

    assertThat(PLAIN.tag(quake)).contains("Turkey").doesNotContain("Türkiye");
    assertThat(CURATED.tag(quake)).contains("Türkiye").doesNotContain("Turkey");
  }

  @Test
  void curatedWritingsInAnyScriptCountAsMentionsOfTheirTag() {
    Article shoigu = WireText.read(CORPUS.resolve("shoigu-cyrillic.txt"));

    List<String> tags = CURATED.tag(shoigu);

    assertThat(tags.get(0)).isEqualTo("Sergei Shoigu");
    assertThat(tags).doesNotContain("Сергей Шойгу", "Moscow");
  }

  @Test
  void aNameWrittenInCyrillicAndInLatinLettersIsOneTagUnderItsLatinName() {
    Article shoigu = WireText.read(CORPUS.resolve("shoigu-cyrillic.txt"));

    List<String> tags = PLAIN.tag(shoigu);

    assertThat(tags.get(0)).isEqualTo("Sergei Shoigu");
    assertThat(tags).doesNotContain("Сергей Шойгу", "Шойгу");
  }

  @Test
  void theCapLimitsAutomaticTagsButNeverDropsExplicitOnes() {
    Article a = article("Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan meet",
        null, List.of("Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan met."),
        List.of("One", "Two", "Three", "Four", "Five", "Six"));

    assertThat(CURATED.tag(a)).containsExactly("One", "Two", "Three", "Four", "Five", "Six");
    assertThat(PLAIN.tag(a)).hasSize(TagRules.DEFAULT_MAX_TAGS)
        .startsWith("One", "Two", "Three", "Four", "Five", "Six", "Armenia", "Belarus");
  }

  @Test
  void equalScoresAreOrderedByNameWhateverTheOrderInTheText() {
    assertThat(PLAIN.tag(text("Peru and Chile sign a trade pact", "The pact was signed.")))
        .containsExactly("Chile", "Peru");
    assertThat(PLAIN.tag(text("Chile and Peru sign a trade pact", "The pact was signed.")))
        .containsExactly("Chile", "Peru");
  }

  @Test
  void theHeadlineAndLeadWeighMoreThanALaterPassingMention() {
    Article a = article("Talks on Syria", "Envoys met to discuss Lebanon", List.of(
        "Officials from Jordan took part.", "Later, Iraq was mentioned once.",
        "Iraq was mentioned twice."), List.of());

    assertThat(PLAIN.tag(a)).containsExactly("Syria", "Iraq", "Jordan", "Lebanon");
  }

  @Test
  void aSinglePassingMentionIsNotEnough() {
    Article a = text("Ministers meet", "The ministers met in a hotel.",
        "The agreement was signed in Tashkent in 1992.");

    assertThat(PLAIN.tag(a)).isEmpty();
  }

  @Test
  void anOrganisationTheTextDefinesIsTaggedByItsAcronym() {
    Article a = text("Rapid reaction force holds drills",
        "The Collective Rapid Reaction Force (CRRF) began exercises on Monday.",
        "CRRF units arrived from five countries.",
        "The Collective Rapid Reaction Force was set up in 2009.");

    assertThat(PLAIN.tag(a)).containsExactly("CRRF");
  }

  @Test
  void anAcronymThatDoesNotSpellTheNameBeforeItIsNotADefinition() {
    Article a = text("Talks stall",
        "The Kurdistan Workers' Party (PKK) said on Monday that talks had stalled.",
        "PKK officials gave no details. PKK sources said more.");

    assertThat(PLAIN.tag(a)).doesNotContain("PKK", "Kurdistan Workers");
  }

  @Test
  void aPlaceNameInsideALongerNameIsNotThePlace() {
    Article a = text("Vote in Northern Ireland",
        "Voters in Northern Ireland went to the polls, and Michael Jordan watched.",
        "Northern Ireland results are due.");

    assertThat(PLAIN.tag(a)).doesNotContain("Ireland", "Jordan");
  }

  @Test
  void aPlaceAfterAFunctionWordOrAtASentenceStartIsStillThePlace() {
    Article a = text("Aid convoy arrives",
        "In Afghanistan, the convoy was welcomed. Afghanistan has asked for more.");

    assertThat(PLAIN.tag(a)).containsExactly("Afghanistan");
  }

  @Test
  void aTitleCaseHeadlineStillCountsItsPlaces() {
    Article a = text("Putin Visits Kazakhstan For Talks With Tokayev",
        "The Russian leader arrived on Monday.");

    assertThat(PLAIN.tag(a)).containsExactly("Kazakhstan");
  }

  @Test
  void aPersonIsNamedInFullWithoutTheTitleBeforeTheName() {
    Article a = text("Minister visits Baku",
        "Russian Foreign Minister Sergei Lavrov arrived in Baku on Tuesday.",
        "Lavrov will meet his counterpart on Wednesday.");

    assertThat(PLAIN.tag(a)).containsExactly("Baku", "Sergei Lavrov");
  }

  @Test
  void weekdaysMonthsAndSentenceOpeningWordsAreNeverTags() {
    Article a = text("Special session opens on Tuesday",
        "Members of the council met on Tuesday. According to the statement, Members agreed.",
        "Special attention was paid to March. The session ends in May. Tuesday was busy.",
        "The council said Members would meet on Tuesday in May and in March.");

    assertThat(PLAIN.tag(a)).isEmpty();
  }
}

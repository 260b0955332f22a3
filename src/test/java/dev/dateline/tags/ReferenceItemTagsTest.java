package dev.dateline.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TASS reference item (content/2019/09/csto-un-peacekeeping.txt) and its tags. */
class ReferenceItemTagsTest {

  private static final Path ITEM = Path.of("src/test/resources/tags/csto-un-peacekeeping.txt");
  private static final Tagger TAGGER = new Tagger(TagRules.defaults());

  @Test
  void theItemIsTaggedWithTheBlocTheUnAndAfghanistan() {
    List<String> tags = TAGGER.tag(WireText.read(ITEM));

    assertThat(tags).contains("CSTO", "United Nations", "Afghanistan");
  }

  @Test
  void noOrdinaryCapitalisedWordBecomesATag() {
    List<String> tags = TAGGER.tag(WireText.read(ITEM));

    assertThat(tags).doesNotContain("Tuesday", "Special", "The", "Members", "According", "Envoys",
        "Practical", "Preparations", "May", "October", "UN", "Collective Security Treaty"
        + " Organization", "Russian", "Foreign Ministry", "General Assembly");
  }

  @Test
  void theMostSalientTagsComeFirstAndPassingMentionsAreLeftOut() {
    List<String> tags = TAGGER.tag(WireText.read(ITEM));

    assertThat(tags).containsExactly("United Nations", "CSTO", "Afghanistan", "Moscow");
  }

  @Test
  void theSameTextAlwaysGivesTheSameTagsInTheSameOrder() {
    Article article = WireText.read(ITEM);

    List<String> first = TAGGER.tag(article);
    List<String> again = new Tagger(TagRules.defaults()).tag(WireText.read(ITEM));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void theCurrentParserGivesTheTaggerWhatItNeeds() throws IOException {
    Article parsed = new ArticleParser(new ParserSettings(2019))
        .parse("content/2019/09/csto-un-peacekeeping.txt", Files.readAllBytes(ITEM))
        .article().orElseThrow();

    assertThat(TAGGER.tag(parsed)).contains("CSTO", "United Nations", "Afghanistan")
        .doesNotContain("Tuesday", "Special", "The", "Members", "According");
  }
}

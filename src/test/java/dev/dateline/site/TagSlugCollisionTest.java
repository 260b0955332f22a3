package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.article.DateSource;
import dev.dateline.article.Problem;
import dev.dateline.config.SiteConfig;
import dev.dateline.slug.Slugger;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tags whose names give the same slug get distinct, stable URLs, and the clash is reported. */
class TagSlugCollisionTest {

  private static Article tagged(String source, String slug, List<String> tags) {
    return new Article(source, slug, "2019/09/10/" + slug + "/", null, "Headline " + slug, null,
        null, null, LocalDate.of(2019, 9, 10), DateSource.PATH, List.of("Body."), tags, List.of(),
        false);
  }

  private static Site build() {
    return new SiteModel(SiteConfig.defaults(), new Slugger()).build(List.of(
        tagged("content/a.txt", "a", List.of("Zürich", "Шойгу")),
        tagged("content/b.txt", "b", List.of("Zurich"))));
  }

  private static List<String> tagPageUrls(Site site) {
    return site.pages().stream().filter(p -> p.kind() == PageKind.TAG).map(Page::url).toList();
  }

  @Test
  void aCyrillicTagGetsAReadableAsciiUrl() {
    assertThat(tagPageUrls(build())).contains("tags/shoigu/");
  }

  @Test
  void twoNamesWithTheSameSlugGetDistinctUrlsInNameOrder() {
    assertThat(tagPageUrls(build())).contains("tags/zurich/", "tags/zurich-2/");
  }

  @Test
  void theSecondNameOfAClashIsReportedWithWhereItIsPublished() {
    assertThat(build().problems()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("Zürich").contains("tags/zurich-2/"));
  }

  @Test
  void theSameArticlesAlwaysGiveTheSameTagUrls() {
    assertThat(tagPageUrls(build())).isEqualTo(tagPageUrls(build()));
  }
}

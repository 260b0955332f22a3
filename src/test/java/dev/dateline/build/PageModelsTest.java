package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.article.Article;
import dev.dateline.article.DateSource;
import dev.dateline.article.Dateline;
import dev.dateline.article.Photo;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.Page;
import dev.dateline.site.PageContent;
import dev.dateline.site.SiteModel;
import dev.dateline.slug.Slugger;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models of pages, kept for rebuilds whose site model does not change: every page of a site
 * model comes back equal, from the pack it was appended to, and from no other.
 */
class PageModelsTest {

  @TempDir
  Path folder;

  private List<Page> pages;

  @BeforeEach
  void siteModel() {
    List<Article> articles = IntStream.range(0, 12).mapToObj(i -> {
      LocalDate day = LocalDate.of(2019, 9, 1 + i % 3);
      return new Article("content/2019/09/story-" + i + ".txt", "story-" + i,
          "2019/09/0" + day.getDayOfMonth() + "/story-" + i + "/", i % 2 == 0 ? "World" : null,
          "Story «" + i + "» — grain and oil", i % 4 == 0 ? null : "What happened, in short.",
          i % 3 == 0 ? new Photo("Fields", "Ivan Petrov/TASS", "Ivan Petrov", "TASS") : null,
          new Dateline("MOSCOW, September " + day.getDayOfMonth() + ". /TASS/.", "Moscow", day,
              "TASS"), day, DateSource.DATELINE, List.of(),
          List.of("grain", i % 2 == 0 ? "oil" : "Russia", "tag " + i % 5),
          i == 5 ? List.of("year not stated in the dateline; taken from the path") : List.of(),
          false);
    }).toList();
    pages = new SiteModel(SiteConfig.defaults(), new Slugger()).build(articles).pages();
  }

  @Test
  void everyPageOfASiteModelComesBackEqual() throws IOException {
    try (PageModels models = PageModels.open(folder, PageModels.NONE)) {
      long[] offsets = pages.stream().mapToLong(models::append).toArray();

      for (int i = 0; i < pages.size(); i++) {
        assertThat(models.read(offsets[i])).as(pages.get(i).outputPath())
            .isEqualTo(pages.get(i));
      }
    }
    assertThat(pages).anyMatch(page -> page.content() instanceof PageContent.ArticleContent a
        && !a.related().isEmpty() && a.previous() != null);
    assertThat(pages).anyMatch(page -> page.content() instanceof PageContent.FeedContent);
  }

  @Test
  void aPackIsReadOnlyUnderItsOwnId() throws IOException {
    long id;
    long offset;
    try (PageModels models = PageModels.open(folder, PageModels.NONE)) {
      id = models.id();
      offset = models.append(pages.get(0));
    }

    try (PageModels same = PageModels.open(folder, id)) {
      assertThat(same.read(offset)).isEqualTo(pages.get(0));
    }
    try (PageModels other = PageModels.open(folder, id + 1)) {
      assertThat(other.id()).isNotEqualTo(id).isNotEqualTo(PageModels.NONE);
      assertThat(other.read(offset)).isNull();
      assertThat(other.size()).isZero();
    }
  }

  @Test
  void aDamagedOrMissingModelReadsAsNone() throws IOException {
    try (PageModels models = PageModels.open(folder, PageModels.NONE)) {
      long offset = models.append(pages.get(0));
      try (FileChannel pack = FileChannel.open(folder.resolve(PageModels.FILE),
          StandardOpenOption.WRITE)) {
        pack.write(ByteBuffer.wrap(new byte[] {(byte) 0xff, 0x7f, 0x7f}), offset + 4);
      }

      assertThat(models.read(offset)).isNull();
      assertThat(models.read(offset + 1)).isNull();
      assertThat(models.read(-1)).isNull();
      assertThat(models.read(1L << 40)).isNull();
    }
  }

  @Test
  void aPackMostlyOfModelsNoLongerInUseIsCompactedWhenTheDigestsAreSaved() throws IOException {
    try (PageModels models = PageModels.open(folder, PageModels.NONE)) {
      long[] offsets = new long[pages.size()];
      for (int round = 0; round < 400; round++) {
        for (int i = 0; i < pages.size(); i++) {
          offsets[i] = models.append(pages.get(i));
        }
      }
      long packed = models.bytesOf(offsets);
      assertThat(models.size()).isGreaterThan(2 * packed + (1 << 20));
      PageDigests.Stored stored = new PageDigests.Stored(models.id(), offsets, packed,
          pages.size(), List.of());

      PageDigests.Stored compacted = models.compactedIfSparse(stored);

      assertThat(compacted.packId()).isNotEqualTo(stored.packId());
      assertThat(compacted.packed()).isEqualTo(packed);
      try (PageModels reopened = PageModels.open(folder, compacted.packId())) {
        assertThat(reopened.size()).isEqualTo(packed);
        for (int i = 0; i < pages.size(); i++) {
          assertThat(reopened.read(compacted.models()[i])).isEqualTo(pages.get(i));
        }
        assertThat(reopened.compactedIfSparse(compacted)).as("nothing to compact")
            .isSameAs(compacted);
      }
    }
  }

  @Test
  void compactingKeepsOnlyTheModelsStillInUse() throws IOException {
    try (PageModels models = PageModels.open(folder, PageModels.NONE)) {
      long[] offsets = pages.stream().mapToLong(models::append).toArray();
      long[] kept = offsets.clone();
      for (int i = 0; i < kept.length; i += 2) {
        kept[i] = -1;
      }
      long live = models.bytesOf(kept);

      try (PageModels compacted = models.compact(kept)) {
        assertThat(compacted.size()).isEqualTo(live).isLessThan(models.size());
        for (int i = 0; i < pages.size(); i++) {
          if (i % 2 == 0) {
            assertThat(kept[i]).isEqualTo(-1);
          } else {
            assertThat(compacted.read(kept[i])).isEqualTo(pages.get(i));
          }
        }
        try (PageModels reopened = PageModels.open(folder, compacted.id())) {
          assertThat(reopened.read(kept[1])).isEqualTo(pages.get(1));
        }
      }
    }
  }
}

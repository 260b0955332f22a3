package dev.dateline.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page digests a build leaves for the next one, in pages.idx. */
class PageDigestsTest {

  @TempDir
  Path folder;

  private final ModelInput input = ModelInput.of("settings", List.of(
      ParseCache.Entry.ofRecord("k1", "rain".getBytes(UTF_8), 0),
      ParseCache.Entry.ofRecord("k2", "snow".getBytes(UTF_8), 1)), ModelInput.none());

  private PageDigests digests() {
    byte[] digests = new byte[3 * PageDigests.DIGEST_BYTES];
    for (int i = 0; i < digests.length; i++) {
      digests[i] = (byte) i;
    }
    return new PageDigests("templates 1", input,
        new String[] {"index.html", "2019/09/11/rain/index.html", "feed.xml"}, digests,
        PageDigests.Bodies.of(new int[][] {{}, {0}, {1, 0}}));
  }

  @Test
  void whatIsWrittenIsReadBack() throws IOException {
    Path file = folder.resolve("cache/pages.idx");
    digests().write(file);

    PageDigests read = PageDigests.read(file, "templates 1");

    assertThat(read.sameAs(digests())).isTrue();
    assertThat(read.paths()).containsExactly("index.html", "2019/09/11/rain/index.html",
        "feed.xml");
    assertThat(read.unchanged("feed.xml", Arrays.copyOfRange(digests().digests(),
        2 * PageDigests.DIGEST_BYTES, 3 * PageDigests.DIGEST_BYTES))).isTrue();
    assertThat(read.unchanged("index.html", new byte[PageDigests.DIGEST_BYTES])).isFalse();
    assertThat(read.unchanged("gone.html", new byte[PageDigests.DIGEST_BYTES])).isFalse();
    assertThat(read.sameModel(input, 3)).isTrue();
    assertThat(read.sameModel(input, 4)).isFalse();
  }

  @Test
  void underAnotherFingerprintOnlyTheModelsInputIsKept() throws IOException {
    Path file = folder.resolve("pages.idx");
    digests().write(file);

    PageDigests read = PageDigests.read(file, "templates 2");

    assertThat(read.size()).isZero();
    assertThat(read.input()).isEqualTo(input);
    assertThat(read.sameModel(input, 3)).isFalse();
  }

  @Test
  void aMissingOrDamagedFileGivesNoDigests() throws IOException {
    Path file = folder.resolve("pages.idx");
    assertThat(PageDigests.read(file, "templates 1").size()).isZero();

    digests().write(file);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 3));
    assertThat(PageDigests.read(file, "templates 1").size()).isZero();
    assertThat(PageDigests.read(file, "templates 1").input()).isEqualTo(ModelInput.none());

    Files.write(file, new byte[] {1, 2, 3});
    assertThat(PageDigests.read(file, "templates 1").size()).isZero();
  }

  @Test
  void aPageShowsTheBodiesOfTheArticlesAtItsPlaces() {
    PageDigests.Bodies bodies = digests().bodies();
    boolean[] second = {false, true};

    assertThat(bodies.showsAny(0, second)).isFalse();
    assertThat(bodies.showsAny(1, second)).isFalse();
    assertThat(bodies.showsAny(2, second)).isTrue();
    assertThat(bodies.showsAny(1, new boolean[] {true, false})).isTrue();
  }
}

package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same content are the same site, byte for byte, whenever they run. */
class DeterministicBuildTest {

  private static final String[] PLACES = {"MOSCOW", "GENEVA", "ST. PETERSBURG", "UNITED NATIONS"};

  @TempDir
  Path root;

  @BeforeEach
  void anArchiveOfSeveralMonths() throws IOException {
    SiteFolders.newSite(root);
    Path content = root.resolve("content");
    SiteFolders.copyTree(SiteFolders.hostileFixtures(), content.resolve("hostile"));
    for (int i = 0; i < 120; i++) {
      int year = 2018 + i % 3;
      // Several articles share a headline and a day, so their URLs must be told apart.
      String headline = "Talks on item " + (i % 40) + " resume";
      SiteFolders.write(content.resolve(year + "/09/item-" + i + ".txt"), SiteFolders.article(
          headline, PLACES[i % PLACES.length], 1 + i % 28, "Body of article " + i + "."));
    }
  }

  private Map<String, byte[]> buildInto(String folder) throws IOException {
    SiteFolders.Run run = SiteFolders.dateline("build",
        "--content", root.resolve("content").toString(),
        "--templates", root.resolve("templates").toString(),
        "--out", root.resolve(folder).toString(), "--page-size", "7");
    assertThat(run.code()).as(run.err()).isIn(0, 1);
    return SiteFolders.files(root.resolve(folder));
  }

  @Test
  void twoBuildsIntoTwoFoldersAreByteIdentical() throws IOException {
    Map<String, byte[]> first = buildInto("site-one");
    Map<String, byte[]> second = buildInto("site-two");

    assertThat(first).hasSizeGreaterThan(150);
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    for (Map.Entry<String, byte[]> file : first.entrySet()) {
      assertThat(second.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
    }
  }

  @Test
  void aRebuildOverThePublishedSiteChangesNoByte() throws IOException {
    Map<String, byte[]> first = buildInto("site");
    SiteFolders.Run again = SiteFolders.build(root, "--page-size", "7");

    assertThat(again.out()).contains(" 0 files written, ");
    Map<String, byte[]> second = SiteFolders.files(root.resolve("site"));
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void everyInternalLinkOfTheBuiltSiteLeadsToAPage() throws IOException {
    buildInto("site");

    SiteCheck.Report links = new SiteCheck(dev.dateline.config.SiteConfig.defaults(), 1 << 20)
        .links(root.resolve("site"), "site");

    assertThat(links.filesChecked()).isGreaterThan(150);
    assertThat(links.problems()).isEmpty();
  }

  @Test
  void noPageCarriesTheDayOfTheBuild() throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String iso = today.toString();
    String written = today.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

    for (Map.Entry<String, byte[]> file : buildInto("site").entrySet()) {
      String text = new String(file.getValue(), StandardCharsets.UTF_8);
      assertThat(text).as(file.getKey()).doesNotContain(iso, written);
    }
  }
}

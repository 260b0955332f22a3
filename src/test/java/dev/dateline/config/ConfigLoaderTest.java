package dev.dateline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir
  Path dir;

  private final ConfigLoader loader = new ConfigLoader();

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsEverySettingFromYaml() throws Exception {
    SiteConfig c = loader.load(write("dateline.yaml", """
        title: Wire Archive
        baseUrl: https://user.github.io/archive
        language: en-GB
        pageSize: 20
        tagPageSize: 10
        feedSize: 30
        tagFeedSize: 5
        relatedCount: 3
        sitemapSize: 1000
        """));
    assertThat(c.title()).isEqualTo("Wire Archive");
    assertThat(c.baseUrl()).isEqualTo("https://user.github.io/archive/");
    assertThat(c.pageSize()).isEqualTo(20);
    assertThat(c.tagPageSize()).isEqualTo(10);
    assertThat(c.feedSize()).isEqualTo(30);
    assertThat(c.tagFeedSize()).isEqualTo(5);
    assertThat(c.relatedCount()).isEqualTo(3);
    assertThat(c.sitemapSize()).isEqualTo(1000);
  }

  @Test
  void tagPagesFollowThePageSizeUnlessSetApart() throws Exception {
    SiteConfig c = loader.load(write("dateline.json", "{\"pageSize\": 12}"));
    assertThat(c.tagPageSize()).isEqualTo(12);
    assertThat(c.sitemapSize()).isEqualTo(50_000);
  }

  @Test
  void anUnknownKeyIsReportedWithTheFileAndTheAllowedKeys() throws Exception {
    Path file = write("dateline.yaml", "pagesize: 10\n");
    assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("unknown key 'pagesize' (did you mean 'pageSize'?)")
        .hasMessageContaining("pageSize").hasMessageContaining("sitemapSize");
  }

  @Test
  void aSitemapSizeAboveTheProtocolLimitIsRefused() throws Exception {
    Path file = write("dateline.yaml", "sitemapSize: 60000\n");
    assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("'sitemapSize' must be a whole number from 1 to 50000");
  }

  @Test
  void aWrongValueIsReportedWithWhatIsAllowed() throws Exception {
    Path file = write("dateline.yaml", "feedSize: many\n");
    assertThatThrownBy(() -> loader.load(file)).hasMessageContaining(file.toString())
        .hasMessageContaining("'feedSize' must be a whole number from 1 to 10000, not \"many\"");
    Path lang = write("dateline.yml", "language: en_GB\n");
    assertThatThrownBy(() -> loader.load(lang)).hasMessageContaining(lang.toString())
        .hasMessageContaining("'language' must be a BCP 47 language tag");
  }

  @Test
  void aBaseUrlMustBeAbsolute() throws Exception {
    Path file = write("dateline.yaml", "baseUrl: /archive/\n");
    assertThatThrownBy(() -> loader.load(file))
        .hasMessageContaining("'baseUrl' must be an absolute http(s) URL");
  }

  @Test
  void aBaseUrlFromTheCommandLineIsCheckedTheSameWay() {
    assertThatThrownBy(() -> ConfigLoader.checkBaseUrl("--base-url", "example.org/archive/"))
        .hasMessageContaining("--base-url")
        .hasMessageContaining("https://user.github.io/repo/");
  }
}

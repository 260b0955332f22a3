package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A reader in a real browser (Debian's chromium, driven through chromedriver) goes home → article
 * → tag → archive → year → month → day → article, once with the site opened from disk and once
 * served under a sub-path; a screenshot of every step is saved under {@code target/screenshots/}.
 */
class BrowserClickThroughTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  Path temp;

  private ChromeDriverService service;
  private ChromeDriver browser;
  private Path site;

  @BeforeEach
  void startBrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed at " + CHROMIUM);
    site = TestSite.buildTagged(temp.resolve("site"));
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")),
        "--window-size=1100,1000");
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().window().setSize(new Dimension(1100, 1000));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @Test
  void aReaderClicksThroughTheSiteOpenedFromDisk() throws Exception {
    List<String> visited = clickThrough(site.resolve("index.html").toUri().toString(), "disk");
    assertThat(visited).allMatch(url -> url.startsWith("file:") && url.endsWith(".html"));
  }

  @Test
  void theDarkSchemeAndAPhoneWidthAreHonoured() throws Exception {
    browser.get(site.resolve("index.html").toUri().toString());
    first(".teasers h2 a").click();
    String light = browser.findElement(By.tagName("body")).getCssValue("background-color");
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    String dark = browser.findElement(By.tagName("body")).getCssValue("background-color");
    assertThat(light).isEqualTo("rgba(253, 253, 251, 1)");
    assertThat(dark).isEqualTo("rgba(18, 18, 18, 1)");
    browser.manage().window().setSize(new Dimension(420, 900));
    step(new ArrayList<>(), "disk", 9, "article-dark-phone", "article");
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertThat(browser.findElement(By.cssSelector(".masthead nav")).isDisplayed()).isFalse();
  }

  @Test
  void aReaderClicksThroughTheSiteServedUnderASubPath() throws Exception {
    try (LocalServer server = new LocalServer(site, "/sub/path/")) {
      List<String> visited = clickThrough(server.baseUrl(), "http");
      assertThat(visited).allMatch(url -> url.startsWith(server.baseUrl()));
    }
  }

  /** The walk; returns the URL of every page it reached. */
  private List<String> clickThrough(String home, String name) throws Exception {
    List<String> visited = new ArrayList<>();
    browser.get(home);
    step(visited, name, 1, "home", "home");

    WebElement article = first(".teasers h2 a");
    String headline = article.getText();
    article.click();
    step(visited, name, 2, "article", "article");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);

    WebElement tag = first(".tags a[rel=tag]");
    String tagName = tag.getText();
    tag.click();
    step(visited, name, 3, "tag", "tag");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(tagName);
    assertThat(browser.findElements(By.linkText(headline))).isNotEmpty();

    first(".masthead nav a[href$='archive/index.html']").click();
    step(visited, name, 4, "archive", "date-index");
    first(".entries a").click();
    step(visited, name, 5, "year", "year");
    assertThat(browser.findElements(By.cssSelector(".calendar td"))).hasSize(12);

    first(".calendar td.has a").click();
    step(visited, name, 6, "month", "month");
    first(".calendar td.has a").click();
    step(visited, name, 7, "day", "day");

    WebElement last = first(".teasers h2 a");
    String lastHeadline = last.getText();
    last.click();
    step(visited, name, 8, "article", "article");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(lastHeadline);
    return visited;
  }

  private WebElement first(String css) {
    List<WebElement> found = browser.findElements(By.cssSelector(css));
    assertThat(found).as("%s on %s", css, browser.getCurrentUrl()).isNotEmpty();
    return found.get(0);
  }

  /** Checks the page is of {@code kind} and styled, and saves its screenshot. */
  private void step(List<String> visited, String name, int number, String label, String kind)
      throws Exception {
    visited.add(browser.getCurrentUrl());
    assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
        .as("page %s", browser.getCurrentUrl()).isEqualTo("kind-" + kind);
    assertThat(browser.findElement(By.cssSelector(".masthead")).getCssValue("border-bottom-style"))
        .as("the stylesheet is applied on %s", browser.getCurrentUrl()).isEqualTo("double");
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(String.format("%s-%d-%s.png", name, number,
        label)), StandardCopyOption.REPLACE_EXISTING);
  }
}

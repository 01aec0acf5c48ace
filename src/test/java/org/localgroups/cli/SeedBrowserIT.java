package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.tiers.BrowserTier;
import org.localgroups.web.HeadlessChromium;
import org.localgroups.web.WebConfig;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole application on the seed page in headless Chromium: a visitor types a city and finds its
 * group first, the world map carries a marker for every placed group. Screenshots go to {@code
 * target/screenshots/}.
 */
@BrowserTier
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedBrowserIT {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Dimension DESKTOP = new Dimension(1280, 900);
  private static final Dimension PHONE = new Dimension(412, 915);

  @TempDir static Path data;

  private LocalGroupsServer server;
  private ChromeDriver browser;
  private String base;

  @BeforeAll
  void start() throws IOException {
    server = LocalGroupsServer.start(data, "", "127.0.0.1", 0, WebConfig.defaults());
    base = "http://127.0.0.1:" + server.port();
    browser = HeadlessChromium.start(DESKTOP.width, DESKTOP.height);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private void assertNoScriptErrors() {
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .filter(e -> !e.getMessage().contains("favicon"))
            .toList();
    assertThat(errors).extracting(LogEntry::getMessage).isEmpty();
  }

  @Test
  void aVisitorTypesCracowAndFindsPykonikFirst() throws IOException {
    browser.manage().window().setSize(DESKTOP);
    browser.get(base + "/");
    screenshot("home");
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("Cracow");
    q.submit();
    waiting().until(d -> d.getCurrentUrl().contains("/near?"));
    WebElement first = browser.findElement(By.cssSelector("main .group a.group-name"));
    assertThat(first.getAttribute("href")).endsWith("/groups/pykonik");
    assertThat(first.getText()).isEqualTo("Pykonik");
    screenshot("near-cracow");
    assertNoScriptErrors();
  }

  @Test
  void onAPhoneTheSearchAndResultsFitTheScreen() throws IOException {
    browser.manage().window().setSize(PHONE);
    try {
      browser.get(base + "/");
      screenshot("home-phone");
      browser.get(base + "/near?q=Bangalore");
      assertThat(
              browser.findElement(By.cssSelector("main .group a.group-name")).getAttribute("href"))
          .endsWith("/groups/bangpypers-bangalore-python-users-group");
      long scrollWidth =
          (Long) browser.executeScript("return document.documentElement.scrollWidth");
      long viewport = (Long) browser.executeScript("return window.innerWidth");
      assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(viewport);
      screenshot("near-bangalore-phone");
      browser.get(base + "/near?q=Ulaanbaatar");
      assertThat(browser.findElement(By.cssSelector("main .notice")).getText())
          .contains("No group within 150 km");
      screenshot("near-ulaanbaatar-phone");
    } finally {
      browser.manage().window().setSize(DESKTOP);
    }
  }

  @Test
  void groupPageShowsItsSmallMap() throws IOException {
    browser.manage().window().setSize(DESKTOP);
    browser.get(base + "/groups/pykonik");
    waiting()
        .until(d -> !d.findElements(By.cssSelector("#group-map .leaflet-marker-icon")).isEmpty());
    waiting()
        .until(
            d ->
                ((Number)
                            ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript(
                                    "return document.querySelector('#group-map .leaflet-overlay-pane canvas') && window.localgroupsBase ? window.localgroupsBase.countries : 0"))
                        .intValue()
                    > 10);
    screenshot("group-pykonik");
    assertNoScriptErrors();
  }

  @Test
  void worldMapHasAMarkerForEveryPlacedGroup() throws Exception {
    int placed = new ObjectMapper().readTree(fetch("/api/groups.geojson")).path("features").size();
    assertThat(placed).isPositive();
    browser.manage().window().setSize(DESKTOP);
    browser.get(base + "/map");
    waiting()
        .until(
            d ->
                d.findElement(By.cssSelector(".map-status"))
                    .getText()
                    .contains("groups in this view"));
    Object count =
        browser.executeScript(
            "return window.localgroupsMap ? window.localgroupsMap.markerCount : -1");
    // the first view holds the whole world: the seed's groups are too few to be clustered
    assertThat(((Number) count).intValue()).isEqualTo(placed);
    assertThat(browser.findElement(By.cssSelector(".map-status")).getText())
        .isEqualTo(placed + " groups in this view.");
    waiting()
        .until(
            d ->
                ((Number)
                            ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript(
                                    "return document.querySelector('#world-map .leaflet-overlay-pane canvas') && window.localgroupsBase ? window.localgroupsBase.countries : 0"))
                        .intValue()
                    > 100);
    // the groups are dots on one canvas of their own, above the countries
    assertThat(browser.findElements(By.cssSelector("#world-map .leaflet-groups-pane canvas")))
        .hasSize(1);
    screenshot("map");
    assertNoScriptErrors();
  }

  private String fetch(String path) throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      return r.body();
    }
  }
}

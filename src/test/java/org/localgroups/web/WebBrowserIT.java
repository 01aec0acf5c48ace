package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.localgroups.tiers.BrowserTier;
import org.localgroups.web.server.WebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages' JavaScript in headless Chromium (failing where Chromium and chromedriver are missing):
 * place suggestions as you type, the world map with clustered markers over our own base layer, a
 * group's small map, and no Content-Security-Policy violation or script error on the way.
 */
@BrowserTier
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebBrowserIT {
  private Javalin app;
  private ChromeDriver browser;
  private String base;

  @BeforeAll
  void start() {
    app = WebApp.create(Fixtures.services(), WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    browser = HeadlessChromium.start(1200, 900);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.stop();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
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
  void scriptErrorsWouldBeSeen() {
    browser.get(base + "/about");
    browser.executeScript("console.error('probe-4711')");
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .extracting(LogEntry::getMessage)
        .anyMatch(m -> m.contains("probe-4711"));
  }

  @Test
  void homeSuggestsPlacesAsYouType() {
    browser.get(base + "/");
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("Kra");
    waiting().until(d -> !d.findElements(By.cssSelector("#place-suggestions option")).isEmpty());
    assertThat(
            browser.findElement(By.cssSelector("#place-suggestions option")).getAttribute("value"))
        .isEqualTo("Kraków, Lesser Poland, Poland");
    assertThat(browser.findElement(By.cssSelector("button.locate")).isDisplayed()).isTrue();
    assertNoScriptErrors();
  }

  @Test
  void worldMapShowsClusteredMarkersOverTheOfflineBaseLayer() {
    browser.get(base + "/map");
    waiting()
        .until(
            d ->
                d.findElement(By.cssSelector(".map-status"))
                    .getText()
                    .contains("groups on the map"));
    assertThat(browser.findElement(By.cssSelector(".map-status")).getText())
        .isEqualTo("14 groups on the map.");
    waiting()
        .until(
            d ->
                ((Number)
                            ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript(
                                    "return document.querySelector('.leaflet-overlay-pane canvas') && window.localgroupsBase ? window.localgroupsBase.countries : 0"))
                        .intValue()
                    > 100);
    assertThat(browser.findElements(By.cssSelector(".marker-cluster, .leaflet-marker-icon")))
        .isNotEmpty();
    // a lone marker opens a popup that links to its group's page
    browser.findElements(By.cssSelector(".leaflet-marker-icon")).stream()
        .filter(m -> !m.getAttribute("class").contains("marker-cluster"))
        .findFirst()
        .orElseThrow()
        .click();
    waiting().until(d -> !d.findElements(By.cssSelector(".leaflet-popup-content a")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".leaflet-popup-content a")).getAttribute("href"))
        .matches("http://127\\.0\\.0\\.1:\\d+/groups/[a-z0-9-]+");
    assertNoScriptErrors();
  }

  @Test
  void groupPageHasASmallMapWithItsMarker() {
    browser.get(base + "/groups/pykrakow");
    waiting()
        .until(d -> !d.findElements(By.cssSelector("#group-map .leaflet-marker-icon")).isEmpty());
    assertNoScriptErrors();
  }

  @Test
  void groupPageLinksToTheWorldMapCentredOnTheGroup() {
    browser.get(base + "/groups/pykrakow");
    browser.findElement(By.linkText("Show on the map")).click();
    waiting()
        .until(d -> d.findElement(By.cssSelector(".map-status")).getText().contains("on the map"));
    Object view = browser.executeScript("return window.localgroupsMap");
    assertThat(view).asString().contains("zoom=8");
    @SuppressWarnings("unchecked")
    List<Number> center = (List<Number>) ((java.util.Map<String, Object>) view).get("center");
    assertThat(center.get(0).doubleValue()).isBetween(50.0, 50.1);
    assertThat(center.get(1).doubleValue()).isBetween(19.9, 20.0);
    assertNoScriptErrors();
  }

  @Test
  void hostileGroupRunsNoScript() {
    browser.get(base + "/groups/" + FixtureDirectory.XSS_SLUG);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .startsWith(FixtureDirectory.XSS_NAME);
    assertThat(browser.findElements(By.cssSelector("main a[href^='javascript']"))).isEmpty();
    assertNoScriptErrors();
  }
}

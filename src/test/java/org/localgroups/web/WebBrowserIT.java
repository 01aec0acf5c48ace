package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.localgroups.directory.Directory;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.tiers.BrowserTier;
import org.localgroups.web.server.WebApp;
import org.localgroups.world.SyntheticDirectory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages' JavaScript in headless Chromium (failing where Chromium and chromedriver are missing):
 * place suggestions as you type, the world map drawing each view the API gives over our own base
 * layer (a directory of 2,000 groups in bubbles that open up when clicked), a group's small map,
 * and no Content-Security-Policy violation or script error on the way.
 */
@BrowserTier
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebBrowserIT {
  /** A directory too large to draw group by group: the server clusters it. */
  private static final int CROWDED = 2_000;

  private Javalin app;
  private Javalin crowded;
  private ChromeDriver browser;
  private String base;
  private String crowdedBase;
  private int crowdedPlaced;

  @BeforeAll
  void start() {
    app = WebApp.create(Fixtures.services(), WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.bundled();
    Directory many = SyntheticDirectory.generate(gazetteer.cities(), CROWDED, 7);
    crowdedPlaced = (int) many.groups().stream().filter(g -> g.placement().hasPoint()).count();
    crowded =
        WebApp.create(Fixtures.services(new FixedSource(many), gazetteer), WebConfig.defaults())
            .start("127.0.0.1", 0);
    crowdedBase = "http://127.0.0.1:" + crowded.port();
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
    if (crowded != null) {
      crowded.stop();
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

  @SuppressWarnings("unchecked")
  private Map<String, Object> drawnView() {
    return (Map<String, Object>) browser.executeScript("return window.localgroupsMap");
  }

  private static int number(Map<String, Object> view, String key) {
    return ((Number) view.get(key)).intValue();
  }

  /** The addresses of the map's views the page asked the API for, in order. */
  @SuppressWarnings("unchecked")
  private List<String> viewRequests() {
    return (List<String>)
        browser.executeScript(
            "return performance.getEntriesByType('resource').map(r => r.name)"
                + ".filter(n => n.includes('/api/groups.geojson'))");
  }

  @Test
  void worldMapDrawsTheViewFromTheApiOverTheOfflineBaseLayer() {
    browser.get(base + "/map");
    waiting()
        .until(
            d -> d.findElement(By.cssSelector(".map-status")).getText().contains("in this view"));
    assertThat(browser.findElement(By.cssSelector(".map-status")).getText())
        .isEqualTo("14 groups in this view.");
    assertThat(viewRequests())
        .singleElement()
        .asString()
        .matches(".*/api/groups\\.geojson\\?bbox=-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+&zoom=2");
    waiting()
        .until(
            d ->
                ((Number)
                            browser.executeScript(
                                "return document.querySelector('.leaflet-overlay-pane canvas') && window.localgroupsBase ? window.localgroupsBase.countries : 0"))
                        .intValue()
                    > 100);
    Map<String, Object> view = drawnView();
    assertThat(number(view, "markerCount")).isEqualTo(14);
    assertThat(number(view, "clusterCount")).isZero();
    // a dot opens a popup that links to its group's page
    @SuppressWarnings("unchecked")
    List<Number> dot = (List<Number>) view.get("dot");
    WebElement map = browser.findElement(By.id("world-map"));
    new Actions(browser)
        .moveToElement(
            map,
            dot.get(0).intValue() - map.getSize().getWidth() / 2,
            dot.get(1).intValue() - map.getSize().getHeight() / 2)
        .click()
        .perform();
    waiting().until(d -> !d.findElements(By.cssSelector(".leaflet-popup-content a")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".leaflet-popup-content a")).getAttribute("href"))
        .matches("http://127\\.0\\.0\\.1:\\d+/groups/[a-z0-9-]+");
    assertNoScriptErrors();
  }

  @Test
  void aClusterOfACrowdedMapOpensUpIntoItsGroupsWhenClicked() {
    browser.get(crowdedBase + "/map");
    waiting().until(d -> drawnView() != null);
    Map<String, Object> view = drawnView();
    assertThat(number(view, "total")).isEqualTo(crowdedPlaced);
    assertThat(number(view, "clusterCount")).isPositive();
    assertThat(browser.findElement(By.cssSelector(".map-status")).getText())
        .startsWith(crowdedPlaced + " groups in this view; a number stands for");
    // click the biggest bubble until its groups are drawn one by one
    for (int step = 0; step < 12 && number(drawnView(), "markerCount") == 0; step++) {
      int zoom = number(drawnView(), "zoom");
      int requests = viewRequests().size();
      WebElement biggest =
          browser.findElements(By.cssSelector(".map-cluster")).stream()
              .max(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.getText().strip())))
              .orElseThrow();
      biggest.click();
      waiting().until(d -> viewRequests().size() > requests && number(drawnView(), "zoom") > zoom);
    }
    view = drawnView();
    assertThat(number(view, "markerCount")).as("groups drawn one by one").isPositive();
    assertThat(viewRequests()).allMatch(u -> u.contains("?bbox=") && u.contains("&zoom="));
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
        .until(
            d -> d.findElement(By.cssSelector(".map-status")).getText().contains("in this view"));
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

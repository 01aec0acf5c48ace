package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.tiers.BrowserTier;
import org.localgroups.web.server.WebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map pages on a phone-sized window in headless Chromium: the cumulative layout shift once the
 * map has drawn (PerformanceObserver, 'layout-shift', buffered) stays under 0.05, the threshold of
 * a "good" page; the bytes the page fetched are printed for the record.
 */
@BrowserTier
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapLayoutShiftIT {
  /** Web Vitals: a cumulative layout shift up to 0.1 is "good"; the issue asks for under 0.05. */
  static final double MAX_LAYOUT_SHIFT = 0.05;

  private static final String LAYOUT_SHIFT =
      """
      const done = arguments[arguments.length - 1];
      let shift = 0;
      new PerformanceObserver(list => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) shift += e.value;
      }).observe({type: 'layout-shift', buffered: true});
      setTimeout(() => {
        const resources = performance.getEntriesByType('resource');
        const nav = performance.getEntriesByType('navigation')[0];
        let transfer = nav.transferSize, encoded = nav.encodedBodySize;
        for (const r of resources) { transfer += r.transferSize; encoded += r.encodedBodySize; }
        done({shift: shift, transfer: transfer, encoded: encoded, resources: resources.length});
      }, 300);
      """;

  private Javalin app;
  private ChromeDriver browser;
  private String base;

  @BeforeAll
  void start() {
    app = WebApp.create(Fixtures.services(), WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    browser = HeadlessChromium.start(412, 915); // a phone's viewport in CSS pixels
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

  @ParameterizedTest
  @ValueSource(strings = {"/map", "/groups/pykrakow"})
  void theMapTakesItsPlaceWithoutMovingThePage(String page) {
    browser.get(base + page);
    WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(15));
    // drawn: the groups (a group page's marker, the world map's view from the API), and the base
    // layer's countries
    if (page.equals("/map")) {
      waiting.until(
          d ->
              Boolean.TRUE.equals(
                  browser.executeScript(
                      "return !!window.localgroupsMap && window.localgroupsMap.markerCount > 0")));
    } else {
      waiting.until(d -> !d.findElements(By.cssSelector(".leaflet-marker-icon")).isEmpty());
    }
    waiting.until(
        d ->
            ((Number)
                        ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript(
                                "return document.querySelector('.leaflet-overlay-pane canvas') && window.localgroupsBase ? window.localgroupsBase.countries : 0"))
                    .intValue()
                > 100);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) browser.executeAsyncScript(LAYOUT_SHIFT);
    double shift = ((Number) m.get("shift")).doubleValue();
    System.out.printf(
        "%s: layout shift %.4f, %d resources, transferred %d bytes, encoded bodies %d bytes%n",
        page,
        shift,
        ((Number) m.get("resources")).intValue(),
        ((Number) m.get("transfer")).longValue(),
        ((Number) m.get("encoded")).longValue());
    assertThat(shift).as(page + " layout shift").isLessThan(MAX_LAYOUT_SHIFT);
  }
}

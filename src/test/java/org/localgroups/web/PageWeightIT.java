package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localgroups.tiers.BrowserTier;
import org.localgroups.web.server.WebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main pages in headless Chromium as a phone (412 x 823 CSS pixels at 1.75 device pixels per
 * CSS pixel, as Lighthouse's mobile preset) and a desktop (1350 x 940) see them, each loaded with
 * an empty cache: the cumulative layout shift stays under 0.05, and the bytes over the wire (the
 * page and everything it fetched, from Resource Timing) within a budget per page. Loaded again, the
 * page's static files come from the cache without a request (their content-hashed addresses are
 * cached for a year). The figures are printed for docs/benchmarks.md. CPU and network are not
 * throttled: layout shift and bytes do not depend on them.
 */
@BrowserTier
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWeightIT {
  static final double MAX_LAYOUT_SHIFT = 0.05;

  /** The budgets, in bytes over the wire with an empty cache (compressed where the server does). */
  private static final int TEXT_PAGE_BUDGET = 40_000;

  private static final int MAP_PAGE_BUDGET = 160_000;

  private static final String MEASURE =
      """
      const done = arguments[arguments.length - 1];
      let shift = 0;
      new PerformanceObserver(list => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) shift += e.value;
      }).observe({type: 'layout-shift', buffered: true});
      setTimeout(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource');
        let transfer = nav.transferSize, encoded = nav.encodedBodySize, staticRequests = 0;
        for (const r of resources) {
          transfer += r.transferSize; encoded += r.encodedBodySize;
          if (new URL(r.name).pathname.startsWith('/static/') && r.transferSize > 0) staticRequests++;
        }
        done({shift: shift, transfer: transfer, encoded: encoded, resources: resources.length,
              staticRequests: staticRequests});
      }, 400);
      """;

  record FormFactor(String name, int width, int height, double scale, boolean mobile) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final FormFactor PHONE = new FormFactor("phone", 412, 823, 1.75, true);
  static final FormFactor DESKTOP = new FormFactor("desktop", 1350, 940, 1, false);

  static final List<String> PAGES =
      List.of(
          "/",
          "/regions",
          "/regions/poland",
          "/groups/pykrakow",
          "/map",
          "/near?q=Krakow",
          "/about");

  static Stream<Arguments> pages() {
    return Stream.of(PHONE, DESKTOP).flatMap(f -> PAGES.stream().map(p -> Arguments.of(f, p)));
  }

  private Javalin app;
  private String base;
  private ChromeDriver browser;

  @BeforeAll
  void start() {
    app = WebApp.create(Fixtures.services(), WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    browser = HeadlessChromium.start(1350, 940);
    browser.executeCdpCommand("Network.enable", Map.of());
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

  private void emulate(FormFactor f) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", f.width(),
            "height", f.height(),
            "deviceScaleFactor", f.scale(),
            "mobile", f.mobile()));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> load(String page) {
    browser.get(base + page);
    WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
    waiting.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    if (page.equals("/map") || page.startsWith("/groups/")) {
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
    }
    return (Map<String, Object>) browser.executeAsyncScript(MEASURE);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void thePageStaysStillAndLightAndItsStaticFilesAreCached(FormFactor f, String page) {
    emulate(f);
    browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
    browser.get("about:blank");
    Map<String, Object> cold = load(page);
    double shift = ((Number) cold.get("shift")).doubleValue();
    long transfer = ((Number) cold.get("transfer")).longValue();

    browser.get("about:blank");
    Map<String, Object> warm = load(page);
    long warmTransfer = ((Number) warm.get("transfer")).longValue();

    System.out.printf(
        "page weight | %s | %s | CLS %.4f | %d resources | %d bytes transferred (%d encoded)"
            + " | again: %d bytes, %d static requests%n",
        f,
        page,
        shift,
        ((Number) cold.get("resources")).intValue(),
        transfer,
        ((Number) cold.get("encoded")).longValue(),
        warmTransfer,
        ((Number) warm.get("staticRequests")).intValue());
    assertThat(shift).as(f + " " + page + " layout shift").isLessThan(MAX_LAYOUT_SHIFT);
    int budget =
        page.equals("/map") || page.startsWith("/groups/") ? MAP_PAGE_BUDGET : TEXT_PAGE_BUDGET;
    assertThat(transfer)
        .as(f + " " + page + " bytes over the wire")
        .isPositive()
        .isLessThan(budget);
    assertThat(((Number) warm.get("staticRequests")).intValue())
        .as(f + " " + page + ": static files asked again on a second visit")
        .isZero();
  }
}

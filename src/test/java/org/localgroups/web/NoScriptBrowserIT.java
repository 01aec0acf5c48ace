package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.localgroups.tiers.BrowserTier;
import org.localgroups.web.server.WebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages in headless Chromium with JavaScript off: no empty map box, the place as text and a
 * link to the world map instead.
 */
@BrowserTier
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoScriptBrowserIT {
  private Javalin app;
  private ChromeDriver browser;
  private String base;

  @BeforeAll
  void start() {
    app = WebApp.create(Fixtures.services(), WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    browser = HeadlessChromium.start(1200, 900, false);
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

  @Test
  void scriptsAreReallyOff() {
    browser.get(base + "/groups/pykrakow");
    assertThat(browser.findElements(By.cssSelector("#group-map .leaflet-marker-icon"))).isEmpty();
  }

  @Test
  void groupPageShowsThePlaceAsTextAndALinkToTheMapNotAnEmptyBox() {
    browser.get(base + "/groups/pykrakow");
    WebElement box = browser.findElement(By.id("group-map"));
    assertThat(box.isDisplayed()).isFalse();
    assertThat(box.getSize().getHeight()).isZero();
    WebElement where = browser.findElement(By.cssSelector(".coords"));
    assertThat(where.getText()).contains("Kraków").contains("° N");
    assertThat(where.findElement(By.linkText("Show on the map")).getAttribute("href"))
        .matches("http://127\\.0\\.0\\.1:\\d+/map#map=8/50\\.\\d+/19\\.\\d+");
  }

  @Test
  void worldMapBoxIsHiddenAndTheListShows() {
    browser.get(base + "/map");
    assertThat(browser.findElement(By.id("world-map")).isDisplayed()).isFalse();
    assertThat(browser.findElements(By.cssSelector(".by-country li a"))).isNotEmpty();
  }
}

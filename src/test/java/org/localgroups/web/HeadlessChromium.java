package org.localgroups.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium and chromedriver as the browser tests use them: headless, no network of its
 * own, a fresh profile each time, the browser console kept for assertions. Nothing is downloaded.
 * The system properties {@code localgroups.chromium} and {@code localgroups.chromedriver} point
 * elsewhere.
 */
public final class HeadlessChromium {
  static final Path CHROMIUM =
      Path.of(System.getProperty("localgroups.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("localgroups.chromedriver", "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  /**
   * A new browser with a fresh profile in a temp folder and a window of the given size.
   *
   * @throws IllegalStateException when Chromium or chromedriver is missing: a browser test fails
   *     there, it is not skipped (opting out is {@code -Dlocalgroups.skip=browser})
   */
  public static ChromeDriver start(int width, int height) {
    return start(width, height, true);
  }

  /** As {@link #start(int, int)}, with JavaScript on or off. */
  public static ChromeDriver start(int width, int height, boolean javascript) {
    List<String> missing =
        Stream.of(CHROMIUM, CHROMEDRIVER)
            .filter(p -> !Files.isExecutable(p))
            .map(Path::toString)
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "The browser tests need Chromium and chromedriver; missing: "
              + String.join(", ", missing)
              + ". bin/test installs Debian's chromium and chromium-driver;"
              + " -Dlocalgroups.skip=browser leaves the browser tests out.");
    }
    Path profile;
    try {
      // under target/, so that mvn clean removes the profiles
      profile =
          Files.createTempDirectory(
              Files.createDirectories(Path.of("target", "chromium-profiles")), "profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}

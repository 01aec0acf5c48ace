package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.localgroups.web.server.WebApp;

/**
 * The real server's pages read as a crawler or a link preview reads them (their meta description
 * and Open Graph tags), and the static files they name, as a browser fetches them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageHeadIT {
  static final List<String> PAGES =
      List.of(
          "/",
          "/regions",
          "/regions/poland",
          "/groups/pykrakow",
          "/groups/" + FixtureDirectory.XSS_SLUG,
          "/map",
          "/near?q=Krakow",
          "/about",
          "/start",
          "/no-such-page");

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;
  private String base;

  @BeforeAll
  void start() {
    app = WebApp.create(Fixtures.services(), WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(get(path).body(), base + path);
  }

  private static String meta(Document d, String query) {
    List<Element> found = d.select(query);
    assertThat(found).as(query).hasSize(1);
    return found.getFirst().attr("content");
  }

  @Test
  void everyPageHasADescriptionAndOpenGraphTagsWithItsAbsoluteAddress() throws Exception {
    Set<String> descriptions = new LinkedHashSet<>();
    for (String path : PAGES) {
      Document d = page(path);
      String description = meta(d, "head > meta[name=description]");
      assertThat(description).as(path).isNotBlank().hasSizeLessThanOrEqualTo(301);
      assertThat(meta(d, "head > meta[property=og:description]")).as(path).isEqualTo(description);
      assertThat(meta(d, "head > meta[property=og:title]")).as(path).isNotBlank();
      assertThat(meta(d, "head > meta[property=og:type]")).as(path).isEqualTo("website");
      assertThat(meta(d, "head > meta[property=og:site_name]")).as(path).isEqualTo("localgroups");
      assertThat(meta(d, "head > meta[property=og:url]")).as(path).isEqualTo(base + path);
      descriptions.add(description);
    }
    assertThat(descriptions).as("each page says something of its own").hasSize(PAGES.size());
  }

  @Test
  void aGroupPageSaysTheGroupItsCityWhenItMeetsAndHowToJoin() throws Exception {
    Document d = page("/groups/pykrakow");
    assertThat(meta(d, "head > meta[name=description]"))
        .isEqualTo(
            "PyKrakow, a Python user group in Kraków, Poland."
                + " Meets the 2nd Thursday of the month. Join: http://pykrakow.org/");
    assertThat(meta(d, "head > meta[property=og:title]")).isEqualTo("PyKrakow");
  }

  @Test
  void regionAndHomePagesSayHowManyGroups() throws Exception {
    assertThat(meta(page("/regions/poland"), "head > meta[name=description]"))
        .startsWith("3 Python user groups in Poland");
    assertThat(meta(page("/"), "head > meta[name=description]"))
        .contains("15 Python user groups in 7 countries");
    assertThat(meta(page("/near?q=Krakow"), "head > meta[name=description]"))
        .contains("near Kraków");
  }

  @Test
  void aHostileGroupNameStaysInsideItsAttributes() throws Exception {
    String body = get("/groups/" + FixtureDirectory.XSS_SLUG).body();
    Document d = Jsoup.parse(body, base);
    assertThat(meta(d, "head > meta[property=og:title]")).isEqualTo(FixtureDirectory.XSS_NAME);
    assertThat(meta(d, "head > meta[name=description]"))
        .startsWith(FixtureDirectory.XSS_NAME + ", a Python user group");
    // nothing broke out: the head holds only what the layout puts there
    assertThat(d.select("head script, body script:not([src]), img[src=x], [onerror]")).isEmpty();
    assertThat(d.head().select("meta")).hasSize(8);
    assertThat(body).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
  }

  /** Every static file a page names: stylesheets, scripts, images, icons and the map layers. */
  private static Set<String> assetsOf(Document d) {
    Set<String> urls = new LinkedHashSet<>();
    d.select("link[href^=/static/]").forEach(e -> urls.add(e.attr("href")));
    d.select("script[src]").forEach(e -> urls.add(e.attr("src")));
    d.select("img[src^=/static/]").forEach(e -> urls.add(e.attr("src")));
    d.select("use[href]").forEach(e -> urls.add(e.attr("href").replaceFirst("#.*", "")));
    for (String a :
        List.of("data-countries-110m", "data-countries-50m", "data-marker", "data-marker-2x")) {
      urls.add(d.body().attr(a));
    }
    // a page inside <noscript> is text to jsoup: the no-JavaScript stylesheet is found by its name
    d.select("noscript")
        .forEach(
            e -> Jsoup.parse(e.html()).select("link[href]").forEach(l -> urls.add(l.attr("href"))));
    return urls;
  }

  @Test
  void everyAssetEveryPageNamesIsServedWithALongCache() throws Exception {
    Set<String> all = new LinkedHashSet<>();
    for (String path : PAGES) {
      Set<String> urls = assetsOf(page(path));
      assertThat(urls)
          .as(path)
          .isNotEmpty()
          .allMatch(u -> u.matches("/static/.*\\.[0-9a-f]{10}(\\..*)?"));
      all.addAll(urls);
    }
    assertThat(all)
        .as("the map pages name Leaflet and both layers")
        .anyMatch(u -> u.startsWith("/static/vendor/leaflet/leaflet."))
        .anyMatch(u -> u.startsWith("/static/vendor/world-atlas/countries-110m."))
        .anyMatch(u -> u.startsWith("/static/no-js."));
    for (String url : all) {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + url)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(url).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control")).as(url).hasValue(IMMUTABLE);
      assertThat(r.headers().firstValue("ETag")).as(url).isPresent();
      assertThat(r.body()).as(url).isNotEmpty();
    }
  }

  @Test
  void thePlainAddressStillAnswersWithAShortCacheAndAnOutdatedHashIsSentOn() throws Exception {
    String hashed =
        assetsOf(page("/")).stream()
            .filter(u -> u.startsWith("/static/site."))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> plain = get("/static/site.css");
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    assertThat(plain.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(plain.body()).isEqualTo(get(hashed).body());

    HttpResponse<String> outdated = get("/static/site.0000000000.css");
    assertThat(outdated.statusCode()).isEqualTo(302);
    assertThat(outdated.headers().firstValue("Location")).hasValue(hashed);

    // Leaflet's stylesheet names its images relative to itself: they answer at the plain address
    assertThat(get("/static/vendor/leaflet/images/marker-icon.png").statusCode()).isEqualTo(200);
    assertThat(get("/static/no-such.css").statusCode()).isEqualTo(404);
    assertThat(get("/static/vendor/leaflet/../../../pom.xml").statusCode()).isIn(400, 404);
  }

  @Test
  void aRevalidationWithTheETagCostsA304() throws Exception {
    HttpResponse<String> first = get("/static/map.js");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = get("/static/map.js", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(get("/static/map.js", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }
}

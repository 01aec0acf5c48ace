package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.LookupContext;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.web.server.WebApp;

/** The whole web app on a random port over the test fixtures, exercised over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppIT {
  private static final ObjectMapper JSON = new ObjectMapper();
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

  HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void assertHtml(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">")
        .contains("href=\"#main\"")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  static void assertProblem(HttpResponse<String> r, int status, String detailPart)
      throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    JsonNode p = JSON.readTree(r.body());
    assertThat(p.path("type").asText()).startsWith("/problems/");
    assertThat(p.path("title").asText()).isNotBlank();
    assertThat(p.path("status").asInt()).isEqualTo(status);
    assertThat(p.path("detail").asText()).containsIgnoringCase(detailPart);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Nested
  class Pages {
    @Test
    void theCsvExportStartsWithAByteOrderMarkWhenAsked() throws Exception {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/export/csv?bom=1"))
                  .header("Accept-Encoding", "gzip")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
      byte[] body = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
      assertThat(new byte[] {body[0], body[1], body[2]})
          .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      assertThat(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))
          .isEqualTo(get("/api/export/csv").body());
      assertThat(get("/api/export/csv").body()).doesNotStartWith("\uFEFF");
      assertProblem(get("/api/export/json?bom=1"), 400, "for the CSV export");
      assertProblem(get("/api/export/csv?bom=yes"), 400, "is 1 or 0");
    }

    @Test
    void robotsAndSitemapAreServedWithTheSitesAddress() throws Exception {
      var robots = get("/robots.txt");
      assertThat(robots.statusCode()).isEqualTo(200);
      assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(robots.body()).endsWith("Sitemap: " + base + "/sitemap.xml\n");
      var sitemap = get("/sitemap.xml");
      assertThat(sitemap.statusCode()).isEqualTo(200);
      assertThat(sitemap.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/xml");
      assertThat(sitemap.body()).contains("<loc>" + base + "/groups/pykrakow</loc>");
    }

    @Test
    void homeHasTheSearchFormCountsAndLinks() throws Exception {
      var r = get("/");
      assertHtml(r, 200);
      assertThat(r.body())
          .contains("Enter your city or country")
          .contains("action=\"/near\"")
          .contains("name=\"q\"")
          .contains("<label for=\"q\"")
          .contains("15 groups in 7 countries")
          .contains("href=\"/regions\"")
          .contains("href=\"/map\"")
          .contains("PIGgies")
          .contains("list=\"place-suggestions\"")
          .containsPattern("/static/app\\.[0-9a-f]{10}\\.js");
    }

    @Test
    void directoryHasTocRegionsGroupsBadgesAndChannels() throws Exception {
      var r = get("/regions");
      assertHtml(r, 200);
      assertThat(r.body())
          .contains("href=\"#asia\"")
          .contains("href=\"#usa-california\"")
          .contains("id=\"usa-california\"")
          .contains("<h2 id=\"h-asia\">")
          .contains("<h4 id=\"h-usa-california\">")
          .contains("href=\"/groups/bangpypers\"")
          .contains("href=\"http://mail.python.org/mailman/listinfo/bangpypers\"")
          .contains("badge-defunct")
          .contains("Defunct")
          .contains("Channels for the whole region")
          .contains("href=\"http://groups.google.com/group/python-apac\"");
    }

    @Test
    void regionPageHasBreadcrumbSubRegionsAndGroups() throws Exception {
      var r = get("/regions/usa");
      assertHtml(r, 200);
      assertThat(r.body())
          .contains("aria-label=\"Breadcrumb\"")
          .contains("href=\"/regions/north-america\"")
          .contains("href=\"/regions/usa-california\"")
          .contains("No group is listed directly");
      var cal = get("/regions/usa-california");
      assertThat(cal.body())
          .contains("href=\"/regions/usa\"")
          .contains("Bay Area PIGgies")
          .contains("San Diego Python Users Group");
    }

    @Test
    void groupPageShowsPlaceLinksByKindRegionsAndMap() throws Exception {
      var r = get("/groups/pykrakow");
      assertHtml(r, 200);
      assertThat(r.body())
          .contains("<h1>PyKrakow")
          .contains("Kraków, Lesser Poland, Poland")
          .contains("Website:")
          .contains("E-mail:")
          .contains("href=\"mailto:pykrakow@example.org\"")
          .contains("href=\"irc://irc.libera.chat/pykrakow\"")
          .contains("February 2012")
          .contains("meets the 2nd Thursday of the month")
          .contains("Talks in Polish and English")
          .contains("href=\"/regions/poland\"")
          .contains("id=\"group-map\"")
          .contains("data-lat=\"50.06143\"")
          .contains("50.0614° N, 19.9366° E")
          .containsPattern("/static/vendor/leaflet/leaflet\\.[0-9a-f]{10}\\.js");
    }

    @Test
    void groupPageSaysWhenPlacedAtStateOrCountryLevelOrNotAtAll() throws Exception {
      assertThat(get("/groups/pytexas").body())
          .contains("Placed at state level: Texas, United States");
      assertThat(get("/groups/python-pakistan").body())
          .contains("Placed at country level: Pakistan");
      var unplaced = get("/groups/pyasia-online").body();
      assertThat(unplaced)
          .contains("Not placed on the map yet")
          .doesNotContain("id=\"group-map\"")
          .contains("AsiaPythonOnline");
    }

    @Test
    void nearCracowUnderstandsKrakowAndListsItsGroupsFirst() throws Exception {
      var r = get("/near?q=Cracow&radius_km=300");
      assertHtml(r, 200);
      String body = r.body();
      assertThat(body)
          .contains("Groups near Kraków, Lesser Poland, Poland")
          .contains("In Kraków, Lesser Poland, Poland")
          .doesNotContain("No group within");
      assertThat(body.indexOf("/groups/pykrakow")).isLessThan(body.indexOf("/groups/pywaw"));
      assertThat(body).contains("252 km");
    }

    @Test
    void nearOffersAlternatives() throws Exception {
      var r = get("/near?q=Austin");
      assertThat(r.body())
          .contains("Groups near Austin, Texas, United States")
          .contains("Did you mean")
          .contains("href=\"/near?q=Austin%2C+Minnesota%2C+United+States\"");
    }

    @Test
    void nearWithNoGroupInRadiusSaysSoShowsNearestAndLinksToStart() throws Exception {
      var r = get("/near?q=Reykjavik");
      assertHtml(r, 200);
      assertThat(r.body())
          .contains("No group within 150 km of Reykjavík, Capital Region, Iceland")
          .contains("href=\"/start\"")
          .contains("Nearest groups")
          .contains("/groups/pycologne");
    }

    @Test
    void nearByCoordinates() throws Exception {
      var r = get("/near?lat=50.06&lon=19.94&k=3&radius_km=50");
      assertHtml(r, 200);
      assertThat(r.body())
          .contains("Groups near 50.0600° N, 19.9400° E")
          .contains("/groups/pykrakow")
          .doesNotContain("/groups/grupy-sp");
    }

    @Test
    void nearWithoutQuerySendsHome() throws Exception {
      var r = get("/near");
      assertThat(r.statusCode()).isEqualTo(302);
      assertThat(r.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void unknownPlaceIs404WithSuggestionsAndStartLink() throws Exception {
      var r = get("/near?q=Krakowia");
      assertHtml(r, 404);
      assertThat(r.body())
          .contains("No place called 'Krakowia' is known")
          .contains("href=\"/near?q=Krak%C3%B3w%2C+Lesser+Poland%2C+Poland\"")
          .contains("href=\"/start\"");
    }

    @Test
    void staticPages() throws Exception {
      var start = get("/start");
      assertHtml(start, 200);
      assertThat(start.body())
          .contains("co-organisers")
          .contains("code of conduct")
          .contains("Add it to this directory");
      var about = get("/about");
      assertHtml(about, 200);
      assertThat(about.body())
          .contains("GeoNames")
          .contains("CC")
          .contains("Natural Earth")
          .contains("public domain")
          .contains("LocalUserGroups")
          .contains("Leaflet");
    }

    @Test
    void mapPageListsGroupsByCountryWithoutJavaScript() throws Exception {
      var r = get("/map");
      assertHtml(r, 200);
      assertThat(r.body())
          .contains("id=\"world-map\"")
          .contains("<h3>Poland</h3>")
          .contains("<h3>Germany</h3>")
          .contains("<h3>Not placed on the map yet</h3>")
          .containsPattern("vendor/leaflet/leaflet\\.[0-9a-f]{10}\\.js")
          .doesNotContain("markercluster")
          .contains("data-tile-url=\"\"");
    }

    @Test
    void unknownGroupRegionAndPathAre404Pages() throws Exception {
      assertHtml(get("/groups/no-such-group"), 404);
      assertThat(get("/groups/no-such-group").body()).contains("No group 'no-such-group'");
      assertHtml(get("/regions/atlantis"), 404);
      var nothing = get("/no/such/page");
      assertHtml(nothing, 404);
      assertThat(nothing.body()).contains("There is nothing at /no/such/page");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/near?lat=abc&lon=1",
          "/near?lat=91&lon=0",
          "/near?lat=1",
          "/near?q=Krakow&k=0",
          "/near?q=Krakow&k=101",
          "/near?q=Krakow&radius_km=-5"
        })
    void badNearParametersAre400Pages(String path) throws Exception {
      assertHtml(get(path), 400);
    }
  }

  @Nested
  class Hostile {
    @Test
    void scriptInANameIsEscapedEverywhere() throws Exception {
      for (String path :
          List.of(
              "/regions",
              "/regions/poland",
              "/groups/" + FixtureDirectory.XSS_SLUG,
              "/near?q=Krakow",
              "/map")) {
        String body = get(path).body();
        assertThat(body)
            .as(path)
            .doesNotContain("<script>alert(1)")
            .doesNotContain("<img src=x")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      }
    }

    @Test
    void javascriptLinksAreShownAsTextNotLinked() throws Exception {
      String body = get("/groups/" + FixtureDirectory.XSS_SLUG).body();
      assertThat(body.toLowerCase())
          .doesNotContain("href=\"javascript:")
          .doesNotContain("href=\" javascript:");
      assertThat(body)
          .contains("<span class=\"unlinked\" title=\"Not a web link\">click me</span>");
      JsonNode g = json(get("/api/groups/" + FixtureDirectory.XSS_SLUG));
      assertThat(g.path("links").get(0).path("url").asText()).isEmpty();
      assertThat(g.path("links").get(0).path("written").asText()).isEqualTo("javascript:alert(2)");
    }

    @Test
    void scriptInQueryIsEscaped() throws Exception {
      var r = get("/near?q=" + enc("<script>alert(5)</script>"));
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("<script>alert(5)").contains("&lt;script&gt;alert(5)");
    }

    @Test
    void tenKilobyteQueryIsRefusedClearly() throws Exception {
      String q = "a".repeat(10 * 1024);
      assertProblem(get("/api/near?q=" + q), 400, "query string is too long");
      var page = get("/near?q=" + q);
      assertHtml(page, 400);
      assertThat(page.body()).contains("too long");
      assertProblem(get("/api/near?q=" + "b".repeat(300)), 400, "q is too long");
    }

    @Test
    void requestsRefusedBeforeRoutingAreShortProblems() throws Exception {
      var huge = get("/api/near?q=" + "a".repeat(20_000));
      assertThat(huge.statusCode()).isEqualTo(414);
      assertThat(huge.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(JSON.readTree(huge.body()).path("detail").asText())
          .isEqualTo("The address is too long.");
      // an overlong UTF-8 "/": refused by us, in the path's own format (HostileRequestsIT has more)
      assertProblem(get("/api/groups/%C0%AF"), 400, "malformed");
      var malformed = get("/groups/%C0%AF");
      assertHtml(malformed, 400);
      assertThat(malformed.body()).contains("malformed").doesNotContain("jetty");
    }

    @Test
    void securityHeadersOnPagesAndApi() throws Exception {
      for (String path : List.of("/", "/api/groups", "/static/site.css", "/no-such")) {
        var r = get(path);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
            .as(path)
            .contains("default-src 'self'")
            .contains("script-src 'self'")
            .doesNotContain("http");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
      }
    }

    @Test
    void configuredTileHostIsAllowedByTheCsp() throws Exception {
      Javalin tiles =
          WebApp.create(
                  Fixtures.services(),
                  WebConfig.defaults()
                      .withTiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "© Example"))
              .start("127.0.0.1", 0);
      try {
        var r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + tiles.port() + "/map"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
            .contains("img-src 'self' data: https://*.tiles.example.org;");
        assertThat(r.body())
            .contains("data-tile-url=\"https://{s}.tiles.example.org/{z}/{x}/{y}.png\"");
      } finally {
        tiles.stop();
      }
    }
  }

  @Nested
  class JsonApi {
    @Test
    void groupsPagedWithTotal() throws Exception {
      var r = get("/api/groups?per_page=5&page=2");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
      JsonNode n = json(r);
      assertThat(n.path("total").asInt()).isEqualTo(15);
      assertThat(n.path("per_page").asInt()).isEqualTo(5);
      assertThat(n.path("items")).hasSize(5);
      assertThat(n.path("items").get(0).path("slug").asText()).isEqualTo("pycologne");
      assertThat(json(get("/api/groups?page=4&per_page=5")).path("items")).isEmpty();
    }

    @Test
    void groupsFilteredByCountryRegionStatusAndText() throws Exception {
      assertThat(slugs(json(get("/api/groups?country=pl")).path("items")))
          .containsExactly("pykrakow", "pywaw", FixtureDirectory.XSS_SLUG);
      assertThat(slugs(json(get("/api/groups?region=north-america")).path("items")))
          .containsExactlyInAnyOrder("bay-piggies", "sd-python", "austin-python", "pytexas");
      assertThat(slugs(json(get("/api/groups?status=defunct")).path("items")))
          .containsExactly("austin-python");
      assertThat(slugs(json(get("/api/groups?q=" + enc("Köln"))).path("items")))
          .containsExactly("pycologne");
      assertThat(slugs(json(get("/api/groups?q=python&region=usa-texas")).path("items")))
          .containsExactly("austin-python", "pytexas");
    }

    @Test
    void badGroupFilters() throws Exception {
      assertProblem(get("/api/groups?per_page=101"), 400, "per_page");
      assertProblem(get("/api/groups?page=0"), 400, "page");
      assertProblem(get("/api/groups?status=zombie"), 400, "status");
      assertProblem(get("/api/groups?country=Poland"), 400, "two-letter");
      assertProblem(get("/api/groups?region=atlantis"), 404, "No region 'atlantis'");
    }

    @Test
    void oneGroup() throws Exception {
      JsonNode g = json(get("/api/groups/pykrakow"));
      assertThat(g.path("name").asText()).isEqualTo("PyKrakow");
      assertThat(g.path("url").asText()).isEqualTo("/groups/pykrakow");
      assertThat(g.path("status").asText()).isEqualTo("active");
      assertThat(g.path("place").path("country_code").asText()).isEqualTo("PL");
      assertThat(g.path("place").path("precision").asText()).isEqualTo("city");
      assertThat(g.path("links").get(1).path("kind").asText()).isEqualTo("email");
      assertThat(g.path("regions").get(0).asText()).isEqualTo("poland");
      assertProblem(get("/api/groups/nope"), 404, "No group 'nope'");
    }

    @Test
    void regionTreeAndOneRegion() throws Exception {
      JsonNode tree = json(get("/api/regions"));
      assertThat(tree).hasSize(4);
      assertThat(tree.get(0).path("slug").asText()).isEqualTo("asia");
      assertThat(tree.get(0).path("group_count").asInt()).isEqualTo(4);
      assertThat(tree.get(0).path("children").get(0).path("slug").asText()).isEqualTo("india");
      assertThat(tree.get(0).path("resources").get(0).path("url").asText())
          .isEqualTo("http://groups.google.com/group/python-apac");
      JsonNode cal = json(get("/api/regions/usa-california"));
      assertThat(cal.path("breadcrumb").findValuesAsText("slug"))
          .containsExactly("north-america", "usa");
      assertThat(slugs(cal.path("groups"))).containsExactly("bay-piggies", "sd-python");
      assertProblem(get("/api/regions/atlantis"), 404, "No region");
    }

    @Test
    void nearByText() throws Exception {
      JsonNode n = json(get("/api/near?q=Cracow&k=3&radius_km=300"));
      assertThat(n.path("place").path("label").asText()).isEqualTo("Kraków, Lesser Poland, Poland");
      assertThat(n.path("any_within_radius").asBoolean()).isTrue();
      assertThat(n.path("radius_km").asDouble()).isEqualTo(300.0);
      assertThat(n.path("groups")).hasSize(3);
      JsonNode first = n.path("groups").get(0);
      assertThat(first.path("slug").asText()).isEqualTo("pykrakow");
      assertThat(first.path("distance_km").asDouble()).isEqualTo(0.0);
      assertThat(first.path("in_place").asBoolean()).isTrue();
      assertThat(first.path("url").asText()).isEqualTo("/groups/pykrakow");
      assertThat(first.path("main_link").path("url").asText()).isEqualTo("http://pykrakow.org/");
      assertThat(n.path("groups").get(2).path("slug").asText()).isEqualTo("pywaw");
      assertThat(n.path("groups").get(2).path("distance_km").asDouble()).isBetween(250.0, 260.0);
    }

    @Test
    void nearAlternativesAndNothingWithinRadius() throws Exception {
      JsonNode austin = json(get("/api/near?q=Austin"));
      assertThat(austin.path("alternatives").get(0).path("label").asText())
          .isEqualTo("Austin, Minnesota, United States");
      JsonNode rey = json(get("/api/near?q=" + enc("Reykjavík") + "&k=2"));
      assertThat(rey.path("any_within_radius").asBoolean()).isFalse();
      assertThat(rey.path("groups")).hasSize(2);
      JsonNode point = json(get("/api/near?lat=48.14&lon=11.58&k=1"));
      assertThat(point.path("place").path("label").asText()).isEmpty();
      assertThat(point.path("groups").get(0).path("slug").asText()).isEqualTo("pymunich");
    }

    @Test
    void nearUnknownPlaceIs404WithSuggestions() throws Exception {
      var r = get("/api/near?q=Krakowia");
      assertProblem(r, 404, "No place called 'Krakowia'");
      JsonNode p = json(r);
      assertThat(p.path("type").asText()).isEqualTo("/problems/unknown-place");
      assertThat(p.path("suggestions").get(0).asText()).isEqualTo("Kraków, Lesser Poland, Poland");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "lat=abc&lon=1|lat must be a number",
          "lat=91&lon=0|lat must be between",
          "lat=0&lon=-180.5|lon must be between",
          "lat=NaN&lon=1|lat must be a number",
          "lat=1|both lat and lon",
          "q=Krakow&k=0|k must be between",
          "q=Krakow&k=101|k must be between",
          "q=Krakow&k=ten|k must be a whole",
          "q=Krakow&radius_km=-1|radius_km",
          "q=Krakow&radius_km=1e9|radius_km",
          "|Give a place name"
        })
    void badNearParametersAreProblems(String spec) throws Exception {
      String[] parts = spec.split("\\|");
      assertProblem(get("/api/near?" + parts[0]), 400, parts[1]);
    }

    @Test
    void placeSuggestions() throws Exception {
      JsonNode list = json(get("/api/places?q=kra"));
      assertThat(list.get(0).path("label").asText()).isEqualTo("Kraków, Lesser Poland, Poland");
      assertThat(list.get(0).path("country_code").asText()).isEqualTo("PL");
      assertThat(json(get("/api/places?q=Bangal")).get(0).path("name").asText())
          .isEqualTo("Bengaluru");
      assertThat(json(get("/api/places?q="))).isEmpty();
    }

    @Test
    void exports() throws Exception {
      var r = get("/api/export/json");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Disposition"))
          .hasValue("attachment; filename=\"localgroups.json\"");
      assertThat(json(r).path("groups")).hasSize(15);
      assertProblem(get("/api/export/xml"), 400, "Unknown export format 'xml'");
      assertProblem(get("/api/export/" + enc("<b>")), 400, "Unknown export format");
    }

    @Test
    void geojsonOfPlacedGroups() throws Exception {
      var r = get("/api/groups.geojson");
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/geo+json");
      JsonNode fc = json(r);
      assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
      assertThat(fc.path("features")).hasSize(14);
      JsonNode krakow = null;
      for (JsonNode f : fc.path("features")) {
        if (f.path("properties").path("id").asText().equals("pykrakow")) {
          krakow = f;
        }
      }
      assertThat(krakow).isNotNull();
      assertThat(krakow.path("geometry").path("type").asText()).isEqualTo("Point");
      assertThat(krakow.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(19.93658);
      assertThat(krakow.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(50.06143);
      assertThat(krakow.path("id").asText()).isEqualTo("pykrakow");
      assertThat(krakow.path("properties").path("name").asText()).isEqualTo("PyKrakow");
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
      JsonNode doc = json(get("/api/openapi.json"));
      assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
      List<String> paths = new ArrayList<>();
      doc.path("paths").fieldNames().forEachRemaining(paths::add);
      assertThat(paths)
          .containsExactlyInAnyOrder(
              "/api/groups",
              "/api/groups/{slug}",
              "/api/groups/{slug}/history",
              "/api/changes",
              "/api/groups.geojson",
              "/api/regions",
              "/api/regions/{slug}",
              "/api/near",
              "/api/meetings",
              "/api/places",
              "/api/export/{format}",
              "/api/openapi.json",
              "/health");
    }

    @Test
    void healthAndUnknownApiPath() throws Exception {
      JsonNode h = json(get("/health"));
      assertThat(h.path("status").asText()).isEqualTo("ok");
      assertThat(h.path("groups").asInt()).isEqualTo(15);
      assertProblem(get("/api/no-such-thing"), 404, "nothing at /api/no-such-thing");
    }

    @Test
    void otherMethodsAre405Problems() throws Exception {
      var r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/groups"))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(405);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(json(r).path("detail").asText()).contains("POST is not allowed on /api/groups");
      // other websites may read the API's answers to reads, not to writes
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void corsPreflight() throws Exception {
      var r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/groups"))
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(204);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
      assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");
    }

    private static List<String> slugs(JsonNode items) {
      return items.findValuesAsText("slug").stream().filter(s -> !s.isEmpty()).toList().stream()
          .collect(java.util.stream.Collectors.toList());
    }
  }

  @Nested
  class Transport {
    @Test
    void pagesAndApiAreGzipped() throws Exception {
      for (String path : List.of("/regions", "/api/groups?per_page=100", "/api/openapi.json")) {
        var r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept-Encoding", "gzip")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        String text =
            new String(
                new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(text).as(path).containsAnyOf("pykrakow", "\"openapi\"");
      }
    }

    @Test
    void vendoredAndOwnStaticFilesAreServedWithCacheHeaders() throws Exception {
      for (String path :
          List.of(
              "/static/vendor/leaflet/leaflet.js",
              "/static/vendor/leaflet/leaflet.css",
              "/static/vendor/topojson-client/topojson-client.min.js",
              "/static/vendor/world-atlas/countries-50m.json",
              "/static/site.css",
              "/static/app.js",
              "/static/map.js",
              "/static/favicon.svg",
              "/static/vendor/leaflet/images/marker-icon.png")) {
        var r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control").orElse(""))
            .as(path)
            .contains("max-age=");
      }
    }

    @Test
    void pagesLoadNothingFromOtherHosts() throws Exception {
      for (String path :
          List.of(
              "/", "/regions", "/groups/pykrakow", "/map", "/near?q=Krakow", "/about", "/start")) {
        String body = get(path).body();
        assertThat(body)
            .as(path)
            .doesNotContainPattern("<(script|link|img|iframe)[^>]+(src|href)=\"(https?:)?//");
      }
    }
  }

  @Nested
  class Failures {
    @Test
    void unexpectedAndUnavailableFailuresAreToldPlainlyWithoutInternals() throws Exception {
      FixedSource store = new FixedSource(FixtureDirectory.directory());
      Gazetteer broken =
          new FixtureGazetteer() {
            @Override
            public List<PlaceMatch> lookup(String text, LookupContext context) {
              throw new IllegalStateException("secret-internal-detail");
            }
          };
      Javalin failing =
          WebApp.create(Fixtures.services(store, broken), WebConfig.defaults())
              .start("127.0.0.1", 0);
      String b = "http://127.0.0.1:" + failing.port();
      try {
        var api =
            http.send(
                HttpRequest.newBuilder(URI.create(b + "/api/near?q=Krakow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(api, 500, "Something went wrong on our side");
        assertThat(api.body())
            .doesNotContain("secret-internal-detail")
            .doesNotContain("IllegalState");
        var page =
            http.send(
                HttpRequest.newBuilder(URI.create(b + "/near?q=Krakow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertHtml(page, 500);
        assertThat(page.body())
            .doesNotContain("secret-internal-detail")
            .doesNotContain("IllegalState");
        store.breakDown();
        var export =
            http.send(
                HttpRequest.newBuilder(URI.create(b + "/api/export/json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(export, 503, "being reloaded");
      } finally {
        failing.stop();
      }
    }
  }
}

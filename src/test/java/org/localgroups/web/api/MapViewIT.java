package org.localgroups.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.search.Bbox;
import org.localgroups.web.FixedSource;
import org.localgroups.web.Fixtures;
import org.localgroups.web.WebConfig;
import org.localgroups.web.server.WebApp;
import org.localgroups.world.SyntheticDirectory;

/**
 * The map by viewport over HTTP on a generated directory of 20,000 groups (cities drawn by
 * population from the bundled gazetteer, many groups at one city's point): each view's answer is
 * checked against a brute-force filter of the directory and against the OpenAPI document's schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapViewIT {
  private static final int GROUPS = 20_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private Directory directory;
  private Javalin app;
  private String base;

  @BeforeAll
  void start() {
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.bundled();
    directory = SyntheticDirectory.generate(gazetteer.cities(), GROUPS, 42);
    app =
        WebApp.create(
                Fixtures.services(new FixedSource(directory), gazetteer), WebConfig.defaults())
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private HttpResponse<String> get(String query) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/groups.geojson?" + query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The view's answer, checked against its schema. */
  private JsonNode view(String query) throws Exception {
    HttpResponse<String> r = get(query);
    assertThat(r.statusCode()).as(query).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/geo+json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(OpenApiSchemas.errors("FeatureCollection", body)).as(query).isEmpty();
    return body;
  }

  private List<String> inside(Bbox box) {
    return directory.groups().stream()
        .filter(g -> g.placement().hasPoint())
        .filter(g -> box.contains(g.placement().latitude(), g.placement().longitude()))
        .map(Group::slug)
        .sorted()
        .toList();
  }

  private static List<String> groupSlugs(JsonNode fc) {
    List<String> slugs = new ArrayList<>();
    fc.path("features")
        .forEach(
            f -> {
              if (!f.path("properties").path("cluster").asBoolean(false)) {
                slugs.add(f.path("id").asText());
              }
            });
    return slugs.stream().sorted().toList();
  }

  /** The groups drawn one by one plus the clusters' counts. */
  private static int drawn(JsonNode fc) {
    int n = 0;
    for (JsonNode f : fc.path("features")) {
      n +=
          f.path("properties").path("cluster").asBoolean(false)
              ? f.path("properties").path("count").asInt()
              : 1;
    }
    return n;
  }

  private static int clusters(JsonNode fc) {
    int n = 0;
    for (JsonNode f : fc.path("features")) {
      n += f.path("properties").path("cluster").asBoolean(false) ? 1 : 0;
    }
    return n;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"zoom=0", "zoom=1", "bbox=-180,-90,180,90&zoom=2", "bbox=-180,-85,180,85&zoom=3"})
  void theWorldIsAtMostTheLimitOfFeaturesAndCountsEveryGroup(String query) throws Exception {
    JsonNode fc = view(query);
    long placed = directory.groups().stream().filter(g -> g.placement().hasPoint()).count();
    Bbox box = query.startsWith("bbox=-180,-85") ? new Bbox(-180, -85, 180, 85) : Bbox.WORLD;
    List<String> expected = inside(box);
    assertThat(fc.path("features").size()).isBetween(2, MapApi.MAX_FEATURES);
    assertThat(clusters(fc)).isPositive();
    assertThat(fc.path("total").asInt()).isEqualTo(expected.size());
    assertThat(drawn(fc)).isEqualTo(expected.size());
    assertThat(fc.path("unplaced").asLong()).isEqualTo(GROUPS - placed);
  }

  @ParameterizedTest(name = "Europe at zoom {0}")
  @CsvSource({"3", "5", "7", "9", "18"})
  void aCrowdedViewIsClusteredAndItsCountsAddUpToTheGroupsInside(int zoom) throws Exception {
    Bbox europe = new Bbox(-10.5, 35.2, 30.25, 60.125);
    JsonNode fc = view("bbox=-10.5,35.2,30.25,60.125&zoom=" + zoom);
    List<String> expected = inside(europe);
    assertThat(expected.size()).as("the view holds more than one answer shows").isGreaterThan(300);
    assertThat(fc.path("features").size()).isLessThanOrEqualTo(MapApi.MAX_FEATURES);
    assertThat(fc.path("total").asInt()).isEqualTo(expected.size());
    assertThat(drawn(fc)).isEqualTo(expected.size());
    assertThat(groupSlugs(fc)).isSubsetOf(expected);
    for (JsonNode f : fc.path("features")) {
      JsonNode c = f.path("geometry").path("coordinates");
      assertThat(europe.contains(c.get(1).asDouble(), c.get(0).asDouble()))
          .as(f.path("id").asText() + " in the view")
          .isTrue();
    }
  }

  @Test
  void aSmallViewReturnsExactlyTheGroupsInside() throws Exception {
    Bbox krakow = new Bbox(19.5, 49.8, 20.6, 50.3);
    List<String> expected = inside(krakow);
    assertThat(expected.size()).as("groups around Kraków").isBetween(1, MapApi.MAX_FEATURES);
    JsonNode fc = view("bbox=19.5,49.8,20.6,50.3&zoom=9");
    assertThat(clusters(fc)).isZero();
    assertThat(groupSlugs(fc)).isEqualTo(expected);
    assertThat(fc.path("total").asInt()).isEqualTo(expected.size());
    // a group as the export writes it
    JsonNode first = fc.path("features").get(0);
    Group g = directory.group(first.path("id").asText()).orElseThrow();
    assertThat(first.path("properties").path("name").asText()).isEqualTo(g.name());
    assertThat(first.path("properties").path("place").asText()).isEqualTo(g.placement().name());
  }

  @Test
  void aViewAcrossTheAntimeridianHoldsBothSides() throws Exception {
    Bbox pacific = new Bbox(160, -50, -140, 25);
    List<String> expected = inside(pacific);
    List<Placement> where =
        expected.stream().map(s -> directory.group(s).orElseThrow().placement()).toList();
    assertThat(where).anyMatch(p -> p.longitude() > 0).anyMatch(p -> p.longitude() < 0);
    JsonNode fc = view("bbox=160,-50,-140,25&zoom=3");
    assertThat(fc.path("total").asInt()).isEqualTo(expected.size());
    if (expected.size() <= MapApi.MAX_FEATURES) {
      assertThat(groupSlugs(fc)).isEqualTo(expected);
    } else {
      assertThat(drawn(fc)).isEqualTo(expected.size());
    }
  }

  @Test
  void aClusterSplitsWhenTheMapZoomsToItsBox() throws Exception {
    JsonNode world = view("zoom=1");
    JsonNode biggest = null;
    for (JsonNode f : world.path("features")) {
      if (f.path("properties").path("cluster").asBoolean(false)
          && (biggest == null
              || f.path("properties").path("count").asInt()
                  > biggest.path("properties").path("count").asInt())) {
        biggest = f;
      }
    }
    assertThat(biggest).isNotNull();
    JsonNode b = biggest.path("bbox");
    JsonNode zoomed =
        view(
            "bbox="
                + b.get(0).asText()
                + ","
                + b.get(1).asText()
                + ","
                + b.get(2).asText()
                + ","
                + b.get(3).asText()
                + "&zoom=4");
    assertThat(zoomed.path("features").size()).isGreaterThan(1);
    assertThat(zoomed.path("total").asInt())
        .isGreaterThanOrEqualTo(biggest.path("properties").path("count").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bbox=1,2,3&zoom=2|bbox must be four numbers, west,south,east,north",
        "bbox=a,2,3,4&zoom=2|bbox's west edge must be a number, got 'a'.",
        "bbox=0,60,10,50&zoom=2|south edge (60.0) must not be north of its north edge (50.0)",
        "bbox=200,0,10,10&zoom=2|west edge must be between -180 and 180 degrees, got 200.0.",
        "bbox=0,-91,10,10&zoom=2|south edge must be between -90 and 90 degrees, got -91.0.",
        "bbox=0,50,10,60|Say the map's zoom with bbox",
        "bbox=0,50,10,60&zoom=x|zoom must be a whole number between 0 and 24, got 'x'.",
        "zoom=25|zoom must be between 0 and 24, got 25.",
        "bbox=0,50,,60&zoom=3|bbox's east edge is missing."
      })
  void aMalformedViewIsAProblemThatSaysWhy(String query, String message) throws Exception {
    HttpResponse<String> r = get(query);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.path("detail").asText()).contains(message);
    assertThat(OpenApiSchemas.errors("Problem", problem)).isEmpty();
  }
}

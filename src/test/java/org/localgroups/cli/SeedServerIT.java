package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.web.WebConfig;

/**
 * The whole application booted on the bundled seed page (201 groups): a temp SQLite folder, a
 * random port, every page and API endpoint over HTTP, the bad inputs of issue 3, and a restart on
 * the same folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The number of groups on the bundled LocalUserGroups page (see SeedImportTest). */
  private static final int SEED_GROUPS = 201;

  /**
   * Static: one folder for the whole class, so that the restart test reopens the first start's
   * database.
   */
  @TempDir static Path data;

  private final HttpClient http = HttpClient.newHttpClient();
  private LocalGroupsServer server;
  private String base;

  @BeforeAll
  void start() {
    server = LocalGroupsServer.start(data, "", "127.0.0.1", 0, WebConfig.defaults());
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> page(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
    assertThat(r.body())
        .as(path)
        .startsWith("<!DOCTYPE html>")
        .contains("<h1")
        // no stack trace (the seed has a group called "Exception", so that word alone proves
        // nothing)
        .doesNotContain("at org.localgroups")
        .doesNotContain("java.lang.");
    return r;
  }

  private JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
    return JSON.readTree(r.body());
  }

  private JsonNode problem(String path, int status, String detailPart)
      throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .as(path)
        .startsWith("application/problem+json");
    JsonNode p = JSON.readTree(r.body());
    assertThat(p.path("status").asInt()).isEqualTo(status);
    assertThat(p.path("detail").asText()).as(path).containsIgnoringCase(detailPart);
    assertThat(r.body()).doesNotContain("at org.localgroups").doesNotContain("java.lang.");
    return p;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The slugs of the groups in a near answer, nearest first. */
  private static List<String> slugs(JsonNode near) {
    List<String> slugs = new ArrayList<>();
    near.path("groups").forEach(g -> slugs.add(g.path("slug").asText()));
    return slugs;
  }

  @Test
  @Order(1)
  void firstStartImportsTheSeedPage() throws Exception {
    assertThat(server.seeded()).isTrue();
    assertThat(server.groups()).isEqualTo(SEED_GROUPS);
    HttpResponse<String> answer = get("/health");
    assertThat(answer.statusCode()).isEqualTo(200);
    // the heap figures are not for other websites to read (issue 13)
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    JsonNode health = JSON.readTree(answer.body());
    assertThat(health.path("status").asText()).isEqualTo("ok");
    assertThat(health.path("groups").asInt()).isEqualTo(SEED_GROUPS);
    assertThat(health.path("heap_used_bytes").asLong())
        .isPositive()
        .isLessThanOrEqualTo(health.path("heap_max_bytes").asLong());
  }

  @Test
  void homeCountsEveryGroupAndCountry() throws Exception {
    JsonNode all = api("/api/groups?per_page=100&page=1");
    Set<String> countries = new HashSet<>();
    for (int p = 1; p <= 3; p++) {
      api("/api/groups?per_page=100&page=" + p)
          .path("items")
          .forEach(g -> countries.add(g.path("place").path("country_code").asText()));
    }
    countries.remove("");
    String body = page("/").body();
    assertThat(body)
        .contains("Enter your city or country")
        .contains("action=\"/near\"")
        .contains(all.path("total").asInt() + " groups in " + countries.size() + " countries");
  }

  @Test
  void directoryPageHasEveryRegionAndEveryGroup() throws Exception {
    String body = page("/regions").body();
    JsonNode export = JSON.readTree(get("/api/export/json").body());
    for (JsonNode g : export.path("groups")) {
      assertThat(body)
          .as(g.path("slug").asText())
          .contains("href=\"/groups/" + g.path("slug").asText() + "\"");
    }
    for (JsonNode r : export.path("regions")) {
      assertThat(body)
          .as(r.path("slug").asText())
          .contains("id=\"" + r.path("slug").asText() + "\"");
    }
  }

  @ParameterizedTest
  @CsvSource({"california, California, SoCal Piggies", "brazil, Brazil, Python Brasil"})
  void regionPagesListTheirGroups(String slug, String name, String aGroup) throws Exception {
    String body = page("/regions/" + slug).body();
    assertThat(body).contains("<h1>" + name).contains(aGroup).contains("aria-label=\"Breadcrumb\"");
    JsonNode region = api("/api/regions/" + slug);
    for (JsonNode g : region.path("groups")) {
      assertThat(body).contains("href=\"/groups/" + g.path("slug").asText() + "\"");
    }
  }

  @Test
  void groupPageShowsPlaceLinksAndMap() throws Exception {
    JsonNode group = api("/api/groups/pykonik");
    assertThat(group.path("place").path("name").asText()).isEqualTo("Kraków");
    String body = page("/groups/pykonik").body();
    assertThat(body)
        .contains("<h1>Pykonik")
        .contains("Kraków")
        .contains("href=\"http://www.pykonik.org/\"")
        .contains("id=\"group-map\"")
        .contains("href=\"/regions/poland\"");
  }

  @ParameterizedTest
  @CsvSource({
    "Cracow, pykonik",
    "Bangalore, bangpypers-bangalore-python-users-group",
    "São Paulo, grupy-sp"
  })
  void nearAPlaceFindsItsGroupFirst(String place, String firstSlug) throws Exception {
    JsonNode near = api("/api/near?q=" + enc(place));
    assertThat(slugs(near)).first().isEqualTo(firstSlug);
    assertThat(near.path("any_within_radius").asBoolean()).isTrue();
    String body = page("/near?q=" + enc(place)).body();
    assertThat(body).doesNotContain("No group within");
    int firstGroupLink = body.indexOf("href=\"/groups/", body.indexOf("<main"));
    assertThat(body.indexOf("href=\"/groups/" + firstSlug + "\"")).isEqualTo(firstGroupLink);
  }

  @Test
  void nearCoordinatesListsGroupsNearestFirst() throws Exception {
    JsonNode krakow = api("/api/groups/pykonik").path("place");
    String at =
        "lat=" + krakow.path("latitude").asDouble() + "&lon=" + krakow.path("longitude").asDouble();
    JsonNode near = api("/api/near?" + at + "&k=5&radius_km=1000");
    assertThat(slugs(near)).hasSize(5).first().isEqualTo("pykonik");
    List<Double> distances = new ArrayList<>();
    near.path("groups").forEach(g -> distances.add(g.path("distance_km").asDouble()));
    assertThat(distances).isSorted();
    // its website is labelled "Pykonik" on the wiki page: the card shows where it goes, not the
    // name twice
    assertThat(page("/near?" + at).body())
        .contains("href=\"/groups/pykonik\"")
        .contains(
            "Website: <a href=\"http://www.pykonik.org/\" rel=\"nofollow noopener\">pykonik.org</a>");
  }

  @Test
  void nearANamedPlaceWithNoGroupSaysSoShowsNearestAndLinksToStart() throws Exception {
    JsonNode near = api("/api/near?q=Ulaanbaatar");
    assertThat(near.path("any_within_radius").asBoolean()).isFalse();
    assertThat(near.path("groups").size()).isPositive();
    assertThat(near.path("groups").get(0).path("distance_km").asDouble()).isGreaterThan(150);
    assertThat(near.path("alternatives").findValuesAsText("label"))
        .as("the province around the city")
        .noneMatch(label -> near.path("place").path("label").asText().endsWith(", " + label));
    String body = page("/near?q=Ulaanbaatar").body();
    assertThat(body)
        .contains("No group within 150 km")
        .doesNotContain("Did you mean")
        .contains("Nearest groups")
        .contains("href=\"/start\"")
        .contains("href=\"/groups/" + near.path("groups").get(0).path("slug").asText() + "\"");
  }

  @Test
  void mapStartAndAboutPages() throws Exception {
    int placed = api("/api/groups.geojson").path("features").size();
    assertThat(placed).isPositive().isLessThanOrEqualTo(SEED_GROUPS);
    assertThat(page("/map").body())
        .contains("id=\"world-map\"")
        .containsPattern("/static/map\\.[0-9a-f]{10}\\.js")
        .contains("<h3>Poland</h3>");
    assertThat(page("/start").body()).contains("code of conduct");
    assertThat(page("/about").body())
        .contains("GeoNames")
        .contains("Natural Earth")
        .contains("LocalUserGroups");
  }

  @Test
  void groupsApiFiltersAndPages() throws Exception {
    JsonNode poland = api("/api/groups?country=PL&per_page=100");
    assertThat(poland.path("total").asInt()).isPositive();
    poland
        .path("items")
        .forEach(g -> assertThat(g.path("place").path("country_code").asText()).isEqualTo("PL"));
    assertThat(poland.path("items").findValuesAsText("slug")).contains("pykonik");

    JsonNode california = api("/api/groups?region=california&per_page=100");
    assertThat(california.path("items").findValuesAsText("name")).contains("SoCal Piggies");
    assertThat(california.path("total").asInt())
        .isEqualTo(api("/api/regions/california").path("groups").size());

    JsonNode defunct = api("/api/groups?status=defunct&per_page=100");
    assertThat(defunct.path("total").asInt()).isPositive();
    defunct.path("items").forEach(g -> assertThat(g.path("status").asText()).isEqualTo("defunct"));

    JsonNode piggies = api("/api/groups?q=piggies");
    assertThat(piggies.path("items").findValuesAsText("slug")).contains("socal-piggies");

    JsonNode page1 = api("/api/groups?per_page=50&page=1");
    JsonNode page5 = api("/api/groups?per_page=50&page=5");
    assertThat(page1.path("total").asInt()).isEqualTo(SEED_GROUPS);
    assertThat(page1.path("items").size()).isEqualTo(50);
    assertThat(page5.path("items").size()).isEqualTo(SEED_GROUPS - 4 * 50);
    assertThat(api("/api/groups?per_page=50&page=6").path("items").size()).isZero();
  }

  @Test
  void regionsPlacesAndOpenApi() throws Exception {
    JsonNode tree = api("/api/regions");
    int total = 0;
    for (JsonNode top : tree) {
      total += top.path("group_count").asInt();
    }
    assertThat(total).isGreaterThanOrEqualTo(SEED_GROUPS);
    JsonNode places = api("/api/places?q=Krak");
    assertThat(places.findValuesAsText("name")).contains("Kraków");
    JsonNode openApi = api("/api/openapi.json");
    assertThat(openApi.path("openapi").asText()).startsWith("3.1.");
    assertThat(openApi.path("paths").has("/api/near")).isTrue();
  }

  @Test
  void exportsCarryTheWholeDirectory() throws Exception {
    JsonNode export = JSON.readTree(get("/api/export/json").body());
    assertThat(export.path("groups").size()).isEqualTo(SEED_GROUPS);
    assertThat(JSON.readTree(get("/api/export/geojson").body()).path("features").size())
        .isEqualTo(api("/api/groups.geojson").path("features").size());

    String csv = get("/api/export/csv").body();
    assertThat(csv).startsWith("slug,name,");
    for (JsonNode g : export.path("groups")) {
      assertThat(csv).contains(g.path("slug").asText() + ",");
    }

    String moin = get("/api/export/moin").body();
    Set<String> exported = new HashSet<>(moin.lines().map(String::strip).toList());
    List<String> seedHeadings =
        seedPage().lines().map(String::strip).filter(l -> l.matches("(=+) .* \\1")).toList();
    assertThat(seedHeadings).hasSizeGreaterThan(90);
    assertThat(exported).containsAll(seedHeadings);

    String markdown = get("/api/export/markdown").body();
    for (JsonNode g : export.path("groups")) {
      assertThat(markdown).contains(g.path("name").asText());
    }
  }

  @Test
  @Order(2)
  void badInputIsAClear400Or404AndChangesNothing() throws Exception {
    String before = get("/api/export/json").body();

    JsonNode unknown = problem("/api/near?q=Krakoww", 404, "Krakoww");
    List<String> suggestions = new ArrayList<>();
    unknown.path("suggestions").forEach(s -> suggestions.add(s.asText()));
    assertThat(suggestions).anyMatch(s -> s.startsWith("Kraków"));
    HttpResponse<String> unknownPage = get("/near?q=Krakoww");
    assertThat(unknownPage.statusCode()).isEqualTo(404);
    assertThat(unknownPage.body())
        .contains("No place called 'Krakoww' is known.</p>")
        .contains("href=\"/near?q=Krak%C3%B3w")
        .contains("href=\"/start\"")
        .contains("value=\"Krakoww\"");

    problem("/api/near?lat=91&lon=0", 400, "lat must be between -90 and 90");
    problem("/api/near?lat=0&lon=-181", 400, "lon must be between -180 and 180");
    problem("/api/near?q=Cracow&k=101", 400, "k must be between 1 and 100");
    problem("/api/near?q=Cracow&k=0", 400, "k must be between 1 and 100");
    problem("/api/near?q=Cracow&radius_km=-1", 400, "radius_km must be between 0");
    problem("/api/near?q=" + "a".repeat(10 * 1024), 400, "too long");
    problem("/api/groups?q=" + "a".repeat(10 * 1024), 400, "too long");
    problem("/api/export/pdf", 400, "format");
    problem("/api/groups?country=Poland", 400, "two-letter");
    problem("/api/groups?status=sleeping", 400, "status must be");
    problem("/api/groups/no-such-group", 404, "no-such-group");
    assertThat(get("/near?lat=91&lon=0").statusCode()).isEqualTo(400);

    assertThat(get("/api/export/json").body()).isEqualTo(before);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void restartOnTheSameFolderKeepsTheDataAndDoesNotSeedAgain() throws Exception {
    String before = get("/api/export/json").body();
    server.close();
    server = LocalGroupsServer.start(data, "", "127.0.0.1", 0, WebConfig.defaults());
    base = "http://127.0.0.1:" + server.port();
    assertThat(server.seeded()).isFalse();
    assertThat(server.groups()).isEqualTo(SEED_GROUPS);
    assertThat(get("/api/export/json").body()).isEqualTo(before);
    assertThat(slugs(api("/api/near?q=Cracow"))).first().isEqualTo("pykonik");
  }

  private static String seedPage() throws IOException {
    try (InputStream in = SeedServerIT.class.getResourceAsStream("/seed/LocalUserGroups.moin")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

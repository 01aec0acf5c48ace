package org.localgroups.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localgroups.curate.Editor;
import org.localgroups.revision.Ids;
import org.localgroups.search.LiveDirectory;
import org.localgroups.store.StoreFixtures;
import org.localgroups.web.FixtureDirectory;
import org.localgroups.web.FixtureGazetteer;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.server.ClientLimits;
import org.localgroups.web.server.WebApp;

/**
 * Every operation of the OpenAPI document against the real server: each example request's status
 * and content type are documented for its operation, and its JSON body is valid against the
 * documented schema (JSON Schema 2020-12, as OpenAPI 3.1 says, by networknt's validator), with
 * every schema's {@code required} fields. A new operation in the document fails {@link
 * #everyOperationHasASuccessfulExample} until an example is added here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiConformanceIT {
  /** Where the validator finds the document; never fetched (the registry holds its text). */
  private static final String DOCUMENT = "https://localgroups.invalid/openapi.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private StoreFixtures.@Nullable Database database;
  private Javalin app;
  private String base;
  private JsonNode document;
  private SchemaRegistry schemas;

  /** A real request for an operation ("get /api/groups/{slug}") and the status it gets. */
  record Example(String operation, String url, int status) {
    @Override
    public String toString() {
      return url + " -> " + status;
    }
  }

  static Stream<Example> examples() {
    return Stream.of(
        new Example("get /api/groups", "/api/groups", 200),
        new Example("get /api/groups", "/api/groups?q=python&per_page=5&page=2", 200),
        new Example("get /api/groups", "/api/groups?country=pl&status=active", 200),
        new Example("get /api/groups", "/api/groups?per_page=101", 400),
        new Example("get /api/groups", "/api/groups?region=atlantis", 404),
        new Example("get /api/groups", "/api/groups?per_page=2&after=pykrakow", 200),
        new Example("get /api/groups", "/api/groups?page=2&after=pykrakow", 400),
        new Example("get /api/groups", "/api/groups?after=no-such-group", 400),
        new Example("get /api/groups/{slug}", "/api/groups/pykrakow", 200),
        new Example("get /api/groups/{slug}", "/api/groups/austin-python", 200),
        new Example("get /api/groups/{slug}", "/api/groups/nope", 404),
        new Example("get /api/groups.geojson", "/api/groups.geojson", 200),
        new Example("get /api/groups.geojson", "/api/groups.geojson?bbox=-10,35,30,60&zoom=4", 200),
        new Example("get /api/groups.geojson", "/api/groups.geojson?zoom=0", 200),
        new Example(
            "get /api/groups.geojson", "/api/groups.geojson?bbox=170,-50,-60,60&zoom=2", 200),
        new Example("get /api/groups.geojson", "/api/groups.geojson?bbox=1,2,3&zoom=2", 400),
        new Example("get /api/groups.geojson", "/api/groups.geojson?bbox=a,2,3,4&zoom=2", 400),
        new Example("get /api/groups.geojson", "/api/groups.geojson?bbox=0,60,10,50&zoom=2", 400),
        new Example("get /api/groups.geojson", "/api/groups.geojson?bbox=0,50,10,60", 400),
        new Example("get /api/groups.geojson", "/api/groups.geojson?zoom=25", 400),
        new Example("get /api/regions", "/api/regions", 200),
        new Example("get /api/regions/{slug}", "/api/regions/usa-california", 200),
        new Example("get /api/regions/{slug}", "/api/regions/atlantis", 404),
        new Example("get /api/regions/{slug}", "/api/regions/usa-california?page=2", 404),
        new Example("get /api/regions/{slug}", "/api/regions/usa-california?page=0", 400),
        new Example("get /api/near", "/api/near?q=Cracow&k=3&radius_km=300", 200),
        new Example("get /api/near", "/api/near?lat=48.14&lon=11.58&k=1", 200),
        new Example("get /api/near", "/api/near?q=", 400),
        new Example("get /api/near", "/api/near?q=Krakowia", 404),
        new Example("get /api/meetings", "/api/meetings?near=Austin", 200),
        new Example("get /api/meetings", "/api/meetings?near=Munich&km=abc", 400),
        new Example("get /api/meetings", "/api/meetings?near=Krakowia", 404),
        new Example("get /api/places", "/api/places?q=kra", 200),
        new Example("get /api/places", "/api/places?q=", 200),
        new Example("get /api/places", "/api/places", 400),
        new Example("get /api/export/{format}", "/api/export/json", 200),
        new Example("get /api/export/{format}", "/api/export/csv", 200),
        new Example("get /api/export/{format}", "/api/export/geojson", 200),
        new Example("get /api/export/{format}", "/api/export/xml", 400),
        new Example("get /api/openapi.json", "/api/openapi.json", 200),
        new Example("get /health", "/health", 200));
  }

  @BeforeAll
  void start() throws Exception {
    // as serve runs it: over a store that keeps history, so group answers carry their revisions
    database = StoreFixtures.sqlite();
    var store = database.store();
    StoreFixtures.save(store, FixtureDirectory.directory());
    FixtureGazetteer gazetteer = new FixtureGazetteer();
    WebServices services =
        new WebServices(
            new LiveDirectory(store, gazetteer), gazetteer, java.time.Clock.systemUTC(), store);
    app =
        WebApp.create(
                services,
                WebConfig.defaults(),
                ClientLimits.defaults(),
                new Curation(store, new Editor(store, gazetteer, Ids.random()), EditToken.off()))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    String text = get("/api/openapi.json").body();
    document = MAPPER.readTree(text);
    schemas =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(DOCUMENT, text)));
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String pointer(String... parts) {
    StringBuilder p = new StringBuilder("#");
    for (String part : parts) {
      p.append('/')
          .append(
              part.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D"));
    }
    return p.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void realResponseMatchesItsDocumentedSchema(Example example) throws Exception {
    String[] op = example.operation().split(" ", 2);
    JsonNode operation = document.path("paths").path(op[1]).path(op[0]);
    assertThat(operation.isMissingNode()).as("documented: " + example.operation()).isFalse();
    HttpResponse<String> response = get(example.url());
    assertThat(response.statusCode()).as(example.url()).isEqualTo(example.status());
    String status = Integer.toString(response.statusCode());
    assertThat(operation.path("responses").has(status))
        .as(example.operation() + " documents " + status)
        .isTrue();
    String contentType =
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .split(";")[0]
            .strip()
            .toLowerCase(Locale.ROOT);
    JsonNode content = operation.path("responses").path(status).path("content");
    assertThat(content.has(contentType))
        .as(example.operation() + " " + status + " documents " + contentType)
        .isTrue();
    if (!contentType.endsWith("json") || !content.path(contentType).has("schema")) {
      // CSV, MoinMoin, Markdown, the JSON directory file and this document itself
      return;
    }
    Schema schema =
        schemas.getSchema(
            SchemaLocation.of(
                DOCUMENT
                    + pointer(
                        "paths",
                        op[1],
                        op[0],
                        "responses",
                        status,
                        "content",
                        contentType,
                        "schema")));
    List<Error> errors = schema.validate(MAPPER.readTree(response.body()));
    assertThat(errors).as(example.url() + " against its schema").isEmpty();
  }

  @Test
  void coordinatesHaveAtMostSixDecimalsEverywhere() throws Exception {
    for (String url :
        List.of(
            "/api/groups?per_page=100",
            "/api/near?q=Cracow&k=3&radius_km=300",
            "/api/places?q=kra",
            "/api/meetings?near=Austin",
            "/api/groups.geojson",
            "/api/groups.geojson?bbox=-10,35,30,60&zoom=4")) {
      assertThat(get(url).body())
          .as(url)
          .doesNotContainPattern("\"(latitude|longitude)\":-?\\d+\\.\\d{7,}")
          .doesNotContainPattern("[\\[,]-?\\d+\\.\\d{7,}[,\\]]");
    }
  }

  @Test
  void everyOperationHasASuccessfulExample() {
    Set<String> exampled = new HashSet<>();
    examples().filter(e -> e.status() < 300).forEach(e -> exampled.add(e.operation()));
    // the operations over revisions need a store and an edit token: HistoryApiContract checks
    // their real answers against the same schemas (on SQLite and PostgreSQL)
    exampled.addAll(
        List.of("patch /api/groups/{slug}", "get /api/groups/{slug}/history", "get /api/changes"));
    List<String> operations = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(m -> operations.add(m.getKey() + " " + path.getKey())));
    assertThat(exampled).containsAll(operations);
  }

  /** Whatever else they say, schemas are of no use to generated clients without their required. */
  @Test
  void everyObjectSchemaListsItsRequiredFields() {
    List<String> without = new ArrayList<>();
    collectObjectsWithoutRequired(document.path("components"), "#/components", without);
    assertThat(without).isEmpty();
  }

  private static void collectObjectsWithoutRequired(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      boolean objectSchema = node.path("type").asText().equals("object") && node.has("properties");
      if (objectSchema && !node.has("required")) {
        out.add(at);
      }
      node.properties()
          .forEach(e -> collectObjectsWithoutRequired(e.getValue(), at + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectObjectsWithoutRequired(node.get(i), at + "/" + i, out);
      }
    }
  }

  @Test
  void documentHasServersALicenseAndA4xxForEveryOperation() {
    assertThat(document.path("servers").isArray()).isTrue();
    assertThat(document.path("servers")).isNotEmpty();
    assertThat(document.path("info").path("license").path("name").asText()).isNotBlank();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        m -> {
                          List<String> codes = new ArrayList<>();
                          m.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
                          assertThat(codes)
                              .as(m.getKey() + " " + path.getKey())
                              .anyMatch(c -> c.startsWith("4"));
                        }));
  }

  @Test
  void everyProblemTypeResolvesToAPageThatExplainsIt() throws Exception {
    for (String url :
        List.of("/api/places", "/api/groups/nope", "/api/near?q=Krakowia", "/api/export/xml")) {
      JsonNode problem = MAPPER.readTree(get(url).body());
      String type = problem.path("type").asText();
      assertThat(type).startsWith("/problems/");
      HttpResponse<String> page = get(type);
      assertThat(page.statusCode()).as(type).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body()).as(type).contains(problem.path("title").asText());
    }
    assertThat(get("/problems/no-such-kind").statusCode()).isEqualTo(404);
  }
}

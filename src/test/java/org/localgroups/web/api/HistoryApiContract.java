package org.localgroups.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localgroups.curate.Editor;
import org.localgroups.directory.ImportReport;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Ids;
import org.localgroups.search.LiveDirectory;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Saving;
import org.localgroups.web.FixtureDirectory;
import org.localgroups.web.FixtureGazetteer;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.server.ClientLimits;
import org.localgroups.web.server.WebApp;

/**
 * The API over revisions (issue 8): a group's ETag and timeline, its history, Recent Changes, and
 * edits with If-Match and the edit token, against the real server on 127.0.0.1 over a real store
 * holding the fixture directory. Each database's test class runs these through its store.
 */
abstract class HistoryApiContract {
  static final String TOKEN = "a6f1c0e9d4b27c3e8f5a9d0b1c2e3f4a";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A store on a fresh, empty database. */
  protected abstract DirectoryStore openStore() throws Exception;

  /** Drops what {@link #openStore} made (after the store is closed). */
  protected abstract void dropStore() throws Exception;

  private final HttpClient http = HttpClient.newHttpClient();
  private final FixtureGazetteer gazetteer = new FixtureGazetteer();
  DirectoryStore store;
  private LiveDirectory live;
  private Javalin app;
  private String base;

  @BeforeEach
  void start() throws Exception {
    store = openStore();
    Saving.save(
        store,
        FixtureDirectory.directory(),
        new ImportReport("fixture.moin", "moin", 0, List.of()));
    live = new LiveDirectory(store, gazetteer);
    app = serve(EditToken.of(TOKEN));
    base = "http://127.0.0.1:" + app.port();
  }

  private Javalin serve(EditToken token) {
    return WebApp.create(
            new WebServices(live, gazetteer),
            WebConfig.defaults(),
            ClientLimits.defaults(),
            new Curation(store, new Editor(store, gazetteer, Ids.random()), token))
        .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    app.stop();
    live.close();
    store.close();
    dropStore();
  }

  // ---- helpers ------------------------------------------------------------------------------

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> patch(String slug, String ifMatch, String body) throws Exception {
    return patch(slug, body, "Authorization", "Bearer " + TOKEN, "If-Match", ifMatch);
  }

  HttpResponse<String> patch(String slug, String body, String... headers) throws Exception {
    return patchBytes(slug, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  HttpResponse<String> patchBytes(String slug, byte[] body, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/api/groups/" + slug))
            .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body));
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!typed) {
      b.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  String etag(String slug) throws Exception {
    return get("/api/groups/" + slug).headers().firstValue("ETag").orElseThrow();
  }

  int revisions(String slug) {
    return store.revisionCount(store.find(EntityKind.GROUP, slug).orElseThrow());
  }

  static JsonNode problem(HttpResponse<String> r, int status, String detailPart)
      throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = JSON.readTree(r.body());
    assertThat(p.path("type").asText()).startsWith("/problems/");
    assertThat(p.path("title").asText()).isNotBlank();
    assertThat(p.path("status").asInt()).isEqualTo(status);
    assertThat(p.path("detail").asText()).containsIgnoringCase(detailPart);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    return p;
  }

  /** The answer validates against this schema of the OpenAPI document. */
  static void conforms(HttpResponse<String> r, String schema) throws IOException {
    assertThat(OpenApiSchemas.errors(schema, JSON.readTree(r.body())))
        .as(schema + " of " + r.uri() + ": " + r.body())
        .isEmpty();
  }

  /** What a refused edit must leave as it was: history, Recent Changes, the export. */
  record Snapshot(String history, String changes, String export, int revisions) {}

  Snapshot snapshot() throws Exception {
    return new Snapshot(
        get("/api/groups/pykrakow/history?limit=100").body(),
        get("/api/changes?limit=100").body(),
        get("/api/export/json").body(),
        revisions("pykrakow"));
  }

  // ---- reading ------------------------------------------------------------------------------

  @Test
  void aGroupCarriesItsRevisionAsETagAndIfNoneMatchAnswers304() throws Exception {
    var r = get("/api/groups/pykrakow");
    assertThat(r.statusCode()).isEqualTo(200);
    String etag = r.headers().firstValue("ETag").orElseThrow();
    JsonNode g = json(r);
    assertThat(etag).isEqualTo("\"r" + g.path("revision").asLong() + "\"");
    assertThat(g.path("name").asText()).isEqualTo("PyKrakow");
    assertThat(g.path("last_changed").path("revision").asLong())
        .isEqualTo(g.path("revision").asLong());
    assertThat(g.path("last_changed").path("at").asText()).endsWith("Z");
    assertThat(g.path("timeline").path("first_listed").path("revision").asLong())
        .isEqualTo(g.path("revision").asLong());
    assertThat(g.path("timeline").path("renames")).isEmpty();
    conforms(r, "GroupDetail");

    var same = get("/api/groups/pykrakow", "If-None-Match", etag);
    assertThat(same.statusCode()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(same.headers().firstValue("ETag")).hasValue(etag);
    assertThat(get("/api/groups/pykrakow", "If-None-Match", "W/" + etag).statusCode())
        .isEqualTo(304);
    assertThat(get("/api/groups/pykrakow", "If-None-Match", "\"r999999\"").statusCode())
        .isEqualTo(200);

    // after an edit the old tag no longer matches
    assertThat(
            patch("pykrakow", etag, "{\"meeting\":\"Thursdays\",\"author\":\"ana\"}").statusCode())
        .isEqualTo(200);
    var changed = get("/api/groups/pykrakow", "If-None-Match", etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
  }

  @Test
  void anEditMakesOneRevisionShownInHistoryAndRecentChanges() throws Exception {
    String etag = etag("pykrakow");
    int before = revisions("pykrakow");
    var r =
        patch(
            "pykrakow",
            etag,
            "{\"description\":\"Kraków's Python meetup\",\"status\":\"inactive\","
                + "\"add_links\":[\"https://pykrakow.example/meetups\"],\"author\":\"ana\","
                + "\"comment\":\"new site\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    conforms(r, "GroupDetail");
    JsonNode g = json(r);
    assertThat(g.path("description").asText()).isEqualTo("Kraków's Python meetup");
    assertThat(g.path("status").asText()).isEqualTo("inactive");
    assertThat(r.headers().firstValue("ETag")).hasValue("\"r" + g.path("revision").asLong() + "\"");
    assertThat(g.path("last_changed").path("author").asText()).isEqualTo("ana");
    assertThat(revisions("pykrakow")).isEqualTo(before + 1);

    var history = get("/api/groups/pykrakow/history");
    conforms(history, "HistoryPage");
    JsonNode h = json(history);
    assertThat(h.path("total").asInt()).isEqualTo(before + 1);
    JsonNode newest = h.path("items").get(0);
    assertThat(newest.path("id").asLong()).isEqualTo(g.path("revision").asLong());
    assertThat(newest.path("parent").asText()).isEqualTo(etag.replaceAll("[\"r]", ""));
    assertThat(newest.path("kind").asText()).isEqualTo("edit");
    assertThat(newest.path("author").asText()).isEqualTo("ana");
    assertThat(newest.path("comment").asText()).isEqualTo("new site");
    assertThat(newest.path("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
    List<String> fields = new ArrayList<>();
    newest.path("changes").forEach(c -> fields.add(c.path("field").asText()));
    assertThat(fields).containsExactly("description", "links", "status");
    JsonNode description = newest.path("changes").get(0);
    assertThat(description.path("before").asText()).isEqualTo("Cracow's Python Users Group");
    assertThat(description.path("after").asText()).isEqualTo("Kraków's Python meetup");
    // the first revision is a creation: every field against nothing
    JsonNode first = h.path("items").get(h.path("items").size() - 1);
    assertThat(first.path("parent").asLong()).isZero();
    assertThat(first.path("changes").findValuesAsText("field")).contains("name", "links");

    var changes = get("/api/changes?limit=1");
    conforms(changes, "ChangePage");
    JsonNode c = json(changes).path("items").get(0);
    assertThat(c.path("id").asLong()).isEqualTo(newest.path("id").asLong());
    assertThat(c.path("entity").asText()).isEqualTo("group");
    assertThat(c.path("slug").asText()).isEqualTo("pykrakow");
    assertThat(c.path("name").asText()).isEqualTo("PyKrakow");
    assertThat(c.path("url").asText()).isEqualTo("/api/groups/pykrakow");
    assertThat(c.path("changes")).hasSize(3);
  }

  @Test
  void aRenameRedirectsTheOldSlugAndShowsInTheTimeline() throws Exception {
    var r =
        patch("pykrakow", etag("pykrakow"), "{\"name\":\"PyKraków Meetup\",\"author\":\"ana\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).path("slug").asText()).isEqualTo("pykrakow-meetup");

    var moved = get("/api/groups/pykrakow");
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location")).hasValue("/api/groups/pykrakow-meetup");
    var movedHistory = get("/api/groups/pykrakow/history?limit=5");
    assertThat(movedHistory.statusCode()).isEqualTo(301);
    assertThat(movedHistory.headers().firstValue("Location"))
        .hasValue("/api/groups/pykrakow-meetup/history?limit=5");
    // an edit sent to the old address is told to send itself again there, unchanged
    var edit = patch("pykrakow", etag("pykrakow-meetup"), "{\"meeting\":\"x\",\"author\":\"ana\"}");
    assertThat(edit.statusCode()).isEqualTo(308);
    assertThat(edit.headers().firstValue("Location")).hasValue("/api/groups/pykrakow-meetup");

    JsonNode t = json(get("/api/groups/pykrakow-meetup")).path("timeline");
    assertThat(t.path("renames")).hasSize(1);
    assertThat(t.path("renames").get(0).path("from").asText()).isEqualTo("PyKrakow");
    assertThat(t.path("renames").get(0).path("to").asText()).isEqualTo("PyKraków Meetup");
    assertThat(t.path("renames").get(0).path("author").asText()).isEqualTo("ana");
    problem(get("/api/groups/never-was"), 404, "No group 'never-was'");
    problem(get("/api/groups/never-was/history"), 404, "No group 'never-was'");
  }

  @Test
  void aMoveAndARemovalShowInTheTimeline() throws Exception {
    var r = patch("pywaw", etag("pywaw"), "{\"move_to\":\"germany\",\"author\":\"ben\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode g = json(r);
    assertThat(g.path("regions").findValuesAsText("")).isEmpty();
    assertThat(g.path("regions").get(0).asText()).isEqualTo("germany");
    JsonNode move = g.path("timeline").path("moves").get(0);
    assertThat(move.path("from").get(0).asText()).isEqualTo("poland");
    assertThat(move.path("to").get(0).asText()).isEqualTo("germany");
    assertThat(json(get("/api/groups/pywaw/history")).path("items").get(0).path("kind").asText())
        .isEqualTo("move");

    new Editor(store, gazetteer, Ids.random())
        .remove("pywaw", 0, new Editor.Attribution("ben", "gone quiet"));
    JsonNode gone = problem(get("/api/groups/pywaw"), 410, "was removed");
    assertThat(gone.path("history").asText()).isEqualTo("/api/groups/pywaw/history");
    JsonNode h = json(get("/api/groups/pywaw/history"));
    assertThat(h.path("items").get(0).path("kind").asText()).isEqualTo("remove");
    assertThat(h.path("items").get(0).path("removed").asBoolean()).isTrue();
    assertThat(h.path("items").get(0).path("comment").asText()).isEqualTo("gone quiet");
  }

  // ---- refusals -----------------------------------------------------------------------------

  @Test
  void anEditOverANewerRevisionIs412WithBothVersionsAndChangesNothing() throws Exception {
    String old = etag("pykrakow");
    assertThat(
            patch("pykrakow", old, "{\"description\":\"theirs\",\"author\":\"ben\"}").statusCode())
        .isEqualTo(200);
    String current = etag("pykrakow");
    Snapshot before = snapshot();

    var r = patch("pykrakow", old, "{\"description\":\"mine\",\"author\":\"ana\"}");
    JsonNode p = problem(r, 412, "changed by someone else since revision");
    conforms(r, "Problem");
    assertThat(p.path("type").asText()).isEqualTo("/problems/stale-revision");
    assertThat("\"r" + p.path("yours").path("revision").asLong() + "\"").isEqualTo(old);
    assertThat(p.path("yours").path("group").path("description").asText())
        .isEqualTo("Cracow's Python Users Group");
    assertThat("\"r" + p.path("current").path("revision").asLong() + "\"").isEqualTo(current);
    assertThat(p.path("current").path("group").path("description").asText()).isEqualTo("theirs");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(snapshot()).isEqualTo(before);

    // a revision of another group is not this one's: refused too, with the current version
    String other = etag("pywaw");
    JsonNode q =
        problem(
            patch("pykrakow", other, "{\"description\":\"x\",\"author\":\"a\"}"),
            412,
            "is not a revision of");
    assertThat(q.path("yours").path("group").isNull()).isTrue();
    assertThat(q.path("current").path("group").path("slug").asText()).isEqualTo("pykrakow");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anEditWithoutIfMatchIs428() throws Exception {
    Snapshot before = snapshot();
    var r =
        patch(
            "pykrakow",
            "{\"description\":\"x\",\"author\":\"a\"}",
            "Authorization",
            "Bearer " + TOKEN);
    problem(r, 428, "If-Match");
    conforms(r, "Problem");
    problem(patch("pykrakow", "*", "{\"description\":\"x\",\"author\":\"a\"}"), 428, "If-Match");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anEditNeedsTheTokenAndTheServerKeepsNoPlainToken() throws Exception {
    Snapshot before = snapshot();
    String etag = etag("pykrakow");
    String body = "{\"description\":\"x\",\"author\":\"a\"}";
    var none = patch("pykrakow", body, "If-Match", etag);
    problem(none, 401, "edit token");
    assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    problem(
        patch("pykrakow", body, "If-Match", etag, "Authorization", "Bearer " + TOKEN + "0"),
        403,
        "not this server's");
    problem(
        patch("pykrakow", body, "If-Match", etag, "Authorization", "Basic " + TOKEN),
        403,
        "not this server's");
    // a server started without a token takes no edits at all, not even with this one
    Javalin off = serve(EditToken.off());
    try {
      var r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + off.port() + "/api/groups/pykrakow"))
                  .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                  .header("Content-Type", "application/json")
                  .header("If-Match", etag)
                  .header("Authorization", "Bearer " + TOKEN)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      problem(r, 403, "editing through the API is off");
    } finally {
      off.stop();
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  /** Each bad edit: its body, headers besides the token and If-Match, status and message. */
  static Stream<Arguments> badEdits() {
    String big = "x".repeat(GroupEdits.MAX_BODY_BYTES);
    return Stream.of(
        Arguments.of("{\"name\":5,\"author\":\"a\"}", "", 400, "'name' must be a string"),
        Arguments.of(
            "{\"add_links\":\"http://x.org/\",\"author\":\"a\"}", "", 400, "array of strings"),
        Arguments.of("{\"slug\":\"elsewhere\",\"author\":\"a\"}", "", 400, "Unknown field 'slug'"),
        Arguments.of(
            "{\"add_links\":[\"javascript:alert(1)\"],\"author\":\"a\"}",
            "",
            400,
            "http, https, mailto or irc"),
        Arguments.of(
            "{\"add_links\":[\"data:text/html;base64,PHNjcmlwdD4K\"],\"author\":\"a\"}",
            "",
            400,
            "http, https, mailto or irc"),
        Arguments.of(
            "{\"remove_links\":[\"http://nowhere.example/\"],\"author\":\"a\"}",
            "",
            400,
            "has no link"),
        Arguments.of(
            "{\"move_to\":\"atlantis\",\"author\":\"a\"}", "", 400, "No region 'atlantis'"),
        Arguments.of(
            "{\"place\":\"Krakowiakowo\",\"author\":\"a\"}",
            "",
            400,
            "No place called 'Krakowiakowo'"),
        Arguments.of("{\"status\":\"sleeping\",\"author\":\"a\"}", "", 400, "The status is one of"),
        Arguments.of(
            "{\"name\":\"" + "n".repeat(201) + "\",\"author\":\"a\"}",
            "",
            400,
            "at most 200 characters"),
        Arguments.of(
            "{\"description\":\"a\\u0000b\",\"author\":\"a\"}", "", 400, "control characters"),
        Arguments.of("{\"description\":\"x\"}", "", 400, "'author' is required"),
        Arguments.of("{\"author\":\"a\",\"comment\":\"nothing\"}", "", 400, "sets no field"),
        Arguments.of(
            "{\"description\":\"Cracow's Python Users Group\",\"author\":\"a\"}",
            "",
            400,
            "changes nothing"),
        Arguments.of("{\"description\":", "", 400, "not valid JSON"),
        Arguments.of("[\"description\"]", "", 400, "one JSON object"),
        Arguments.of(
            "{\"description\":\"" + big + "\",\"author\":\"a\"}", "", 413, "at most 65536"),
        Arguments.of(
            "description=x&author=a", "application/x-www-form-urlencoded", 415, "application/json"),
        Arguments.of(
            "{\"description\":\"x\",\"author\":\"a\"}", "text/plain", 415, "application/json"));
  }

  @ParameterizedTest
  @MethodSource("badEdits")
  void aBadEditIsRefusedAndLeavesHistoryAndExportByteForByteUnchanged(
      String body, String contentType, int status, String message) throws Exception {
    Snapshot before = snapshot();
    String etag = etag("pykrakow");
    List<String> headers =
        new ArrayList<>(List.of("Authorization", "Bearer " + TOKEN, "If-Match", etag));
    if (!contentType.isEmpty()) {
      headers.addAll(List.of("Content-Type", contentType));
    }
    var r = patch("pykrakow", body, headers.toArray(String[]::new));
    problem(r, status, message);
    conforms(r, "Problem");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void invalidUtf8AnUnknownSlugAndAMalformedIfMatchAreRefused() throws Exception {
    Snapshot before = snapshot();
    String etag = etag("pykrakow");
    byte[] invalid = {
      '{', '"', 'c', 'o', 'm', 'm', 'e', 'n', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}'
    };
    problem(
        patchBytes("pykrakow", invalid, "Authorization", "Bearer " + TOKEN, "If-Match", etag),
        400,
        "not valid JSON");
    problem(
        patch("no-such-group", etag, "{\"description\":\"x\",\"author\":\"a\"}"),
        404,
        "No group 'no-such-group'");
    problem(
        patch("pykrakow", "r12", "{\"description\":\"x\",\"author\":\"a\"}"),
        400,
        "If-Match must be");
    problem(
        patch("pykrakow", "\"r0\"", "{\"description\":\"x\",\"author\":\"a\"}"),
        400,
        "If-Match must be");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void otherOriginsMayReadButNeverEdit() throws Exception {
    var preflight =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/groups/pykrakow"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
    String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("");
    assertThat(methods).contains("GET").doesNotContainIgnoringCase("PATCH");
    assertThat(allowed)
        .doesNotContainIgnoringCase("authorization")
        .doesNotContainIgnoringCase("if-match");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    for (String path : List.of("/api/groups/pykrakow/history", "/api/changes")) {
      var p =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(p.statusCode()).as(path).isEqualTo(204);
      assertThat(p.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
          .doesNotContainIgnoringCase("PATCH");
    }

    assertThat(get("/api/groups/pykrakow").headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("*");
    assertThat(get("/api/changes").headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("*");
    var edit = patch("pykrakow", etag("pykrakow"), "{\"meeting\":\"x\",\"author\":\"a\"}");
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  // ---- paging and filters -------------------------------------------------------------------

  @Test
  void historyPagesThroughEveryRevisionNewestFirst() throws Exception {
    for (int i = 1; i <= 5; i++) {
      var r =
          patch(
              "pykrakow", etag("pykrakow"), "{\"meeting\":\"week " + i + "\",\"author\":\"ana\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    int total = revisions("pykrakow");
    assertThat(total).isEqualTo(6);
    List<Long> ids = new ArrayList<>();
    List<Long> parents = new ArrayList<>();
    String next = "/api/groups/pykrakow/history?limit=2";
    int pages = 0;
    while (next != null) {
      var r = get(next);
      conforms(r, "HistoryPage");
      JsonNode page = json(r);
      assertThat(page.path("total").asInt()).isEqualTo(total);
      assertThat(page.path("items").size()).isBetween(1, 2);
      page.path("items").forEach(i -> ids.add(i.path("id").asLong()));
      page.path("items").forEach(i -> parents.add(i.path("parent").asLong()));
      next = page.path("next").isNull() ? null : page.path("next").asText();
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(ids).hasSize(total).doesNotHaveDuplicates();
    assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    // each revision's parent is the one after it in the list, the first's is 0
    for (int i = 0; i < ids.size() - 1; i++) {
      assertThat(parents.get(i)).isEqualTo(ids.get(i + 1));
    }
    assertThat(parents.getLast()).isZero();
    assertThat(
            json(get("/api/groups/pykrakow/history?before=" + ids.get(1)))
                .path("items")
                .get(0)
                .path("id")
                .asLong())
        .isEqualTo(ids.get(2));
    problem(get("/api/groups/pykrakow/history?limit=0"), 400, "limit must be");
    problem(get("/api/groups/pykrakow/history?limit=101"), 400, "limit must be");
    problem(get("/api/groups/pykrakow/history?before=x"), 400, "before must be");
  }

  @Test
  void recentChangesFilterByAuthorKindRegionAndEntity() throws Exception {
    assertThat(
            patch("pykrakow", etag("pykrakow"), "{\"meeting\":\"a\",\"author\":\"ana\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            patch("pymunich", etag("pymunich"), "{\"meeting\":\"b\",\"author\":\"ben\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            patch("pywaw", etag("pywaw"), "{\"move_to\":\"germany\",\"author\":\"ana\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            patch("chennaipy", etag("chennaipy"), "{\"status\":\"inactive\",\"author\":\"ana\"}")
                .statusCode())
        .isEqualTo(200);

    JsonNode ana = json(get("/api/changes?author=ana"));
    assertThat(ana.path("items").findValuesAsText("slug"))
        .containsExactly("chennaipy", "pywaw", "pykrakow");
    assertThat(ana.path("items").findValuesAsText("author")).containsOnly("ana");

    JsonNode moves = json(get("/api/changes?kind=move"));
    assertThat(moves.path("items").findValuesAsText("slug")).containsExactly("pywaw");
    JsonNode edits = json(get("/api/changes?kind=edit,move&author=ana"));
    assertThat(edits.path("items").findValuesAsText("slug"))
        .containsExactly("chennaipy", "pywaw", "pykrakow");

    // the region filter: groups listed in it (or its subregions) as each revision left them
    var germany = get("/api/changes?region=germany&kind=edit,move");
    conforms(germany, "ChangePage");
    assertThat(json(germany).path("items").findValuesAsText("slug"))
        .containsExactly("pywaw", "pymunich");
    JsonNode europe = json(get("/api/changes?region=europe&kind=edit,move"));
    assertThat(europe.path("items").findValuesAsText("slug"))
        .containsExactly("pywaw", "pymunich", "pykrakow");
    JsonNode asia = json(get("/api/changes?region=asia&kind=edit,move"));
    assertThat(asia.path("items").findValuesAsText("slug")).containsExactly("chennaipy");

    JsonNode regions = json(get("/api/changes?entity=region&limit=100"));
    assertThat(regions.path("items").findValuesAsText("entity"))
        .isNotEmpty()
        .containsOnly("region");
    assertThat(regions.path("items").get(0).path("url").asText()).startsWith("/api/regions/");

    // paging keeps the filters
    JsonNode first = json(get("/api/changes?author=ana&limit=2"));
    assertThat(first.path("items")).hasSize(2);
    String next = first.path("next").asText();
    assertThat(next).contains("author=ana").contains("limit=2").contains("before=");
    JsonNode second = json(get(next));
    assertThat(second.path("items").findValuesAsText("slug")).containsExactly("pykrakow");
    assertThat(second.path("next").isNull()).isTrue();

    problem(get("/api/changes?kind=vandalism"), 400, "kind is one or more of");
    problem(get("/api/changes?region=atlantis"), 404, "No region 'atlantis'");
    problem(get("/api/changes?entity=person"), 400, "entity is group, region or intro");
    problem(get("/api/changes?limit=-1"), 400, "limit must be");
  }

  // ---- hostile text -------------------------------------------------------------------------

  @Test
  void hostileStringsRoundTripIntactThroughJson() throws Exception {
    String name = "<b onmouseover=\"x\">Py</b> & 'co' \\ \u2028 ☃";
    String description = "</script><script>alert('x')</script> \"quoted\" \\n 😀 ‮rtl";
    String comment = "{\"injected\": true} <!-- --> ${jndi:ldap://x}";
    var r =
        patch(
            "pykrakow",
            etag("pykrakow"),
            JSON.writeValueAsString(
                java.util.Map.of(
                    "name",
                    name,
                    "description",
                    description,
                    "comment",
                    comment,
                    "author",
                    "<img src=x onerror=alert(1)>")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    JsonNode g = json(r);
    String slug = g.path("slug").asText();
    assertThat(slug).matches("[a-z0-9-]+");
    JsonNode again = json(get("/api/groups/" + slug));
    assertThat(again.path("name").asText()).isEqualTo(name);
    assertThat(again.path("description").asText()).isEqualTo(description);
    assertThat(again.path("last_changed").path("author").asText())
        .isEqualTo("<img src=x onerror=alert(1)>");
    JsonNode newest = json(get("/api/groups/" + slug + "/history")).path("items").get(0);
    assertThat(newest.path("comment").asText()).isEqualTo(comment);
    Set<String> afters = new HashSet<>(newest.path("changes").findValuesAsText("after"));
    assertThat(afters).contains(name, description);
    JsonNode change = json(get("/api/changes?limit=1")).path("items").get(0);
    assertThat(change.path("name").asText()).isEqualTo(name);
  }

  // ---- the directory a read sees ------------------------------------------------------------

  @Test
  void anEditShowsInTheListsAtOnce() throws Exception {
    assertThat(
            patch("pykrakow", etag("pykrakow"), "{\"description\":\"fresh\",\"author\":\"ana\"}")
                .statusCode())
        .isEqualTo(200);
    JsonNode list = json(get("/api/groups?per_page=100"));
    JsonNode found = null;
    for (JsonNode g : list.path("items")) {
      if (g.path("slug").asText().equals("pykrakow")) {
        found = g;
      }
    }
    assertThat(found).isNotNull();
    assertThat(found.path("description").asText()).isEqualTo("fresh");
    assertThat(
            store.entity(
                EntityRef.group(store.find(EntityKind.GROUP, "pykrakow").orElseThrow().id())))
        .isPresent();
  }
}

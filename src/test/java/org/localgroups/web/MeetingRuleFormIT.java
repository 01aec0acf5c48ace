package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localgroups.curate.Editor;
import org.localgroups.directory.ImportReport;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.Ids;
import org.localgroups.search.LiveDirectory;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Saving;
import org.localgroups.store.Stores;
import org.localgroups.web.api.Curation;
import org.localgroups.web.api.EditToken;
import org.localgroups.web.server.ClientLimits;
import org.localgroups.web.server.WebApp;

/**
 * The form that sets a group's organisers' meeting rules ({@code /groups/{slug}/meetings/edit}),
 * against the real server on 127.0.0.1 over a SQLite store holding the fixture directory: filled in
 * with the rule read from the phrase; saved as a revision with the CSRF token and the edit token;
 * then winning over the phrase on the group page, in the API and in the feed; refused with the
 * store unchanged without either token, over a newer revision, or with a bad rule; hostile text
 * escaped.
 */
class MeetingRuleFormIT {
  static final String TOKEN = "c0ffee0123456789abcdef0123456789";
  static final String SLUG = "pykrakow";
  static final String FORM = "/groups/" + SLUG + "/meetings/edit";
  static final String HOSTILE = "<script>alert('x')</script> & \"friends\"";

  private final HttpClient http = HttpClient.newHttpClient();
  private final FixtureGazetteer gazetteer = new FixtureGazetteer();
  private Path folder;
  private DirectoryStore store;
  private LiveDirectory live;
  private final List<Javalin> apps = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    folder = Files.createTempDirectory("localgroups-rule-form");
    store = Stores.sqlite(folder);
    Saving.save(
        store,
        FixtureDirectory.directory(),
        new ImportReport("fixture.moin", "moin", 0, List.of()));
    live = new LiveDirectory(store, gazetteer);
  }

  @AfterEach
  void stop() throws Exception {
    apps.forEach(Javalin::stop);
    live.close();
    store.close();
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private String serve(EditToken token) {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    Javalin app =
        WebApp.create(
                new WebServices(live, gazetteer, clock, store),
                WebConfig.defaults(),
                ClientLimits.defaults(),
                new Curation(store, new Editor(store, gazetteer, Ids.random()), token))
            .start("127.0.0.1", 0);
    apps.add(app);
    return "http://127.0.0.1:" + app.port();
  }

  /** The form as a browser gets it: its page, its CSRF cookie. */
  record Form(String html, String cookie, String csrf, String base) {}

  private Form open(String site) throws Exception {
    HttpResponse<String> r = get(site + FORM);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String cookie = setCookie.split(";", 2)[0];
    return new Form(r.body(), cookie, hidden(r.body(), "csrf"), hidden(r.body(), "base_revision"));
  }

  private static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
            .matcher(html);
    assertThat(m.find()).as("hidden field %s in%n%s", name, html).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String site, String cookie, Map<String, String> fields)
      throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(site + FORM))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookie.isEmpty()) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A filled-in form: one rule, "last Friday of the month, 19:00-21:00" at a hostile place. */
  private static Map<String, String> filled(Form form, String token) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("csrf", form.csrf());
    f.put("base_revision", form.base());
    f.put("frequency_0", "monthly");
    f.put("interval_0", "1");
    f.put("ordinal_0", "last");
    f.put("weekday_0", "friday");
    f.put("start_0", "19:00");
    f.put("end_0", "21:00");
    f.put("from_0", "");
    f.put("place_0", HOSTILE);
    f.put("frequency_1", "");
    f.put("author", "ann <b>");
    f.put("comment", "our own schedule");
    f.put("token", token);
    return f;
  }

  private int revisions() {
    return store.revisionCount(store.find(EntityKind.GROUP, SLUG).orElseThrow());
  }

  @Test
  void theFormStartsFromTheParsedRuleAndSavesARevisionThatWinsEverywhere() throws Exception {
    String site = serve(EditToken.of(TOKEN));
    assertThat(get(site + "/groups/" + SLUG).body()).contains("href=\"" + FORM + "\"");

    Form form = open(site);
    assertThat(form.html())
        .contains("The form starts from the rule read from the listing's phrase")
        .contains("<option value=\"monthly\" selected>monthly</option>")
        .contains("<option value=\"2\" selected>2nd</option>")
        .contains("<option value=\"thursday\" selected>Thursday</option>")
        .contains("type=\"password\" name=\"token\"");
    assertThat(form.base())
        .isEqualTo(
            String.valueOf(
                store
                    .entity(store.find(EntityKind.GROUP, SLUG).orElseThrow())
                    .orElseThrow()
                    .revision()));
    int before = revisions();

    HttpResponse<String> saved = post(site, form.cookie(), filled(form, TOKEN));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    assertThat(saved.headers().firstValue("Location")).hasValue("/groups/" + SLUG + "/history");
    assertThat(revisions()).isEqualTo(before + 1);

    String history = get(site + "/groups/" + SLUG + "/history").body();
    assertThat(history)
        .contains("meeting rules")
        .contains("monthly, last Friday, 19:00-21:00, at &lt;script&gt;")
        .contains("ann &lt;b&gt;")
        .doesNotContain("<script>alert", "ann <b>");
    String page = get(site + "/groups/" + SLUG).body();
    assertThat(page)
        .contains("Friday 25 December 2026, 19:00")
        .contains("as its organisers set")
        .contains(
            "Read as: its organisers' rule (wins over the phrase): monthly on the last Friday")
        .doesNotContain("<script>alert");
    String api = get(site + "/api/groups/" + SLUG).body();
    assertThat(api)
        .contains("\"set_by_organisers\":true")
        .contains("\"start\":\"2026-12-25T19:00:00+01:00\"");
    assertThat(get(site + "/groups/" + SLUG + ".ics").body())
        .contains("RRULE:FREQ=MONTHLY;BYDAY=-1FR")
        .doesNotContain("BYDAY=2TH");

    // the form now starts from the organisers' rule
    Form again = open(site);
    assertThat(again.html())
        .contains("The form starts from the rules its organisers set")
        .contains("<option value=\"last\" selected>last</option>")
        .contains("value=\"&lt;script>alert(&#39;x&#39;)&lt;/script> &amp; &#34;friends&#34;\"")
        .doesNotContain("<script>alert");
    // and an edit from the old revision is refused: the group changed since
    HttpResponse<String> stale = post(site, form.cookie(), filled(form, TOKEN));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body())
        .contains("has changed since this form was opened", "nothing was saved");
    assertThat(revisions()).isEqualTo(before + 1);
  }

  @Test
  void withoutTheCsrfTokenOrTheEditTokenOrWithABadRuleNothingIsSaved() throws Exception {
    String site = serve(EditToken.of(TOKEN));
    Form form = open(site);
    int before = revisions();
    String rules = live.current().directory().group(SLUG).orElseThrow().meetingRules().toString();

    // no CSRF cookie; a field that is not the cookie's; no field
    assertThat(post(site, "", filled(form, TOKEN)).statusCode()).isEqualTo(403);
    Map<String, String> forged = filled(form, TOKEN);
    forged.put("csrf", "A".repeat(43));
    HttpResponse<String> wrongCsrf = post(site, form.cookie(), forged);
    assertThat(wrongCsrf.statusCode()).isEqualTo(403);
    assertThat(wrongCsrf.body()).contains("security token does not match");
    Map<String, String> noField = filled(form, TOKEN);
    noField.remove("csrf");
    assertThat(post(site, form.cookie(), noField).statusCode()).isEqualTo(403);

    // no edit token; a wrong one
    HttpResponse<String> noToken = post(site, form.cookie(), filled(form, ""));
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("Saving needs the edit token; nothing was saved.");
    HttpResponse<String> wrongToken = post(site, form.cookie(), filled(form, "x".repeat(32)));
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(wrongToken.body())
        .contains("The edit token is not this server", "s; nothing was saved.")
        .doesNotContain("x".repeat(32));

    // bad rules: a sixth week of the month, an end before the start, an interval of 0
    Map<String, String> sixth = filled(form, TOKEN);
    sixth.put("ordinal_0", "6");
    HttpResponse<String> bad = post(site, form.cookie(), sixth);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("'6' is not a place in the month")
        .contains("value=\"&lt;script>alert(&#39;x&#39;)&lt;/script>")
        .doesNotContain("<script>alert");
    Map<String, String> backwards = filled(form, TOKEN);
    backwards.put("end_0", "18:00");
    assertThat(post(site, form.cookie(), backwards).body())
        .contains("The meeting ends (18:00) before it starts (19:00)");
    Map<String, String> zero = filled(form, TOKEN);
    zero.put("interval_0", "0");
    assertThat(post(site, form.cookie(), zero).body())
        .contains("The interval of a meeting rule is 1 to 12 months, not 0.");
    Map<String, String> weekday = filled(form, TOKEN);
    weekday.put("weekday_0", "caturday");
    assertThat(post(site, form.cookie(), weekday).body()).contains("is not a weekday");

    assertThat(revisions()).isEqualTo(before);
    assertThat(live.current().directory().group(SLUG).orElseThrow().meetingRules().toString())
        .isEqualTo(rules);
  }

  @Test
  void theApisPatchSetsAndClearsTheRulesAndRefusesABadOneChangingNothing() throws Exception {
    String site = serve(EditToken.of(TOKEN));
    int before = revisions();
    HttpResponse<String> bad =
        patch(site, "{\"author\":\"ann\",\"meeting_rules\":[\"monthly, 6th Friday\"]}");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body()).contains("'6th' is not a place in the month");
    assertThat(revisions()).isEqualTo(before);

    HttpResponse<String> set =
        patch(site, "{\"author\":\"ann\",\"meeting_rules\":[\"weekly, Wednesday, 18:30-20:00\"]}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body())
        .contains("\"set_by_organisers\":true", "\"start\":\"2026-12-02T18:30:00+01:00\"");
    assertThat(revisions()).isEqualTo(before + 1);

    HttpResponse<String> cleared = patch(site, "{\"author\":\"ann\",\"meeting_rules\":[]}");
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.body()).contains("\"set_by_organisers\":false", "FREQ=MONTHLY;BYDAY=2TH");
  }

  private HttpResponse<String> patch(String site, String body) throws Exception {
    String etag =
        http.send(
                HttpRequest.newBuilder(URI.create(site + "/api/groups/" + SLUG)).build(),
                HttpResponse.BodyHandlers.ofString())
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    return http.send(
        HttpRequest.newBuilder(URI.create(site + "/api/groups/" + SLUG))
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + TOKEN)
            .header("If-Match", etag)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withEditingOffThereIsNoFormAndNoLink() throws Exception {
    String site = serve(EditToken.off());
    assertThat(get(site + "/groups/" + SLUG).body()).doesNotContain("/meetings/edit");
    assertThat(get(site + FORM).statusCode()).isEqualTo(404);
  }
}

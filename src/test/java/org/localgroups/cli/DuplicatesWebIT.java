package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.store.Stores;
import org.localgroups.web.WebConfig;
import org.localgroups.web.api.EditToken;

/**
 * {@code /curate/duplicates} on the whole application over the seeded SQLite database: the report
 * with its evidence and hostile names escaped; a merge through its form with the CSRF token and the
 * edit token, refused without either (and the store unchanged); afterwards every old address of the
 * merged group answers 301 to the group it was merged into.
 */
class DuplicatesWebIT {
  private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final String PY_CU = "py-cu-the-champaign-urbana-python-users-group";
  private static final String ILLIPY = "illipy-the-champaign-urbana-python-users-group";
  private static final String HOSTILE = "<script>alert('x')</script> \"Py-CU\"";
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void mergesThroughTheFormOnlyWithBothTokensAndRedirectsTheOldAddresses(@TempDir Path data)
      throws Exception {
    assertThat(
            Run.of("import", EditCommandsContract.SEED.toString(), "--data", data.toString())
                .exit())
        .isZero();
    Run added =
        Run.of(
            "add",
            HOSTILE,
            "--region",
            "illinois",
            "--add-link",
            "https://www.py-cu.org/?utm_source=wiki",
            "--author",
            "mallory",
            "--data",
            data.toString());
    assertThat(added.exit()).as(added.err()).isZero();
    try (LocalGroupsServer server =
        LocalGroupsServer.start(
            data,
            "",
            "127.0.0.1",
            0,
            WebConfig.defaults(),
            LocalGroupsServer.Options.defaults().withToken(EditToken.of(TOKEN)))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> page = get(base + "/curate/duplicates");
      assertThat(page.statusCode()).isEqualTo(200);
      String html = page.body();
      assertThat(html)
          .doesNotContain("<script>alert")
          .contains("&lt;script&gt;alert(")
          .contains(
              "Same link py-cu.org: http://py-cu.org and https://www.py-cu.org/?utm_source=wiki")
          .contains("Both listed in Illinois")
          .contains("Merge IlliPy - The Champaign-Urbana Python Users Group into Py-CU");
      String cookie =
          page.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("localgroups_csrf="))
              .findFirst()
              .orElseThrow()
              .split(";", 2)[0];
      String csrf = match(html, "name=\"csrf\" value=\"([^\"]+)\"");
      Map<String, String> form = formOf(html, ILLIPY);
      assertThat(form).containsEntry("into", PY_CU).containsKey("into_revision");

      long[] before = counts(data);
      refused(base, cookie, with(form, "csrf", null, "edit_token", TOKEN), 403, "security token");
      refused(
          base,
          cookie,
          with(form, "csrf", "x".repeat(43), "edit_token", TOKEN),
          403,
          "security token");
      refused(base, null, with(form, "csrf", csrf, "edit_token", TOKEN), 403, "security cookie");
      refused(
          base,
          cookie,
          with(form, "csrf", csrf, "edit_token", "wrong-" + TOKEN),
          403,
          "not this server");
      refused(base, cookie, with(form, "csrf", csrf, "edit_token", ""), 401, "edit token");
      assertThat(counts(data)).as("revisions, change sets after the refusals").isEqualTo(before);
      assertThat(get(base + "/groups/" + ILLIPY).statusCode()).isEqualTo(200);

      HttpResponse<String> merged =
          post(base, cookie, with(form, "csrf", csrf, "edit_token", TOKEN));
      assertThat(merged.statusCode()).as(merged.body()).isEqualTo(303);
      assertThat(merged.headers().firstValue("Location")).hasValue("/groups/" + PY_CU);
      long[] after = counts(data);
      assertThat(after[0]).isEqualTo(before[0] + 2);
      assertThat(after[1]).isEqualTo(before[1] + 1);

      for (String[] moved :
          new String[][] {
            {"/groups/" + ILLIPY, "/groups/" + PY_CU},
            {"/groups/" + ILLIPY + ".ics", "/groups/" + PY_CU + ".ics"},
            {"/groups/" + ILLIPY + "/history", "/groups/" + PY_CU + "/history"},
            {"/api/groups/" + ILLIPY, "/api/groups/" + PY_CU},
          }) {
        HttpResponse<String> r = get(base + moved[0]);
        assertThat(r.statusCode()).as(moved[0]).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).as(moved[0]).hasValue(moved[1]);
      }
      assertThat(get(base + "/groups/" + PY_CU).body()).contains("illipy-announce");
      assertThat(get(base + "/curate/duplicates").body()).doesNotContain("Merge IlliPy");

      HttpResponse<String> again =
          post(base, cookie, with(form, "csrf", csrf, "edit_token", TOKEN));
      assertThat(again.statusCode()).isEqualTo(400);
      assertThat(again.body()).contains("is removed (merged into");
      assertThat(counts(data)).isEqualTo(after);
    }
  }

  private void refused(
      String base,
      @org.jspecify.annotations.Nullable String cookie,
      Map<String, String> form,
      int status,
      String says)
      throws Exception {
    HttpResponse<String> r = post(base, cookie, form);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body()).contains(says);
  }

  /** The hidden fields of the merge form of group {@code from}. */
  private static Map<String, String> formOf(String html, String from) {
    Matcher forms = Pattern.compile("(?s)<form method=\"post\".*?</form>").matcher(html);
    while (forms.find()) {
      String f = forms.group();
      if (f.contains("name=\"from\" value=\"" + from + "\"")) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher hidden =
            Pattern.compile("type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\"").matcher(f);
        while (hidden.find()) {
          out.put(hidden.group(1), hidden.group(2));
        }
        out.put("author", "moderator");
        out.put("comment", "one group");
        return out;
      }
    }
    throw new AssertionError("no merge form for " + from);
  }

  private static Map<String, String> with(
      Map<String, String> form,
      String k1,
      @org.jspecify.annotations.Nullable String v1,
      String k2,
      String v2) {
    Map<String, String> out = new LinkedHashMap<>(form);
    if (v1 == null) {
      out.remove(k1);
    } else {
      out.put(k1, v1);
    }
    out.put(k2, v2);
    return out;
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }

  private static long[] counts(Path data) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Stores.SQLITE_FILE));
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT (SELECT COUNT(*) FROM revisions), (SELECT COUNT(*) FROM change_sets)")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      String base, @org.jspecify.annotations.Nullable String cookie, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/curate/duplicates/merge"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}

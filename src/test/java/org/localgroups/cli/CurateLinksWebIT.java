package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.checks.LinkCheck;
import org.localgroups.checks.LinkChecker;
import org.localgroups.checks.Observations;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.fetch.Outcome;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.localgroups.web.WebConfig;

/**
 * {@code /curate/links} and {@code /curate/links.csv} on the whole application over a seeded SQLite
 * database, with checks recorded straight through {@link Observations}: the oldest failures first,
 * the outcome and region filters, the counts per region, a bad outcome refused with a 400, hostile
 * names and URLs escaped, and a CSV with the same rows as the page.
 */
class CurateLinksWebIT {
  private static final String HOSTILE_NAME = "<script>alert('name')</script> \"PyEvil\"";
  private static final String HOSTILE_URL = "https://evil.example/a?x=1&y='onmouseover='alert(1)";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void listsTheOldestFailuresFirstFiltersCountsEscapesAndExportsTheSameRows(@TempDir Path data)
      throws Exception {
    assertThat(
            Run.of("import", EditCommandsContract.SEED.toString(), "--data", data.toString())
                .exit())
        .isZero();
    Run added =
        Run.of(
            "add",
            HOSTILE_NAME,
            "--region",
            "japan",
            "--add-link",
            HOSTILE_URL,
            "--author",
            "mallory",
            "--data",
            data.toString());
    assertThat(added.exit()).as(added.err()).isZero();

    // what is recorded: three failing links in Asia, two in Europe, one link that answers again
    List<String[]> expected = new ArrayList<>(); // slug, region, url, outcome id, since
    try (DirectoryStore store = Stores.sqlite(data)) {
      Directory d = store.directory();
      Observations obs = new Observations(store.database());
      Group evil =
          d.groups().stream().filter(g -> g.name().equals(HOSTILE_NAME)).findFirst().orElseThrow();
      List<Group> asia = checkable(d, "asia", 3, evil);
      List<Group> europe = checkable(d, "europe", 3, null);
      // Asia: evil times out since day 5; asia[1] not found since day 2 (after an OK on day 1)
      record(obs, evil, Outcome.TIMEOUT, 0, days(5));
      record(obs, evil, Outcome.TIMEOUT, 0, days(30));
      record(obs, asia.get(1), Outcome.OK, 200, days(1));
      record(obs, asia.get(1), Outcome.NOT_FOUND, 404, days(2));
      record(obs, asia.get(1), Outcome.NOT_FOUND, 404, days(31));
      // asia[2] failed once, then answered: not a failure any more
      record(obs, asia.get(2), Outcome.SERVER_ERROR, 500, days(3));
      record(obs, asia.get(2), Outcome.OK, 200, days(32));
      // Europe: europe[0] server error since day 10; europe[1] not found since day 20
      record(obs, europe.get(0), Outcome.SERVER_ERROR, 503, days(10));
      record(obs, europe.get(1), Outcome.NOT_FOUND, 410, days(20));
      record(obs, europe.get(2), Outcome.OK, 200, days(21));
      expected.add(row(asia.get(1), "Asia", "not-found", days(2)));
      expected.add(row(evil, "Asia", "timeout", days(5)));
      expected.add(row(europe.get(0), "Europe", "server-error", days(10)));
      expected.add(row(europe.get(1), "Europe", "not-found", days(20)));
    }

    try (LocalGroupsServer server =
        LocalGroupsServer.start(data, "", "127.0.0.1", 0, WebConfig.defaults())) {
      String base = "http://127.0.0.1:" + server.port();

      HttpResponse<String> all = get(base + "/curate/links");
      assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
      assertThat(all.body())
          .doesNotContain("<script>alert")
          .contains("x=1&amp;y=")
          .contains("&lt;script&gt;alert(");
      assertThat(pageRows(all.body())).containsExactlyElementsOf(urls(expected));
      assertThat(perRegion(all.body())).containsExactly("Asia: 2", "Europe: 2");
      Document doc = Jsoup.parse(all.body());
      assertThat(doc.select("table.links tbody tr").first().select("td").get(4).text())
          .isEqualTo("Not found");
      assertThat(doc.select("table.links tbody tr").get(1).select("td").get(1).text())
          .isEqualTo(HOSTILE_NAME);
      assertThat(doc.select("table.links tbody tr").get(1).select("td.url").text())
          .isEqualTo(HOSTILE_URL);

      assertThat(pageRows(get(base + "/curate/links?outcome=not-found").body()))
          .containsExactly(expected.get(0)[2], expected.get(3)[2]);
      assertThat(pageRows(get(base + "/curate/links?outcome=NOT_FOUND&region=europe").body()))
          .containsExactly(expected.get(3)[2]);
      HttpResponse<String> europe = get(base + "/curate/links?region=europe");
      assertThat(pageRows(europe.body())).containsExactly(expected.get(2)[2], expected.get(3)[2]);
      assertThat(perRegion(europe.body())).containsExactly("Europe: 2");
      // an outcome asked for that is not a failure lists the links that answer
      assertThat(pageRows(get(base + "/curate/links?outcome=ok&region=asia").body()))
          .hasSize(1)
          .doesNotContainAnyElementsOf(urls(expected));
      assertThat(get(base + "/curate/links?outcome=parked-domain").body())
          .contains("No checked link matches.");

      HttpResponse<String> bad = get(base + "/curate/links?outcome=%3Cscript%3Ebroken");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body())
          .contains("outcome must be one of ok, moved-permanently")
          .doesNotContain("<script>broken")
          .contains("&lt;script&gt;broken");
      assertThat(get(base + "/curate/links.csv?outcome=nope").statusCode()).isEqualTo(400);
      HttpResponse<String> noRegion = get(base + "/curate/links?region=atlantis");
      assertThat(noRegion.statusCode()).isEqualTo(404);
      assertThat(noRegion.body()).contains("No region 'atlantis' is in the directory.");

      HttpResponse<String> csv = get(base + "/curate/links.csv");
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      List<CSVRecord> records =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(csv.body()))
              .getRecords();
      assertThat(records).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        String[] e = expected.get(i);
        CSVRecord r = records.get(i);
        assertThat(r.get("group")).isEqualTo(e[0]);
        assertThat(r.get("region")).isEqualTo(e[1]);
        assertThat(r.get("url")).isEqualTo(e[2]);
        assertThat(r.get("outcome")).isEqualTo(e[3]);
        assertThat(r.get("failing_since")).isEqualTo(e[4]);
      }
      assertThat(records.get(1).get("group_name")).isEqualTo(HOSTILE_NAME);
      assertThat(records.get(0).get("checks")).isEqualTo("3");
      assertThat(records.get(0).get("status_code")).isEqualTo("404");

      String europeCsv =
          get(base + "/curate/links.csv?outcome=" + enc("server-error") + "&region=europe").body();
      List<CSVRecord> one =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(europeCsv))
              .getRecords();
      assertThat(one).hasSize(1);
      assertThat(one.getFirst().get("url")).isEqualTo(expected.get(2)[2]);
    }
  }

  /** {@code n} groups under a top-level region with a checkable link, {@code first} first. */
  private static List<Group> checkable(
      Directory d, String region, int n, @org.jspecify.annotations.Nullable Group first) {
    List<Group> out = new ArrayList<>();
    if (first != null) {
      out.add(first);
    }
    var under = d.groupsUnder(region);
    for (Group g : d.groups()) {
      if (out.size() == n) {
        break;
      }
      if (g != first
          && under.contains(g.slug())
          && !LinkChecker.linksOf(List.of(g)).isEmpty()
          && d.regionsOf(g.slug()).size() == 1) {
        out.add(g);
      }
    }
    assertThat(out).hasSize(n);
    return out;
  }

  private static Link link(Group g) {
    return LinkChecker.linksOf(List.of(g)).getFirst().getValue();
  }

  private static void record(Observations obs, Group g, Outcome o, int status, Instant at) {
    Link l = link(g);
    obs.record(
        new LinkCheck(0, g.id(), l.identity(), l.url(), o, status, l.url(), null, 12, at, ""));
  }

  private static String[] row(Group g, String region, String outcome, Instant since) {
    return new String[] {g.slug(), region, link(g).url(), outcome, since.toString()};
  }

  private static List<String> urls(List<String[]> rows) {
    return rows.stream().map(r -> r[2]).toList();
  }

  private static Instant days(int n) {
    return T0.plusSeconds(86_400L * n);
  }

  /** The URL cell of each row of the page's table, in order. */
  private static List<String> pageRows(String html) {
    return Jsoup.parse(html).select("table.links tbody tr td.url").stream()
        .map(Element::text)
        .toList();
  }

  private static List<String> perRegion(String html) {
    return Jsoup.parse(html).select("ul.per-region li").stream().map(Element::text).toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.checks.LinkHistory;
import org.localgroups.checks.Observations;
import org.localgroups.checks.Outcomes;
import org.localgroups.directory.Group;
import org.localgroups.fetch.Outcome;
import org.localgroups.fetch.ScriptedServer;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;

/**
 * {@code check-links}, {@code confirm} and {@code report} from the command line, over a store of
 * two groups whose links lead to a loopback server ({@code --allow-net 127.0.0.0/8}); bad input
 * exits 2 or 3 with a message and leaves the observations as they were.
 */
@Timeout(120)
class CheckLinksCommandIT {
  @TempDir static Path data;
  private static ScriptedServer server;
  private static String alpha;
  private static String beta;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void groupsWithLoopbackLinks() throws IOException {
    server =
        ScriptedServer.start(
            "127.0.0.1",
            (req, out) ->
                switch (req.path()) {
                  case "/ok" -> ScriptedServer.answer(req, out, 200, "text/html", "<h1>alpha</h1>");
                  default -> ScriptedServer.answer(req, out, 404, "text/plain", "no");
                });
    String base = "http://127.0.0.1:" + server.port();
    Path page = data.resolve("two.moin");
    Files.writeString(
        page,
        "= Groups =\n"
            + "== Testland ==\n"
            + " * [["
            + base
            + "/ok|Alpha Python User Group]] - Alpha\n"
            + " * [["
            + base
            + "/gone|Beta Python User Group]] - Beta\n",
        StandardCharsets.UTF_8);
    Run imported = Run.of("import", page.toString(), "--data", store().toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    try (DirectoryStore s = Stores.sqlite(store())) {
      List<Group> groups = s.directory().groups();
      assertThat(groups).hasSize(2);
      alpha = groups.get(0).slug();
      beta = groups.get(1).slug();
    }
    assertThat(alpha).contains("alpha");
    assertThat(beta).contains("beta");
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static Path store() {
    return data.resolve("store");
  }

  private static Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(store().toString());
    return Run.of(all.toArray(String[]::new));
  }

  /** The observations' version and what they hold: checks per group and link, statements. */
  private static String observations() {
    try (DirectoryStore s = Stores.sqlite(store())) {
      Observations o = new Observations(s.database());
      return o.version() + " " + o.histories() + " " + o.statements();
    }
  }

  private static int checksKept() {
    try (DirectoryStore s = Stores.sqlite(store())) {
      return new Observations(s.database())
          .histories().values().stream()
              .mapToInt(m -> m.values().stream().mapToInt(LinkHistory::checks).sum())
              .sum();
    }
  }

  private static Map<String, Integer> statementsPerGroup() {
    try (DirectoryStore s = Stores.sqlite(store())) {
      Map<String, Integer> out = new java.util.TreeMap<>();
      new Observations(s.database()).statements().forEach((g, l) -> out.put(g, l.size()));
      return out;
    }
  }

  @Test
  void jsonPrintsOneObjectPerLinkWithWhatWasFound() throws IOException {
    int before = checksKept();
    Run r = run("check-links", "--json", "--allow-net", "127.0.0.0/8");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    Map<String, JsonNode> byGroup = new java.util.HashMap<>();
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      byGroup.put(n.get("group").asText(), n);
    }
    String base = "http://127.0.0.1:" + server.port();
    JsonNode a = byGroup.get(alpha);
    assertThat(a.get("url").asText()).isEqualTo(base + "/ok");
    assertThat(a.get("outcome").asText()).isEqualTo(Outcomes.id(Outcome.OK));
    assertThat(a.get("statusCode").asInt()).isEqualTo(200);
    assertThat(a.get("finalUrl").asText()).isEqualTo(base + "/ok");
    assertThat(a.get("millis").isIntegralNumber()).isTrue();
    assertThat(a.get("millis").asLong()).isBetween(0L, 30_000L);
    JsonNode b = byGroup.get(beta);
    assertThat(b.get("url").asText()).isEqualTo(base + "/gone");
    assertThat(b.get("outcome").asText()).isEqualTo(Outcomes.id(Outcome.NOT_FOUND));
    assertThat(b.get("statusCode").asInt()).isEqualTo(404);
    assertThat(checksKept()).isEqualTo(before + 2);
  }

  @Test
  void withoutJsonASummaryPerOutcome() {
    Run r = run("check-links", "--allow-net", "127.0.0.0/8");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> rows = r.out().lines().map(String::strip).toList();
    assertThat(rows.get(0)).matches("Outcome\\s+Links");
    assertThat(rows)
        .anyMatch(
            l -> l.matches(java.util.regex.Pattern.quote(Outcomes.label(Outcome.OK)) + "\\s+1"));
    assertThat(rows)
        .anyMatch(
            l ->
                l.matches(
                    java.util.regex.Pattern.quote(Outcomes.label(Outcome.NOT_FOUND)) + "\\s+1"));
    assertThat(rows).anyMatch(l -> l.matches("Total\\s+2"));
    assertThat(r.out()).doesNotContain("{");
  }

  @Test
  void groupRestrictsTheCheckToOneGroup() throws IOException {
    int before = checksKept();
    int requests = server.requests.get();
    Run r = run("check-links", "--json", "--group", beta, "--allow-net", "127.0.0.0/8");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(JSON.readTree(lines.get(0)).get("group").asText()).isEqualTo(beta);
    assertThat(checksKept()).isEqualTo(before + 1);
    assertThat(server.requests.get()).isGreaterThan(requests);
  }

  @Test
  void badCheckInputIsRefusedAndKeepsTheObservations() {
    String before = observations();
    int requests = server.requests.get();

    Run zero = run("check-links", "--concurrency", "0", "--allow-net", "127.0.0.0/8");
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).contains("concurrency").contains("0");

    Run many = run("check-links", "--concurrency", "65", "--allow-net", "127.0.0.0/8");
    assertThat(many.exit()).isEqualTo(2);
    assertThat(many.err()).contains("concurrency");

    Run cidr = run("check-links", "--allow-net", "not-a-cidr");
    assertThat(cidr.exit()).isEqualTo(2);
    assertThat(cidr.err()).contains("not-a-cidr");

    Run unknown = run("check-links", "--group", "no-such-group", "--allow-net", "127.0.0.0/8");
    assertThat(unknown.exit()).isEqualTo(3);
    assertThat(unknown.err()).contains("no-such-group");

    assertThat(observations()).isEqualTo(before);
    assertThat(server.requests.get()).isEqualTo(requests);
  }

  @Test
  void confirmAndReportAreRecorded() {
    Map<String, Integer> before = statementsPerGroup();
    Run c = run("confirm", alpha, "--by", "ana", "--note", "met them last week");
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).startsWith(alpha + ": ");
    Run r = run("report", beta, "--reason", "no meetings since 2019", "--by", "bo");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith(beta + ": ");

    Map<String, Integer> after = statementsPerGroup();
    int total = after.values().stream().mapToInt(Integer::intValue).sum();
    int was = before.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(total).isEqualTo(was + 2);
    try (DirectoryStore s = Stores.sqlite(store())) {
      var d = s.directory();
      var statements = new Observations(s.database()).statements();
      String alphaId = d.group(alpha).orElseThrow().id();
      String betaId = d.group(beta).orElseThrow().id();
      assertThat(statements.get(alphaId))
          .anyMatch(st -> st.by().equals("ana") && st.said().equals("met them last week"));
      assertThat(statements.get(betaId))
          .anyMatch(st -> st.by().equals("bo") && st.said().equals("no meetings since 2019"));
    }
  }

  @Test
  void badConfirmOrReportIsRefusedAndKeepsTheObservations() {
    String before = observations();
    Run unknown = run("confirm", "no-such-group", "--by", "ana");
    assertThat(unknown.exit()).isEqualTo(3);
    assertThat(unknown.err()).contains("no-such-group");

    Run unknownReport = run("report", "no-such-group", "--reason", "gone");
    assertThat(unknownReport.exit()).isEqualTo(3);

    Run noName = run("confirm", alpha, "--by", "  ");
    assertThat(noName.exit()).isEqualTo(2);
    assertThat(noName.err()).contains("--by");

    Run noReason = run("report", alpha, "--reason", "");
    assertThat(noReason.exit()).isEqualTo(2);
    assertThat(noReason.err()).contains("--reason");

    Run longReason = run("report", alpha, "--reason", "x".repeat(501));
    assertThat(longReason.exit()).isEqualTo(2);
    assertThat(longReason.err()).contains("--reason").contains("500");

    Run longName = run("confirm", alpha, "--by", "n".repeat(201));
    assertThat(longName.exit()).isEqualTo(2);
    assertThat(longName.err()).contains("--by");

    Run control = run("confirm", alpha, "--by", "ana", "--note", "bell\u0007");
    assertThat(control.exit()).isEqualTo(2);

    assertThat(observations()).isEqualTo(before);
  }
}

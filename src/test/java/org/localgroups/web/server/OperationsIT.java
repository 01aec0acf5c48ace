package org.localgroups.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.localgroups.web.FixedSource;
import org.localgroups.web.FixtureDirectory;
import org.localgroups.web.FixtureGazetteer;
import org.localgroups.web.Fixtures;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;

/** /healthz, /readyz, /metrics and the request log, over HTTP on loopback. */
class OperationsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  private record Answer(int status, String body, HttpResponse<String> response) {}

  private void withServer(WebServices services, RequestLog log, Consumer<String> test) {
    Javalin app =
        WebApp.create(services, WebConfig.defaults(), ClientLimits.defaults(), log)
            .start("127.0.0.1", 0);
    try {
      test.accept("http://127.0.0.1:" + app.port());
    } finally {
      app.stop();
    }
  }

  private Answer get(String url, String... headers) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
      if (headers.length > 0) {
        b.headers(headers);
      }
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode json(Answer a) {
    try {
      return JSON.readTree(a.body());
    } catch (Exception e) {
      throw new AssertionError(a.body(), e);
    }
  }

  @Test
  void aliveAndReadyWhenTheDatabaseAnswersAndTheGazetteerIsLoaded() {
    withServer(
        Fixtures.services(),
        RequestLog.off(),
        base -> {
          Answer alive = get(base + "/healthz");
          assertThat(alive.status()).isEqualTo(200);
          assertThat(alive.body()).isEqualTo("ok");
          Answer ready = get(base + "/readyz");
          assertThat(ready.status()).isEqualTo(200);
          JsonNode body = json(ready);
          assertThat(body.path("status").asText()).isEqualTo("ready");
          assertThat(body.path("checks").path("database").asText()).isEqualTo("ok");
          assertThat(body.path("checks").path("index").asText()).startsWith("current at version");
          assertThat(body.path("checks").path("gazetteer").asText()).isEqualTo("loaded");
          // not for other websites
          assertThat(ready.response().headers().firstValue("Access-Control-Allow-Origin"))
              .isEmpty();
        });
  }

  @Test
  void notReadyWhileTheGazetteerLoadsOrWhenTheDatabaseIsGone() {
    FixtureGazetteer loading =
        new FixtureGazetteer() {
          @Override
          public boolean ready() {
            return false;
          }
        };
    FixedSource source = new FixedSource(FixtureDirectory.directory());
    withServer(
        Fixtures.services(source, loading),
        RequestLog.off(),
        base -> {
          Answer notYet = get(base + "/readyz");
          assertThat(notYet.status()).isEqualTo(503);
          assertThat(json(notYet).path("checks").path("gazetteer").asText()).isEqualTo("loading");
          source.breakDown();
          Answer broken = get(base + "/readyz");
          assertThat(broken.status()).isEqualTo(503);
          assertThat(json(broken).path("checks").path("database").asText())
              .startsWith("unavailable");
          // alive all the same: a load balancer stops sending traffic, nobody restarts it
          assertThat(get(base + "/healthz").status()).isEqualTo(200);
        });
  }

  @Test
  void metricsCountEachRouteByItsTemplateForThisMachineOnly() {
    withServer(
        Fixtures.services(),
        RequestLog.off(),
        base -> {
          assertThat(get(base + "/groups/pykrakow").status()).isEqualTo(200);
          assertThat(get(base + "/groups/no-such-group").status()).isEqualTo(404);
          assertThat(get(base + "/api/near?lat=50&lon=20").status()).isEqualTo(200);
          Answer metrics = get(base + "/metrics");
          assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
          assertThat(metrics.response().headers().firstValue("Content-Type").orElse(""))
              .startsWith("text/plain");
          assertThat(metrics.body())
              .contains("http_server_requests_seconds_bucket{")
              .containsPattern(
                  "http_server_requests_seconds_count\\{[^}]*route=\"/groups/\\{slug\\}\""
                      + "[^}]*status=\"200\"[^}]*\\} 1")
              .containsPattern(
                  "http_server_requests_seconds_count\\{[^}]*route=\"/groups/\\{slug\\}\""
                      + "[^}]*status=\"404\"[^}]*\\} 1")
              .contains("route=\"/api/near\"")
              // the address asked is never a label: labels stay a bounded set
              .doesNotContain("pykrakow")
              .doesNotContain("no-such-group")
              .contains("localgroups_directory_groups 15.0")
              .contains("jvm_memory_used_bytes");
          // through a reverse proxy on this machine: refused
          for (String header : List.of("X-Forwarded-For", "Forwarded", "X-Real-IP")) {
            Answer proxied = get(base + "/metrics", header, "203.0.113.9");
            assertThat(proxied.status()).as(header).isEqualTo(403);
            assertThat(proxied.body()).contains("this machine only").doesNotContain("jvm_");
          }
        });
  }

  @Test
  void onlyLoopbackAddressesAreThisMachine() {
    assertThat(Operations.isLoopback("127.0.0.1")).isTrue();
    assertThat(Operations.isLoopback("127.9.8.7")).isTrue();
    assertThat(Operations.isLoopback("::1")).isTrue();
    assertThat(Operations.isLoopback("[0:0:0:0:0:0:0:1]")).isTrue();
    assertThat(Operations.isLoopback("10.0.0.1")).isFalse();
    assertThat(Operations.isLoopback("203.0.113.9")).isFalse();
    assertThat(Operations.isLoopback("fe80::1")).isFalse();
    // a name is never looked up
    assertThat(Operations.isLoopback("localhost")).isFalse();
    assertThat(Operations.isLoopback("")).isFalse();
  }

  @Test
  void theRequestLogWritesOneJsonObjectPerRequest() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RequestLog log =
        new RequestLog(RequestLog.Format.JSON, new PrintStream(out, true, StandardCharsets.UTF_8));
    withServer(
        Fixtures.services(),
        log,
        base -> {
          get(base + "/groups/pykrakow");
          get(base + "/groups/%22%3E%3Cscript%3E");
          get(base + "/healthz");
        });
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode first = json(new Answer(0, lines.get(0), null));
    assertThat(first.path("method").asText()).isEqualTo("GET");
    assertThat(first.path("path").asText()).isEqualTo("/groups/pykrakow");
    assertThat(first.path("route").asText()).isEqualTo("/groups/{slug}");
    assertThat(first.path("status").asInt()).isEqualTo(200);
    assertThat(first.path("ms").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(first.path("client").asText()).isEqualTo("127.0.0.1");
    assertThat(first.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    JsonNode hostile = json(new Answer(0, lines.get(1), null));
    assertThat(hostile.path("status").asInt()).isEqualTo(404);
    assertThat(hostile.path("path").asText()).doesNotContain("<").doesNotContain("\"");
  }
}

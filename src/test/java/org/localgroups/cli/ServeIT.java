package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.web.RawHttp;

/**
 * {@code localgroups serve} as started from the command line with no options but its data folder
 * (the seed imported before), in a child JVM: where it listens, and what its log says about hostile
 * requests (issue 13).
 */
class ServeIT {
  @TempDir static Path data;
  private static ServeProcess server;

  @BeforeAll
  static void start() throws Exception {
    server = ServeProcess.start(ServeProcess.seeded(data), "--log-format", "json");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void listensOnLoopbackByDefault() throws Exception {
    assertThat(server.announcedHost()).isEqualTo("127.0.0.1");
    var health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void undecodableAddressesAre400sLoggedInOneLineEach() throws Exception {
    List<String> targets =
        List.of(
            "/groups/%u0041",
            "/api/groups/%u0041",
            "/regions/%u0041",
            "/api/regions/%u0041",
            "/api/export/%u0041",
            "/groups/%C0%AF",
            "/api/groups/%ED%A0%80",
            "/groups/%FF");
    int requests = 1000;
    int before = server.output().size();
    for (int i = 0; i < requests; i++) {
      String target = targets.get(i % targets.size());
      assertThat(RawHttp.get(server.port(), target).status()).as(target).isEqualTo(400);
    }
    // the log is written as the answers go out; give the last lines a moment to come through
    Thread.sleep(500);
    List<String> all = server.output().subList(before, server.output().size());
    // the request log: one JSON line per request, on standard output
    List<String> requestLines = all.stream().filter(l -> l.startsWith("{\"time\":")).toList();
    assertThat(requestLines).hasSize(requests).allMatch(l -> l.contains("\"status\":400"));
    // and the reason, at most one line each
    List<String> logged = all.stream().filter(l -> !l.startsWith("{\"time\":")).toList();
    long bytes = logged.stream().mapToLong(l -> l.length() + 1).sum();
    System.out.printf(
        "%d undecodable addresses: %d log lines, %d bytes%n", requests, logged.size(), bytes);
    assertThat(logged).hasSizeLessThanOrEqualTo(requests);
    assertThat(logged)
        .noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception") || l.contains("ERROR"));
    assertThat(bytes).isLessThan(requests * 250L);
  }
}

package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.web.RawHttp.Answer;
import org.localgroups.web.server.ClientLimits;
import org.localgroups.web.server.WebApp;

/**
 * Issue 13: what hostile or broken clients send, over raw sockets to the whole web app on a random
 * port: malformed addresses on every route, requests Jetty refuses before routing, requests that
 * never finish, more connections than one address may hold, and who may read /health.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Path segments that decode to nothing sensible, or are built to trip decoders: non-standard
   * {@code %u} escapes, broken escapes, overlong and surrogate UTF-8, bytes that are never UTF-8,
   * control characters, traversal, and a segment over 4 KB.
   */
  static final List<String> MALFORMED =
      List.of(
          "%u0041",
          "%",
          "%z",
          "%zz",
          "%%",
          "a%2",
          "%C0%AF",
          "%C0%80",
          "%E0%80%AF",
          "%ED%A0%80",
          "%F4%90%80%80",
          "%F8%88%80%80%80",
          "%FF",
          "%FE%FF",
          "%C3",
          "%E2%82",
          "%00",
          "a%00b",
          "%0A",
          "%0D%0ASet-Cookie:x=1",
          "%1B[31m",
          "%7F",
          "%2F",
          "%5C",
          "..%2F..%2Fetc%2Fpasswd",
          "%2e%2e",
          ".%2e",
          "%25",
          "%2525",
          "%u",
          "+%20+",
          "%EF%BB%BF",
          "a".repeat(4000),
          "%41".repeat(1300),
          "%C3%A9".repeat(600));

  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;
  private int port;

  @BeforeAll
  void start() {
    app = WebApp.create(Fixtures.services(), WebConfig.defaults()).start("127.0.0.1", 0);
    port = app.port();
  }

  @AfterAll
  void stop() {
    app.stop();
  }

  /** Every GET route the app has, as registered (a new page is fuzzed without editing this). */
  private List<String> routes() {
    TreeSet<String> routes = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(e -> e.endpoint.method == HandlerType.GET)
        .forEach(e -> routes.add(e.endpoint.path));
    routes.add("/static/site.css");
    return List.copyOf(routes);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void malformedEncodingsOnEveryRouteAreNeverA5xxNorShowInternals() throws Exception {
    List<String> routes = routes();
    assertThat(routes).contains("/groups/{slug}", "/api/export/{format}", "/health", "/near");
    List<String> targets = new ArrayList<>();
    for (String route : routes) {
      for (String bad : MALFORMED) {
        if (route.contains("{")) {
          targets.add(route.replaceAll("\\{[^}]+}", bad));
        } else {
          targets.add(route + (route.endsWith("/") ? "" : "/") + bad);
          targets.add(route + bad);
        }
        targets.add(route.replaceAll("\\{[^}]+}", "x") + "?q=" + bad + "&lat=" + bad);
      }
    }
    List<String> failures = new ArrayList<>();
    for (String target : targets) {
      Answer a = RawHttp.get(port, target);
      if (a.status() < 400 && !target.contains("?") && a.status() != 0) {
        // a malformed path must not find anything either (redirects included)
        if (a.status() != 404) {
          failures.add(a.status() + " for " + RawHttp.shortened(target));
        }
      }
      if (a.status() == 0 || a.status() >= 500) {
        failures.add(a.status() + " for " + RawHttp.shortened(target));
      }
      if (a.body().contains("\tat ")
          || a.body().contains("Exception")
          || a.body().contains("org.eclipse")
          || a.body().contains("java.")) {
        failures.add("internals shown for " + RawHttp.shortened(target));
      }
    }
    System.out.printf(
        "fuzzed %d routes x %d malformed encodings: %d requests, %d failures%n",
        routes.size(), MALFORMED.size(), targets.size(), failures.size());
    assertThat(failures).as("of %d requests", targets.size()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/groups/", "/regions/"})
  void undecodableSlugsOnPagesAre400Pages(String route) throws Exception {
    for (String bad : List.of("%u0041", "%C0%AF", "%ED%A0%80", "%FF", "%0A")) {
      Answer a = RawHttp.get(port, route + bad);
      assertThat(a.status()).as(route + bad).isEqualTo(400);
      assertThat(a.header("Content-Type")).as(route + bad).startsWith("text/html");
      assertThat(a.body()).as(route + bad).contains("<!DOCTYPE html>").contains("malformed");
      assertSecurityHeaders(a, route + bad);
    }
    // Jetty cannot read these addresses at all, so it does not know they are a page's: a problem
    for (String bad : List.of("%", "%zz", "%00")) {
      Answer a = RawHttp.get(port, route + bad);
      assertThat(a.status()).as(route + bad).isEqualTo(400);
      assertProblem(a, route + bad, 400);
      assertSecurityHeaders(a, route + bad);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/groups/", "/api/regions/", "/api/export/"})
  void undecodableSlugsAndFormatsInTheApiAre400Problems(String route) throws Exception {
    for (String bad : List.of("%u0041", "%", "%zz", "%C0%AF", "%ED%A0%80", "%FF", "%00")) {
      Answer a = RawHttp.get(port, route + bad);
      assertThat(a.status()).as(route + bad).isEqualTo(400);
      assertProblem(a, route + bad, 400);
      assertSecurityHeaders(a, route + bad);
    }
  }

  /** Requests Jetty answers itself, before any route: our headers, problem+json under /api. */
  @Test
  void errorsJettyAnswersCarryOurSecurityHeaders() throws Exception {
    Map<String, Integer> pageRequests =
        Map.of(
            "GARBAGE\r\n\r\n",
            400,
            "GET / HTTP/3.0\r\nHost: x\r\n\r\n",
            505,
            "GET /\u0001 HTTP/1.1\r\nHost: x\r\n\r\n",
            400,
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n",
            431,
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            414,
            "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
            400,
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
            400,
            "GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
            400);
    for (Map.Entry<String, Integer> e : pageRequests.entrySet()) {
      String request = e.getKey();
      Answer a = send(request);
      String what = RawHttp.shortened(request);
      assertThat(a.status()).as(what + " -> " + a.body()).isEqualTo(e.getValue());
      assertSecurityHeaders(a, what);
      assertThat(a.body()).as(what).doesNotContain("Exception").doesNotContain("jetty");
      if (a.header("Content-Type").startsWith("text/html")) {
        assertThat(a.body()).as(what).contains("<!DOCTYPE html>");
      }
    }
    Answer headers =
        send("GET /api/groups HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
    assertThat(headers.status()).isEqualTo(431);
    assertProblem(headers, "431 on /api", 431);
    assertSecurityHeaders(headers, "431 on /api");
  }

  @Test
  void healthIsNotReadableByOtherWebsitesButTheApiIs() throws Exception {
    var health = getFromAnotherSite("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    var api = getFromAnotherSite("/api/groups");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  /** A GET as a script on another website sends it. */
  private HttpResponse<String> getFromAnotherSite(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Origin", "https://elsewhere.example")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Connections that never finish their headers are closed after the header timeout (5 s), not kept
   * for the 30 s idle timeout: nothing sent, garbage without an end of line, headers a byte at a
   * time, and a slow second request on a kept-alive connection. Run side by side.
   */
  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void requestsThatNeverFinishTheirHeadersAreClosedWithinSeconds() throws Exception {
    Duration deadline = ClientLimits.DEFAULT_HEADER_TIMEOUT;
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    try {
      Future<Duration> silent = pool.submit(() -> closedAfter(socket -> {}));
      Future<Duration> garbage =
          pool.submit(() -> closedAfter(socket -> write(socket, "xyzzy plugh")));
      Future<Duration> trickle =
          pool.submit(
              () ->
                  closedAfter(
                      socket -> {
                        for (char c : "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".toCharArray()) {
                          write(socket, String.valueOf(c));
                        }
                        for (int i = 0; i < 60; i++) {
                          Thread.sleep(500);
                          write(socket, "a");
                        }
                      }));
      Future<Duration> keptAlive =
          pool.submit(
              () ->
                  closedAfter(
                      socket -> {
                        write(socket, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
                        readAnswer(socket);
                        Thread.sleep(1000);
                        write(socket, "GET /hello HTTP/1.1\r\n");
                        for (int i = 0; i < 60; i++) {
                          Thread.sleep(500);
                          write(socket, "X-Slow: a\r\n");
                        }
                      }));
      for (var entry :
          Map.of("silent", silent, "garbage", garbage, "trickle", trickle, "kept alive", keptAlive)
              .entrySet()) {
        Duration closed = entry.getValue().get(50, TimeUnit.SECONDS);
        assertThat(closed)
            .as(entry.getKey() + " connection closed after")
            .isGreaterThanOrEqualTo(deadline.minusMillis(500))
            .isLessThan(deadline.plusSeconds(10));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void connectionsOverTheLimitPerAddressAreClosedAndTheOthersServed() throws Exception {
    int limit = 8;
    Javalin limited =
        WebApp.create(
                Fixtures.services(),
                WebConfig.defaults(),
                ClientLimits.defaults().withConnectionsPerAddress(limit))
            .start("127.0.0.1", 0);
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < limit; i++) {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", limited.port()), 5000);
        held.add(s);
      }
      for (int i = 0; i < 3; i++) {
        try (Socket over = new Socket()) {
          over.connect(new InetSocketAddress("127.0.0.1", limited.port()), 5000);
          over.setSoTimeout(5000);
          // closed before anything is read: the request goes nowhere, the read ends at once
          try {
            write(over, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
          } catch (IOException e) {
            // reset already
          }
          assertThat(readAnswer(over)).as("connection %d over the limit", i + 1).isEmpty();
        }
      }
      Socket first = held.getFirst();
      first.setSoTimeout(5000);
      write(first, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(readAnswer(first)).startsWith("HTTP/1.1 200").endsWith("hello");
      first.close();
      held.removeFirst();
      // one ended: the next is served
      Answer again =
          eventually(() -> RawHttp.get(limited.port(), "/hello"), a -> a.status() == 200);
      assertThat(again.body()).isEqualTo("hello");
    } finally {
      for (Socket s : held) {
        s.close();
      }
      limited.stop();
    }
  }

  // ---- helpers ----

  private Answer send(String request) throws IOException {
    return RawHttp.send(
        port, request.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(30));
  }

  private static void assertSecurityHeaders(Answer a, String what) {
    assertThat(a.header("Content-Security-Policy"))
        .as(what)
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(a.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(a.header("X-Frame-Options")).as(what).isEqualTo("DENY");
    assertThat(a.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
    assertThat(a.header("Permissions-Policy")).as(what).isNotEmpty();
  }

  private static void assertProblem(Answer a, String what, int status) throws IOException {
    assertThat(a.header("Content-Type")).as(what).startsWith("application/problem+json");
    JsonNode p = JSON.readTree(a.body());
    assertThat(p.path("status").asInt()).as(what).isEqualTo(status);
    assertThat(p.path("type").asText()).as(what).startsWith("/problems/");
    assertThat(p.path("detail").asText()).as(what).isNotBlank();
  }

  private interface SocketWork {
    void run(Socket socket) throws Exception;
  }

  /** Connects, does the work, and returns how long until the server closed the connection. */
  private Duration closedAfter(SocketWork work) throws Exception {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      long opened = System.nanoTime();
      Thread watcher =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      work.run(socket);
                    } catch (Exception e) {
                      // the server closed the connection while we were still sending
                    }
                  });
      socket.setSoTimeout(40_000);
      InputStream in = socket.getInputStream();
      try {
        while (in.read() >= 0) {
          // the answers to complete requests, until the server closes
        }
      } catch (IOException e) {
        // reset: closed as well
      }
      Duration closed = Duration.ofNanos(System.nanoTime() - opened);
      watcher.interrupt();
      // time from the first byte of the unfinished request, for the kept-alive case
      return closed;
    }
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Reads one small answer (or nothing, when the server closes): until a pause or the end. */
  private static String readAnswer(Socket socket) throws IOException {
    socket.setSoTimeout(5000);
    byte[] buffer = new byte[8192];
    int n;
    try {
      n = socket.getInputStream().read(buffer);
    } catch (java.net.SocketException e) {
      return "";
    }
    return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
  }

  private static Answer eventually(Callable<Answer> call, java.util.function.Predicate<Answer> done)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Answer last = call.call();
    while (!done.test(last) && System.nanoTime() < end) {
      Thread.sleep(100);
      last = call.call();
    }
    return last;
  }
}

package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §1: clients that ask for large exports and never read the answers must not stall anyone
 * else. The real server ({@code localgroups serve} in a child JVM with its production heap, on the
 * seed page) is attacked by 300 connections that each pipeline 40 requests for the JSON export (250
 * KB) and never read, while a normal visitor browses; the visitor's latencies are measured with and
 * without the attack and printed.
 */
class SlowReaderIT {
  static final int CONNECTIONS = 300;
  static final int PIPELINED = 40;
  static final String EXPORT = "/api/export/json";

  /** How long the visitor is measured without the attack, and then under it. */
  static final Duration QUIET = Duration.ofSeconds(3);

  static final Duration ATTACK = Duration.ofSeconds(6);

  /**
   * The target is under 1 s every time; the bound asserted is looser so that a loaded
   * 2-core machine cannot fail it, and still far below the 27 s stall it guards against. The
   * figures measured are printed.
   */
  static final Duration VISITOR_BOUND = Duration.ofSeconds(5);

  /** What a visitor asks for, in turn. */
  static final List<String> VISITOR_PATHS =
      List.of(
          "/", "/groups/pykonik", "/api/near?q=Cracow", "/regions/poland", "/api/groups/pykonik");

  /** One data folder for both tests: the seed is imported once. */
  @TempDir static Path data;

  @BeforeAll
  static void importSeed() {
    ServeProcess.seeded(data);
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aVisitorIsAnsweredPromptlyWhileSlowReadersHoldLargeExports() throws Exception {
    // the server as `localgroups serve` runs it: its own JVM with the production heap, defaults.
    // The attackers share the visitor's address (127.0.0.1), so most of their connections are
    // closed at once by the limit per address; the visitor's connection, opened before, is kept.
    try (ServeProcess server = ServeProcess.start(data)) {
      attackWhileVisiting(server.port(), "serve, defaults (child JVM, -Xmx256m)");
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void withoutALimitPerAddressTheSlowReadersStallNobodyEither() throws Exception {
    // as when they come from 300 addresses, or behind a reverse proxy: all 300 connections are
    // held, each with an answer it does not read
    try (ServeProcess server = ServeProcess.start(data, "--connections-per-address", "0")) {
      attackWhileVisiting(server.port(), "serve --connections-per-address 0 (child JVM, -Xmx256m)");
    }
  }

  private static void attackWhileVisiting(int port, String setting) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    String base = "http://127.0.0.1:" + port;
    // warm up: the JIT and the rendered exports, so that both runs measure the same server
    visit(http, base, Duration.ofSeconds(1));
    http.send(
        HttpRequest.newBuilder(URI.create(base + EXPORT)).build(),
        HttpResponse.BodyHandlers.discarding());

    Latencies quiet = visit(http, base, QUIET);
    Latencies attacked;
    SlowReaders attack = SlowReaders.open(port, CONNECTIONS, PIPELINED, EXPORT);
    try {
      attacked = visit(http, base, ATTACK);
    } finally {
      attack.close();
    }
    System.out.printf(
        "slow readers, %s: %d connections each pipelining %d x %s, never read%n"
            + "  visitor without the attack: %s%n  visitor under the attack:   %s%n",
        setting, CONNECTIONS, PIPELINED, EXPORT, quiet, attacked);

    assertThat(attacked.failures()).as("visitor's failed requests under the attack").isEmpty();
    assertThat(attacked.count()).isPositive();
    assertThat(attacked.maxMillis())
        .as("the visitor's slowest answer under the attack (%s)", attacked)
        .isLessThan(VISITOR_BOUND.toMillis());
  }

  /** A visitor asking one page after another for this long. */
  private static Latencies visit(HttpClient http, String base, Duration duration)
      throws InterruptedException {
    List<Long> micros = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    long end = System.nanoTime() + duration.toNanos();
    for (int i = 0; System.nanoTime() < end; i++) {
      String path = VISITOR_PATHS.get(i % VISITOR_PATHS.size());
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build();
      long started = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
          failures.add(path + " -> " + r.statusCode());
        }
      } catch (IOException e) {
        failures.add(path + " -> " + e);
      }
      micros.add((System.nanoTime() - started) / 1000);
      Thread.sleep(20);
    }
    return new Latencies(micros.stream().sorted().toList(), failures);
  }

  record Latencies(List<Long> sortedMicros, List<String> failures) {
    int count() {
      return sortedMicros.size();
    }

    double percentileMillis(double p) {
      if (sortedMicros.isEmpty()) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100 * sortedMicros.size()) - 1;
      return sortedMicros.get(Math.max(0, Math.min(sortedMicros.size() - 1, i))) / 1000.0;
    }

    long maxMillis() {
      return sortedMicros.isEmpty() ? 0 : sortedMicros.getLast() / 1000;
    }

    @Override
    public String toString() {
      return String.format(
          "%d requests, p50 %.1f ms, p99 %.1f ms, max %d ms, %d failed%s",
          count(),
          percentileMillis(50),
          percentileMillis(99),
          maxMillis(),
          failures.size(),
          failures.isEmpty() ? "" : " " + failures.subList(0, Math.min(5, failures.size())));
    }
  }

  /**
   * Connections that each send a burst of pipelined requests and never read a byte of the answers,
   * held open until closed. A small receive buffer, as a careful attacker would choose, so that the
   * server's answers back up sooner.
   */
  static final class SlowReaders implements AutoCloseable {
    private final ConcurrentLinkedQueue<Socket> sockets = new ConcurrentLinkedQueue<>();

    static SlowReaders open(int port, int connections, int pipelined, String path)
        throws InterruptedException {
      SlowReaders attack = new SlowReaders();
      byte[] burst =
          ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
              .repeat(pipelined)
              .getBytes(StandardCharsets.US_ASCII);
      List<Thread> openers = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        openers.add(Thread.ofVirtual().start(() -> attack.connect(port, burst)));
      }
      for (Thread t : openers) {
        t.join(Duration.ofSeconds(30));
      }
      return attack;
    }

    private void connect(int port, byte[] burst) {
      Socket socket = new Socket();
      try {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(burst);
        out.flush();
      } catch (IOException e) {
        // refused or reset by the server: that connection holds nothing
        try {
          socket.close();
        } catch (IOException ignored) {
          // already gone
        }
      }
    }

    @Override
    public void close() {
      for (Socket s : sockets) {
        try {
          s.close();
        } catch (IOException e) {
          // already closed by the server
        }
      }
    }
  }
}

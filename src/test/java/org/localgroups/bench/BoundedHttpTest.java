package org.localgroups.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.localgroups.LocalGroupsException;

/**
 * The load bench ends, with an error, when the server is stuck: against loopback servers that
 * accept and never answer, or stop in the middle of a body. The {@code @Timeout}s only say "it
 * ends"; they are far above the client's bound.
 */
class BoundedHttpTest {
  private static final Duration BOUND = Duration.ofMillis(500);

  private final List<AutoCloseable> opened = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void closeServers() throws Exception {
    release.countDown();
    List<AutoCloseable> all;
    synchronized (opened) {
      all = List.copyOf(opened);
    }
    for (AutoCloseable each : all) {
      each.close();
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aServerThatAcceptsAndNeverAnswersEndsTheCallWithAnError() throws Exception {
    String url = serve(new byte[0]) + "/health";
    BoundedHttp http = new BoundedHttp(BOUND);

    assertThatThrownBy(() -> http.text(url))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("did not answer GET " + url)
        .extracting(e -> ((LocalGroupsException) e).kind())
        .isEqualTo(LocalGroupsException.Kind.UNAVAILABLE);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aServerThatStopsInTheMiddleOfTheBodyEndsTheCallWithAnError() throws Exception {
    String url =
        serve("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nthe first few bytes".getBytes(UTF8))
            + "/regions";
    BoundedHttp http = new BoundedHttp(BOUND);

    assertThatThrownBy(() -> http.get(url, true))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("did not answer GET " + url);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aServerThatAnswersIsRead() throws Exception {
    String url =
        serve(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"
                    .getBytes(UTF8))
            + "/hello";

    assertThat(new BoundedHttp(BOUND).text(url)).isEqualTo("hello");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aRunThatOutlastsItsBudgetEndsWithAnError() {
    assertThatThrownBy(
            () ->
                LoadBench.withinDeadline(
                    Duration.ofMillis(200),
                    () -> {
                      release.await();
                      return true;
                    }))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("did not end within");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aRunWithinItsBudgetGivesItsAnswerAndItsFailures() throws Exception {
    assertThat(LoadBench.withinDeadline(Duration.ofSeconds(20), () -> false)).isFalse();
    assertThatThrownBy(
            () ->
                LoadBench.withinDeadline(
                    Duration.ofSeconds(20),
                    () -> {
                      throw new IOException("refused");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("refused");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /**
   * A loopback server that reads nothing, writes {@code answer} to each connection and then holds
   * it open without a word more until the test ends.
   */
  private String serve(byte[] answer) throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    synchronized (opened) {
      opened.add(server);
    }
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try {
                while (true) {
                  Socket socket = server.accept();
                  synchronized (opened) {
                    opened.add(socket);
                  }
                  OutputStream out = socket.getOutputStream();
                  out.write(answer);
                  out.flush();
                }
              } catch (IOException e) {
                // the server socket was closed at the end of the test
              }
            });
    return "http://127.0.0.1:" + server.getLocalPort();
  }
}

package org.localgroups.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each outcome of issue 9, played by servers on loopback with the allow-list on (127.0.0.0/8 and
 * ::1) and the connector's guard allowing loopback only. Names resolve through a table.
 */
@Timeout(120)
class SafeFetcherOutcomesTest {
  /** The limits of these tests: short, so that a hang shows; the bounds asserted are generous. */
  private static final Duration CONNECT = Duration.ofMillis(2000);

  private static final Duration TOTAL = Duration.ofMillis(3000);
  private static final long WITHIN = 10_000;

  private static ScriptedServer site;
  private static ScriptedServer silent;
  private static ScriptedServer trickle;
  private static ScriptedServer tls;
  private static SafeFetcher fetcher;
  private static final AtomicInteger once429 = new AtomicInteger();

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    site = ScriptedServer.start("127.0.0.1", SafeFetcherOutcomesTest::site);
    silent =
        ScriptedServer.start(
            "127.0.0.1",
            (req, out) -> {
              Thread.sleep(60_000);
              return false;
            });
    trickle =
        ScriptedServer.start(
            "127.0.0.1",
            (req, out) -> {
              for (byte b :
                  "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                      .getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                Thread.sleep(1_000);
              }
              return false;
            });
    tls =
        ScriptedServer.start(
            selfSigned(dir).getServerSocketFactory(),
            "127.0.0.1",
            (req, out) -> ScriptedServer.answer(req, out, 200, "text/plain", "secret"));
    HostResolver names =
        HostResolver.table(
            Map.of(
                "groups.test", List.of("127.0.0.1"),
                "robots.test", List.of("127.0.0.1"),
                "slow.test", List.of("127.0.0.1"),
                "sedoparking.com", List.of("127.0.0.1"),
                "v6.test", List.of("::1")));
    FetchSettings settings =
        FetchSettings.defaults()
            .withTimeouts(CONNECT, TOTAL)
            .withPerHost(2, Duration.ofMillis(20))
            .withMaxRetryAfter(Duration.ofSeconds(2));
    fetcher =
        new SafeFetcher(
            settings,
            NetPolicy.allowing(List.of("127.0.0.0/8", "::1/128")),
            names,
            ConnectGuard.loopbackOnly());
  }

  @AfterAll
  static void stop() throws IOException {
    fetcher.close();
    site.close();
    silent.close();
    trickle.close();
    tls.close();
  }

  private static boolean site(ScriptedServer.Req req, OutputStream out)
      throws IOException, InterruptedException {
    String p = req.path();
    boolean head = req.method().equals("HEAD");
    return switch (p) {
      case "/ok" -> ScriptedServer.answer(req, out, 200, "text/plain", "hello");
      case "/page" ->
          ScriptedServer.answer(req, out, 200, "text/html", "<h1>Python user group</h1>");
      case "/p301" -> ScriptedServer.redirect(req, out, 301, "/p308");
      case "/p308" ->
          ScriptedServer.redirect(req, out, 308, "http://groups.test:" + site.port() + "/ok");
      case "/t302" -> ScriptedServer.redirect(req, out, 302, "/t303");
      case "/t303" -> ScriptedServer.redirect(req, out, 303, "/t307");
      case "/t307" -> ScriptedServer.redirect(req, out, 307, "/ok");
      case "/mixed" -> ScriptedServer.redirect(req, out, 301, "/t302");
      case "/loop1" -> ScriptedServer.redirect(req, out, 302, "/loop2");
      case "/loop2" -> ScriptedServer.redirect(req, out, 302, "/loop1");
      case "/to404" -> ScriptedServer.redirect(req, out, 301, "/404");
      case "/404" -> ScriptedServer.answer(req, out, 404, "text/plain", "no");
      case "/410" -> ScriptedServer.answer(req, out, 410, "text/plain", "gone");
      case "/500" -> ScriptedServer.answer(req, out, 500, "text/plain", "oops");
      case "/429once" ->
          once429.getAndIncrement() == 0
              ? ScriptedServer.answer(req, out, 429, "text/plain", "slow down", "Retry-After", "1")
              : ScriptedServer.answer(req, out, 200, "text/plain", "fine");
      case "/429always" ->
          ScriptedServer.answer(req, out, 429, "text/plain", "slow down", "Retry-After", "1");
      case "/429hour" ->
          ScriptedServer.answer(req, out, 429, "text/plain", "slow down", "Retry-After", "3600");
      case "/nohead" ->
          head
              ? ScriptedServer.answer(req, out, 405, "text/plain", "", "Allow", "GET")
              : ScriptedServer.answer(req, out, 200, "text/plain", "got it");
      case "/big" -> head ? ScriptedServer.answer(req, out, 405, "text/plain", "") : big(out);
      case "/robots.txt" ->
          req.host().startsWith("robots.test")
              ? ScriptedServer.answer(
                  req, out, 200, "text/plain", "User-agent: *\nDisallow: /private\n")
              : ScriptedServer.answer(req, out, 404, "text/plain", "");
      case "/private", "/public" ->
          head
              ? ScriptedServer.answer(req, out, 405, "text/plain", "")
              : ScriptedServer.answer(req, out, 200, "text/plain", "hello");
      case "/parked" ->
          ScriptedServer.answer(
              req,
              out,
              200,
              "text/html; charset=utf-8",
              "<html><body><h1>groups.test</h1><p>This domain may be for sale!</p></body></html>");
      case "/toparking" ->
          ScriptedServer.redirect(req, out, 302, "http://sedoparking.com:" + site.port() + "/ok");
      case "/slow" -> {
        Thread.sleep(150);
        yield ScriptedServer.answer(req, out, 200, "text/plain", "slowly");
      }
      default -> ScriptedServer.answer(req, out, 404, "text/plain", "unknown");
    };
  }

  private static final long BIG = 50L * 1024 * 1024;

  private static boolean big(OutputStream out) throws IOException {
    out.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                + BIG
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    byte[] chunk = new byte[64 * 1024];
    for (long sent = 0; sent < BIG; sent += chunk.length) {
      out.write(chunk);
    }
    return false;
  }

  private String url(String path) {
    return "http://groups.test:" + site.port() + path;
  }

  private static FetchResult timed(String url) {
    long t0 = System.nanoTime();
    FetchResult r = fetcher.check(url);
    long took = (System.nanoTime() - t0) / 1_000_000;
    assertThat(took).as("%s took %d ms", url, took).isLessThan(WITHIN);
    assertThat(r.millis()).isLessThanOrEqualTo(took + 1);
    return r;
  }

  @Test
  void ok() {
    FetchResult r = timed(url("/ok"));
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.finalUrl()).isEqualTo(url("/ok"));
    assertThat(r.suggestedUrl()).isNull();
    assertThat(r.detail()).isEmpty();
  }

  @Test
  void aPageIsReadOnceToTellItFromAParkingPage() {
    FetchResult r = timed(url("/page"));
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void okOverIpv6LoopbackWhenThereIsOne() throws IOException {
    ScriptedServer v6;
    try {
      v6 =
          ScriptedServer.start(
              "::1", (req, out) -> ScriptedServer.answer(req, out, 200, "text/plain", "v6"));
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback on this machine: " + e);
      return;
    }
    try (v6) {
      FetchResult r = timed("http://v6.test:" + v6.port() + "/");
      assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.OK);
      FetchResult literal = timed("http://[::1]:" + v6.port() + "/");
      assertThat(literal.outcome()).isEqualTo(Outcome.OK);
      assertThat(literal.finalUrl()).isEqualTo("http://[::1]:" + v6.port() + "/");
    }
  }

  @Test
  void permanentRedirectsSuggestTheNewHome() {
    FetchResult r = timed(url("/p301"));
    assertThat(r.outcome()).isEqualTo(Outcome.MOVED_PERMANENTLY);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.finalUrl()).isEqualTo(url("/ok"));
    assertThat(r.suggestedUrl()).isEqualTo(url("/ok"));
    FetchResult single = timed(url("/p308"));
    assertThat(single.outcome()).isEqualTo(Outcome.MOVED_PERMANENTLY);
    assertThat(single.suggestedUrl()).isEqualTo(url("/ok"));
  }

  @Test
  void temporaryRedirectsSuggestNothing() {
    FetchResult r = timed(url("/t302"));
    assertThat(r.outcome()).isEqualTo(Outcome.MOVED_TEMPORARILY);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.finalUrl()).isEqualTo(url("/ok"));
    assertThat(r.suggestedUrl()).isNull();
    assertThat(timed(url("/t303")).outcome()).isEqualTo(Outcome.MOVED_TEMPORARILY);
    assertThat(timed(url("/t307")).outcome()).isEqualTo(Outcome.MOVED_TEMPORARILY);
  }

  @Test
  void aPermanentHopThenATemporaryOneSuggestsWhereThePermanentOneLed() {
    FetchResult r = timed(url("/mixed"));
    assertThat(r.outcome()).isEqualTo(Outcome.MOVED_PERMANENTLY);
    assertThat(r.finalUrl()).isEqualTo(url("/ok"));
    assertThat(r.suggestedUrl()).isEqualTo(url("/t302"));
  }

  @Test
  void aRedirectToADeadPageIsNotFound() {
    FetchResult r = timed(url("/to404"));
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.finalUrl()).isEqualTo(url("/404"));
    assertThat(r.suggestedUrl()).isNull();
  }

  @Test
  void aRedirectLoopIsAServerError() {
    FetchResult r = timed(url("/loop1"));
    assertThat(r.outcome()).isEqualTo(Outcome.SERVER_ERROR);
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.detail()).contains("redirect loop");
  }

  @Test
  void moreThanFiveRedirectsIsAServerError() throws IOException {
    try (ScriptedServer chain =
        ScriptedServer.start(
            "127.0.0.1",
            (req, out) -> {
              int n = Integer.parseInt(req.path().substring(1));
              return ScriptedServer.redirect(req, out, 302, "/" + (n + 1));
            })) {
      FetchResult r = timed("http://groups.test:" + chain.port() + "/0");
      assertThat(r.outcome()).isEqualTo(Outcome.SERVER_ERROR);
      assertThat(r.detail()).contains("more than 5 redirects");
      assertThat(r.finalUrl()).isEqualTo("http://groups.test:" + chain.port() + "/5");
      assertThat(chain.requests.get()).isEqualTo(6);
    }
  }

  @Test
  void notFoundAndGone() {
    FetchResult missing = timed(url("/404"));
    assertThat(missing.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.finalUrl()).isEqualTo(url("/404"));
    FetchResult gone = timed(url("/410"));
    assertThat(gone.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.detail()).isEqualTo("410 Gone");
  }

  @Test
  void serverError() {
    FetchResult r = timed(url("/500"));
    assertThat(r.outcome()).isEqualTo(Outcome.SERVER_ERROR);
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.finalUrl()).isEqualTo(url("/500"));
  }

  @Test
  void tooManyRequestsIsAskedOnceMoreAfterRetryAfter() {
    FetchResult r = timed(url("/429once"));
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.millis()).isGreaterThanOrEqualTo(900);
    FetchResult again = timed(url("/429always"));
    assertThat(again.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
    assertThat(again.statusCode()).isEqualTo(429);
    assertThat(again.detail()).contains("again after waiting");
  }

  @Test
  void aRetryAfterLongerThanWeWaitIsNotWaitedFor() {
    FetchResult r = timed(url("/429hour"));
    assertThat(r.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.millis()).as("an hour was not waited").isLessThan(TOTAL.toMillis());
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    FetchResult r = timed("http://groups.test:" + silent.port() + "/");
    assertThat(r.outcome()).isEqualTo(Outcome.TIMEOUT);
    assertThat(r.statusCode()).isZero();
    assertThat(r.millis()).isGreaterThanOrEqualTo(TOTAL.toMillis() - 100);
    assertThat(silent.connections.get()).isPositive();
  }

  @Test
  void aServerThatTricklesAByteASecondTimesOut() {
    FetchResult r = timed("http://groups.test:" + trickle.port() + "/");
    assertThat(r.outcome()).isEqualTo(Outcome.TIMEOUT);
    assertThat(r.statusCode()).isZero();
    assertThat(r.finalUrl()).isEqualTo("http://groups.test:" + trickle.port() + "/");
  }

  @Test
  void aFiftyMegabyteBodyIsNotReadPastTheCap() throws InterruptedException {
    long before = site.bytesWritten.get();
    FetchResult r = timed(url("/big"));
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.detail()).isEqualTo("HEAD refused with 405; GET answered 200");
    Thread.sleep(300);
    long written = site.bytesWritten.get() - before;
    // the server wrote what the socket buffers took before we closed: a few MB at most, never 50
    assertThat(written).as("bytes the server managed to write").isLessThan(BIG / 5);
  }

  @Test
  void anInvalidHostIsADnsFailure() {
    FetchResult r = timed("http://no-such-group.invalid/");
    assertThat(r.outcome()).isEqualTo(Outcome.DNS_FAILURE);
    assertThat(r.statusCode()).isZero();
    assertThat(r.detail()).isEqualTo("no-such-group.invalid does not resolve");
    assertThat(timed("http://unknown.test:" + site.port() + "/").outcome())
        .isEqualTo(Outcome.DNS_FAILURE);
  }

  @Test
  void aSelfSignedCertificateIsATlsFailure() {
    // the first TLS handshake of a JVM loads and warms a lot: its own, longer limit, so a busy
    // machine does not turn a certificate failure into a timeout
    try (SafeFetcher patient =
        new SafeFetcher(
            FetchSettings.defaults().withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20)),
            NetPolicy.allowing(List.of("127.0.0.0/8")),
            HostResolver.table(Map.of()),
            ConnectGuard.loopbackOnly())) {
      long t0 = System.nanoTime();
      FetchResult r = patient.check("https://127.0.0.1:" + tls.port() + "/");
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(25_000);
      assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.TLS_FAILURE);
      assertThat(r.statusCode()).isZero();
      assertThat(r.detail()).startsWith("the TLS handshake with https://127.0.0.1:");
      assertThat(tls.requests.get()).as("nothing was asked over the bad connection").isZero();
    }
  }

  @Test
  void nothingListeningIsConnectionRefused() throws IOException {
    int free;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      free = s.getLocalPort();
    }
    FetchResult r = timed("http://groups.test:" + free + "/");
    assertThat(r.outcome()).isEqualTo(Outcome.CONNECTION_REFUSED);
    assertThat(r.statusCode()).isZero();
  }

  @Test
  void headRefusedThenGetAnswers() {
    FetchResult r = timed(url("/nohead"));
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.finalUrl()).isEqualTo(url("/nohead"));
    assertThat(r.detail()).isEqualTo("HEAD refused with 405; GET answered 200");
  }

  @Test
  void robotsTxtIsRespectedForGets() {
    String base = "http://robots.test:" + site.port();
    FetchResult disallowed = timed(base + "/private");
    assertThat(disallowed.outcome()).isEqualTo(Outcome.BLOCKED);
    assertThat(disallowed.statusCode()).isEqualTo(405);
    assertThat(disallowed.detail()).contains("robots.txt disallows GET");
    FetchResult allowed = timed(base + "/public");
    assertThat(allowed.outcome()).isEqualTo(Outcome.OK);
    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  @Test
  void aParkingPageIsAParkedDomain() {
    FetchResult r = timed(url("/parked"));
    assertThat(r.outcome()).isEqualTo(Outcome.PARKED_DOMAIN);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.detail()).contains("domain may be for sale");
    FetchResult sent = timed(url("/toparking"));
    assertThat(sent.outcome()).isEqualTo(Outcome.PARKED_DOMAIN);
    assertThat(sent.finalUrl()).isEqualTo("http://sedoparking.com:" + site.port() + "/ok");
    assertThat(sent.detail()).contains("sedoparking.com");
  }

  @Test
  void atMostTwoRequestsAtOnceToOneHost() throws Exception {
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    List<Future<FetchResult>> results = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String u = "http://slow.test:" + site.port() + "/slow?" + i;
      results.add(pool.submit(() -> fetcher.check(u)));
    }
    for (Future<FetchResult> f : results) {
      assertThat(f.get().outcome()).isEqualTo(Outcome.OK);
    }
    pool.shutdown();
    int peak = site.peakConcurrency("slow.test:" + site.port());
    assertThat(peak).isBetween(1, 2);
  }

  /** A key store with one self-signed certificate, made by the JDK's keytool. */
  private static SSLContext selfSigned(Path dir) throws Exception {
    Path store = dir.resolve("self-signed.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p =
        new ProcessBuilder(
                keytool,
                "-genkeypair",
                "-alias",
                "test",
                "-keyalg",
                "EC",
                "-dname",
                "CN=groups.test",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    return ctx;
  }
}

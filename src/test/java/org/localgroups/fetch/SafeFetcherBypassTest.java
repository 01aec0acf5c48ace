package org.localgroups.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bypass corpus of issue 9: each URL is refused before any connection. A server listens on
 * loopback at the very port each URL names (and the policy allows that port), so only the address
 * check stands between the URL and the server; the server counts the connections it accepted: 0.
 */
@Timeout(60)
class SafeFetcherBypassTest {
  private static ScriptedServer target;
  private static ScriptedServer target2;
  private static ScriptedServer redirector;
  private static SafeFetcher plain;
  private static SafeFetcher withRedirector;

  private static final FetchSettings FAST =
      FetchSettings.defaults()
          .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(4))
          .withPerHost(2, Duration.ofMillis(5));

  @BeforeAll
  static void start() throws IOException {
    ScriptedServer.Handler ok =
        (req, out) -> ScriptedServer.answer(req, out, 200, "text/plain", "hi");
    target = ScriptedServer.start("127.0.0.1", ok);
    // a second loopback address off the allow-list of the redirect tests (Linux routes 127/8)
    target2 = ScriptedServer.start("127.0.0.2", ok);
    redirector =
        ScriptedServer.start(
            "127.0.0.1",
            (req, out) -> {
              String to =
                  java.net.URLDecoder.decode(
                      req.target().substring(req.target().indexOf('=') + 1),
                      java.nio.charset.StandardCharsets.UTF_8);
              return ScriptedServer.redirect(req, out, 302, to);
            });
    HostResolver names =
        HostResolver.table(
            Map.of(
                "loopback.example.org", List.of("127.0.0.1"),
                "private.example.org", List.of("10.0.0.1"),
                "mixed.example.org", List.of("93.184.215.14", "127.0.0.1"),
                "groups.example.org", List.of("127.0.0.1")));
    // public addresses only, but on the test servers' ports too: only the address refuses
    NetPolicy standard =
        NetPolicy.standard().withPorts(Set.of(80, 443, target.port(), target2.port()));
    plain = new SafeFetcher(FAST, standard, names, ConnectGuard.loopbackOnly());
    // 127.0.0.1 alone is allowed, so the redirector answers; every hop is judged again
    withRedirector =
        new SafeFetcher(
            FAST,
            NetPolicy.allowing(List.of("127.0.0.1/32")).withPorts(Set.of(80, 443, target2.port())),
            names,
            ConnectGuard.loopbackOnly());
  }

  @AfterAll
  static void stop() throws IOException {
    plain.close();
    withRedirector.close();
    target.close();
    target2.close();
    redirector.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://2130706433:%d/",
        "http://0x7f.1:%d/",
        "http://017700000001:%d/",
        "http://127.1:%d/",
        "http://127.0.0.1:%d/",
        "http://0x7f000001:%d/",
        "http://127.0.0.1.:%d/",
        "http://%%31%%32%%37.0.0.1:%d/",
        "http://[::1]:%d/",
        "http://[::ffff:127.0.0.1]:%d/",
        "http://[::ffff:7f00:1]:%d/",
        "http://[64:ff9b::7f00:1]:%d/",
        "http://[2002:7f00:1::]:%d/",
        "http://[::]:%d/",
        "http://169.254.169.254:%d/",
        "http://0.0.0.0:%d/",
        "http://0:%d/",
        "http://[fd00::1]:%d/",
        "http://[fe80::1]:%d/",
        "http://loopback.example.org:%d/",
        "http://private.example.org:%d/",
        "http://mixed.example.org:%d/",
        "http://localhost:%d/",
        "http://anything.localhost:%d/",
        "HTTP://LOOPBACK.EXAMPLE.ORG:%d/path",
      })
  void refusesBeforeAnyConnection(String pattern) {
    String url = String.format(pattern, target.port());
    int before = target.connections.get();
    FetchResult r = plain.check(url);
    assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.BLOCKED);
    assertThat(r.detail()).startsWith("refused: ");
    assertThat(r.statusCode()).isZero();
    assertThat(r.millis()).isLessThan(3_000);
    assertThat(target.connections.get()).isEqualTo(before).isZero();
    assertThat(plain.guardRefusals()).as("the policy refused first, not the guard").isZero();
  }

  @Test
  void saysWhyInWords() {
    int port = target.port();
    assertThat(plain.check("http://0x7f.1:" + port + "/").detail())
        .isEqualTo("refused: 127.0.0.1 is a loopback address (127.0.0.0/8)");
    assertThat(plain.check("http://169.254.169.254:" + port + "/latest/meta-data/").detail())
        .contains("link-local");
    assertThat(plain.check("http://private.example.org:" + port + "/").detail())
        .isEqualTo("refused: private.example.org: 10.0.0.1 is a private address (10.0.0.0/8)");
    assertThat(plain.check("http://[::ffff:7f00:1]:" + port + "/").detail()).contains("loopback");
    assertThat(plain.check("http://[64:ff9b::a00:1]:" + port + "/").detail())
        .contains("NAT64", "10.0.0.1", "private");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://127.0.0.1:%d/",
        "file:///etc/passwd",
        "gopher://127.0.0.1:%d/",
        "javascript:alert(1)",
        "//127.0.0.1:%d/",
        "http://user:pass@groups.example.org:%d/",
        "http://user@groups.example.org:%d/",
        "http://groups.example.org:99999/",
        "http://256.256.256.256:%d/",
        "http://1.2.3.4.5:%d/",
        "http://0x1g.1:%d/",
        "http://[::1:%d/",
        "http://exa mple.org/",
        "",
      })
  void refusesWhatIsNotAWebUrl(String pattern) {
    String url = String.format(pattern, redirector.port());
    FetchResult r = withRedirector.check(url);
    assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.BLOCKED);
    assertThat(redirector.connections.get()).isZero();
  }

  @Test
  void readsABackslashAsBrowsersDo() {
    // a browser visits evil.example.org here, with "/@127.0.0.1..." as the path: so do we
    FetchResult r = plain.check("http://evil.example.org\\@127.0.0.1:" + target.port() + "/");
    assertThat(r.outcome()).isEqualTo(Outcome.DNS_FAILURE);
    assertThat(r.finalUrl()).startsWith("http://evil.example.org/@127.0.0.1");
    assertThat(target.connections.get()).isZero();
  }

  @Test
  void refusesCredentialsWithAClearSentence() {
    FetchResult r =
        withRedirector.check("http://user:pass@groups.example.org:" + redirector.port() + "/");
    assertThat(r.detail()).isEqualTo("refused: the URL carries credentials (user:password@host)");
    assertThat(plain.check("ftp://example.org/").detail())
        .isEqualTo("refused: only http and https are fetched, not ftp:");
  }

  /** The redirector is allowed; each place it sends us to is judged again and refused. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://2130706434:%d/",
        "http://0x7f.0.0.2:%d/",
        "http://017700000002:%d/",
        "http://127.2:%d/",
        "http://127.0.0.2:%d/",
        "http://[::1]:%d/",
        "http://[::ffff:127.0.0.2]:%d/",
        "http://[::ffff:7f00:2]:%d/",
        "http://169.254.169.254:%d/",
        "http://0.0.0.0:%d/",
        "http://[fd00::1]:%d/",
        "http://private.example.org:%d/",
        "http://localhost:%d/",
        "ftp://127.0.0.2:%d/",
        "file:///etc/passwd",
        "gopher://127.0.0.2:%d/",
        "http://user:pass@127.0.0.2:%d/",
        "//127.0.0.2:%d/",
      })
  void refusesEveryRedirectHopToo(String pattern) {
    String to = String.format(pattern, target2.port());
    String from =
        "http://groups.example.org:"
            + redirector.port()
            + "/go?to="
            + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8);
    int before = redirector.requests.get();
    FetchResult r = withRedirector.check(from);
    assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.BLOCKED);
    assertThat(redirector.requests.get()).as("the redirector answered").isGreaterThan(before);
    assertThat(target2.connections.get()).isZero();
    assertThat(withRedirector.guardRefusals()).isZero();
  }

  @Test
  void theConnectorsGuardRefusesWhatThePolicyLetThrough() throws IOException {
    // a policy that allows everything on loopback, and a guard that allows nothing: the guard
    // is the last word, and no connection is made
    try (ScriptedServer s =
            ScriptedServer.start(
                "127.0.0.1", (req, out) -> ScriptedServer.answer(req, out, 200, "text/plain", ""));
        SafeFetcher f =
            new SafeFetcher(
                FAST,
                NetPolicy.allowing(List.of("127.0.0.0/8")),
                HostResolver.table(Map.of()),
                address -> false)) {
      FetchResult r = f.check("http://127.0.0.1:" + s.port() + "/");
      assertThat(r.outcome()).isEqualTo(Outcome.BLOCKED);
      assertThat(r.detail()).contains("guard does not permit");
      assertThat(f.guardRefusals()).isPositive();
      assertThat(s.connections.get()).isZero();
    }
  }

  @Test
  void theTestGuardAllowsLoopbackOnly() {
    ConnectGuard guard = ConnectGuard.loopbackOnly();
    assertThat(guard.permits(new InetSocketAddress("127.0.0.1", 80))).isTrue();
    assertThat(guard.permits(new InetSocketAddress("127.0.0.2", 8080))).isTrue();
    assertThat(guard.permits(new InetSocketAddress("::1", 80))).isTrue();
    assertThat(guard.permits(new InetSocketAddress("10.0.0.1", 80))).isFalse();
    assertThat(guard.permits(new InetSocketAddress("93.184.215.14", 443))).isFalse();
    assertThat(guard.permits(new InetSocketAddress("2001:4860::1", 443))).isFalse();
    assertThat(guard.permits(InetSocketAddress.createUnresolved("example.org", 80))).isFalse();
  }
}

package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.checks.ClosedPlatforms;
import org.localgroups.checks.LinkChecker;
import org.localgroups.checks.Observations;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.fetch.ConnectGuard;
import org.localgroups.fetch.FetchSettings;
import org.localgroups.fetch.HostResolver;
import org.localgroups.fetch.NetPolicy;
import org.localgroups.fetch.Outcome;
import org.localgroups.fetch.SafeFetcher;
import org.localgroups.fetch.ScriptedServer;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;

/**
 * Issue 9's Done-when: a link check over every link of the seed, with the real safe fetcher,
 * against one loopback server that plays an outcome per Host header. Every seed host resolves to
 * 127.0.0.1 through a test resolver that also sends port 80 to the server's port (and 443, and one
 * host, to a closed port: connection refused); one host in ten does not resolve. The counts per
 * outcome must equal those computed from the seed's links and the plan alone.
 */
@Timeout(120)
class CheckLinksSeedIT {
  /** What the server does for a host. */
  enum Play {
    OK(Outcome.OK),
    MOVED(Outcome.MOVED_PERMANENTLY),
    FOUND(Outcome.MOVED_TEMPORARILY),
    GONE404(Outcome.NOT_FOUND),
    GONE410(Outcome.NOT_FOUND),
    BROKEN(Outcome.SERVER_ERROR),
    PARKED(Outcome.PARKED_DOMAIN),
    HANG(Outcome.TIMEOUT),
    REFUSED(Outcome.CONNECTION_REFUSED),
    NO_NAME(Outcome.DNS_FAILURE);

    final Outcome expected;

    Play(Outcome expected) {
      this.expected = expected;
    }
  }

  private static final Pattern HOST =
      Pattern.compile("^(https?)://([^/:?#]+)", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Play> plan = new ConcurrentHashMap<>();
  private static final Set<String> seen = ConcurrentHashMap.newKeySet();

  @Test
  void everySeedLinkEndsWithTheOutcomeItsServerPlayed(@TempDir Path data) throws Exception {
    Run imported =
        Run.of("import", EditCommandsContract.SEED.toString(), "--data", data.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();

    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    ClosedPlatforms closed = ClosedPlatforms.bundled();
    try (DirectoryStore store = Stores.sqlite(data);
        ScriptedServer server = ScriptedServer.start("127.0.0.1", CheckLinksSeedIT::play)) {
      Directory d = store.directory();
      List<Map.Entry<Group, Link>> links = LinkChecker.linksOf(d.groups());

      // the plan: the hosts of the links that will be fetched, in order, each given the next play
      Set<String> hosts = new TreeSet<>();
      List<String> closedLinks = new ArrayList<>();
      for (var e : links) {
        String url = e.getValue().url().strip();
        if (closed.match(url).isPresent()) {
          closedLinks.add(url);
        } else {
          hosts.add(host(url));
        }
      }
      int i = 0;
      for (String h : hosts) {
        plan.put(h, Play.values()[i++ % Play.values().length]);
      }
      assertThat(closedLinks).as("the seed's closed-platform links").hasSize(9);
      assertThat(hosts.size()).as("enough hosts for every play").isGreaterThan(20);

      // the counts the run must end with, from the links and the plan alone
      Map<Outcome, Integer> expected = new EnumMap<>(Outcome.class);
      for (var e : links) {
        String url = e.getValue().url().strip();
        Outcome o;
        if (closed.match(url).isPresent()) {
          o = Outcome.PLATFORM_CLOSED;
        } else if (plan.get(host(url)) == Play.NO_NAME) {
          o = Outcome.DNS_FAILURE;
        } else if (url.toLowerCase(Locale.ROOT).startsWith("https:")) {
          o = Outcome.CONNECTION_REFUSED; // 443 goes to a closed port
        } else {
          o = plan.get(host(url)).expected;
        }
        expected.merge(o, 1, Integer::sum);
      }

      HostResolver names =
          new HostResolver() {
            @Override
            public List<InetAddress> resolve(String host) throws UnknownHostException {
              if (plan.get(host.toLowerCase(Locale.ROOT)) == Play.NO_NAME) {
                throw new UnknownHostException(host);
              }
              return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
            }

            @Override
            public int connectPort(String host, int port) {
              return port == 443 || plan.get(host.toLowerCase(Locale.ROOT)) == Play.REFUSED
                  ? closedPort
                  : server.port();
            }
          };
      FetchSettings settings =
          FetchSettings.defaults()
              .withTimeouts(Duration.ofMillis(1000), Duration.ofMillis(2000))
              .withPerHost(4, Duration.ofMillis(5));
      long started = System.nanoTime();
      List<LinkChecker.Checked> run;
      try (SafeFetcher fetcher =
          new SafeFetcher(
              settings,
              NetPolicy.allowing(List.of("127.0.0.0/8")),
              names,
              ConnectGuard.loopbackOnly())) {
        run =
            new LinkChecker(closed, fetcher, new Observations(store.database()), Clock.systemUTC())
                .run(d, Optional.empty(), 16, LinkChecker.Progress.none());
        assertThat(fetcher.guardRefusals()).isZero();
      }
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;

      Map<Outcome, Integer> actual = new EnumMap<>(Outcome.class);
      run.forEach(c -> actual.merge(c.check().outcome(), 1, Integer::sum));
      StringBuilder wrong = new StringBuilder();
      for (var c : run) {
        String url = c.link().url().strip();
        Play p = plan.get(host(url));
        wrong.append(url).append(" ").append(p).append(" -> ").append(c.check().outcome());
        wrong.append(" ").append(c.check().detail()).append('\n');
      }
      System.out.println("seed link check: " + actual + " in " + seconds + " s");
      assertThat(actual).as(wrong.toString()).isEqualTo(expected);
      assertThat(run).hasSize(links.size());
      for (Play p : Play.values()) {
        assertThat(expected).as("the plan plays " + p).containsKey(p.expected);
      }
      assertThat(seconds).as("seconds for the whole seed").isLessThan(60);

      // closed platforms are never fetched
      for (String url : closedLinks) {
        Matcher m = HOST.matcher(url);
        assertThat(m.find()).isTrue();
        String rest = url.substring(m.end());
        String path = rest.isEmpty() ? "/" : rest;
        assertThat(seen).as(url).doesNotContain(host(url) + " " + path);
      }
      // every check is kept as an observation
      int kept =
          new Observations(store.database())
              .histories().values().stream().mapToInt(Map::size).sum();
      assertThat(kept).isEqualTo(links.size());
    }
  }

  private static String host(String url) {
    Matcher m = HOST.matcher(url.strip());
    if (!m.find()) {
      throw new AssertionError("no host in " + url);
    }
    return m.group(2).toLowerCase(Locale.ROOT);
  }

  private static boolean play(ScriptedServer.Req req, OutputStream out)
      throws IOException, InterruptedException {
    String host = req.headers().getOrDefault("host", "").toLowerCase(Locale.ROOT);
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    seen.add(host + " " + req.target());
    Play p = plan.getOrDefault(host, Play.BROKEN);
    if (p == Play.HANG) {
      Thread.sleep(30_000);
      return false;
    }
    if (req.path().equals("/robots.txt")) {
      return ScriptedServer.answer(req, out, 404, "text/plain", "none");
    }
    return switch (p) {
      case OK -> ScriptedServer.answer(req, out, 200, "text/html", "<h1>Python user group</h1>");
      case MOVED ->
          req.path().equals("/new-home")
              ? ScriptedServer.answer(req, out, 200, "text/html", "<h1>moved here</h1>")
              : ScriptedServer.redirect(req, out, 301, "/new-home");
      case FOUND ->
          req.path().equals("/for-now")
              ? ScriptedServer.answer(req, out, 200, "text/html", "<h1>here for now</h1>")
              : ScriptedServer.redirect(req, out, 302, "/for-now");
      case GONE404 -> ScriptedServer.answer(req, out, 404, "text/plain", "not here");
      case GONE410 -> ScriptedServer.answer(req, out, 410, "text/plain", "gone");
      case PARKED ->
          ScriptedServer.answer(
              req, out, 200, "text/html", "<p>This domain is for sale! Buy this domain.</p>");
      default -> ScriptedServer.answer(req, out, 500, "text/plain", "oops");
    };
  }
}

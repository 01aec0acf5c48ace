package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.checks.ClosedPlatforms;
import org.localgroups.checks.LinkChecker;
import org.localgroups.checks.Observations;
import org.localgroups.directory.Directory;
import org.localgroups.fetch.FetchSettings;
import org.localgroups.fetch.NetPolicy;
import org.localgroups.fetch.SafeFetcher;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.localgroups.web.WebConfig;

/**
 * {@code serve --check-links-every}: the background checks against a server on loopback, through
 * the options' seam with a short interval (the command line's 1-minute floor is not applied there);
 * the checks are kept as observations run after run, a failed run does not end the schedule, and
 * closing stops it.
 */
class LinkScheduleIT {
  private static final Duration SHORT = Duration.ofMillis(200);
  private HttpServer site;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void startSite() throws Exception {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext(
        "/",
        exchange -> {
          if (exchange.getRequestURI().getPath().equals("/alive")) {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
          } else {
            exchange.sendResponseHeaders(404, -1);
          }
          exchange.close();
        });
    site.start();
  }

  @AfterEach
  void stopSite() {
    site.stop(0);
  }

  private Path importLoopGroup(Path data) throws Exception {
    Path page = data.resolveSibling(data.getFileName() + "-page.moin");
    Files.writeString(
        page,
        "= Europe =\n * [[http://127.0.0.1:"
            + site.getAddress().getPort()
            + "/alive|Loop Python User Group]] - meets on loopback\n");
    Run imported = Run.of("import", page.toString(), "--data", data.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    return page;
  }

  @Test
  void theServerChecksEveryLinkAgainAndAgainUntilClosed(@TempDir Path data) throws Exception {
    importLoopGroup(data);
    long before;
    int hitsBefore;
    LinkSchedule schedule;
    try (LocalGroupsServer server =
        LocalGroupsServer.start(
            data,
            "",
            "127.0.0.1",
            0,
            WebConfig.defaults(),
            LocalGroupsServer.Options.defaults().withLinkChecks(SHORT, List.of("127.0.0.0/8")))) {
      schedule = server.linkChecks();
      assertThat(schedule).isNotNull();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (okChecks(data) < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(okChecks(data)).as("OK checks kept after two runs").isGreaterThanOrEqualTo(2);
      assertThat(hits.get()).isGreaterThanOrEqualTo(2);
    }
    before = okChecks(data);
    hitsBefore = hits.get();
    int runs = schedule.runs();
    Thread.sleep(SHORT.multipliedBy(5).toMillis());
    assertThat(okChecks(data)).as("checks after closing").isEqualTo(before);
    assertThat(hits.get()).as("requests after closing").isEqualTo(hitsBefore);
    assertThat(schedule.runs()).isEqualTo(runs);
  }

  @Test
  void aFailedRunIsLoggedAndTheNextOneStillComes(@TempDir Path data) throws Exception {
    importLoopGroup(data);
    AtomicInteger asked = new AtomicInteger();
    try (DirectoryStore store = Stores.sqlite(data);
        SafeFetcher fetcher =
            SafeFetcher.create(
                FetchSettings.defaults(), NetPolicy.allowing(List.of("127.0.0.0/8")))) {
      Directory d = store.directory();
      LinkChecker checker =
          new LinkChecker(
              ClosedPlatforms.bundled(),
              fetcher,
              new Observations(store.database()),
              Clock.systemUTC());
      try (LinkSchedule schedule =
          LinkSchedule.start(
              checker,
              () -> {
                if (asked.getAndIncrement() == 0) {
                  throw new IllegalStateException("the directory is not there this time");
                }
                return d;
              },
              SHORT,
              2)) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (okChecks(data) < 1 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertThat(okChecks(data)).isGreaterThanOrEqualTo(1);
        assertThat(asked.get()).isGreaterThanOrEqualTo(2);
        assertThat(schedule.runs()).isGreaterThanOrEqualTo(2);
      }
    }
  }

  private static long okChecks(Path data) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Stores.SQLITE_FILE));
        var rs =
            c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM link_checks WHERE outcome = 'OK'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

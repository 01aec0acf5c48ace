package org.localgroups.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.localgroups.checks.ClosedPlatforms;
import org.localgroups.checks.LinkChecker;
import org.localgroups.curate.Editor;
import org.localgroups.fetch.LinkProbe;
import org.localgroups.revision.Ids;
import org.localgroups.search.LiveDirectory;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.Curation;
import org.localgroups.web.api.EditToken;
import org.localgroups.web.server.ApiRateLimit;
import org.localgroups.web.server.ClientLimits;
import org.localgroups.web.server.RequestLog;
import org.localgroups.web.server.WebApp;

/**
 * The whole application, wired and serving: store, gazetteer, the live directory with its index,
 * and the web app. What {@code localgroups serve} runs, and what the full-boot tests start on a
 * random port.
 */
public final class LocalGroupsServer implements AutoCloseable {
  private final Parts parts;
  private final LiveDirectory live;
  private final Javalin app;
  private final boolean seeded;
  private final @Nullable LinkSchedule checks;
  private final @Nullable LinkProbe probe;

  private LocalGroupsServer(
      Parts parts,
      LiveDirectory live,
      Javalin app,
      boolean seeded,
      @Nullable LinkSchedule checks,
      @Nullable LinkProbe probe) {
    this.parts = parts;
    this.live = live;
    this.app = app;
    this.seeded = seeded;
    this.checks = checks;
    this.probe = probe;
  }

  /**
   * Opens the store (SQLite in {@code dataFolder} unless {@code databaseUrl} names PostgreSQL),
   * imports the bundled seed page when the directory is empty, and starts serving. Changes to the
   * store made afterwards (an import from the command line) show on the next request.
   *
   * @param port 0 for any free port
   */
  public static LocalGroupsServer start(
      Path dataFolder, String databaseUrl, String host, int port, WebConfig config) {
    return start(dataFolder, databaseUrl, host, port, config, Options.defaults());
  }

  /**
   * How a server treats its clients.
   *
   * @param limits what one client may hold
   * @param requestLog where a line per request goes
   * @param rate the public API's limit per client address
   * @param token who may edit through the API ({@link EditToken#off()}: nobody)
   * @param checkLinksEvery how often every link is checked in the background ({@link
   *     Duration#ZERO}: never)
   * @param allowNets networks the link checker may reach besides public addresses (CIDR)
   * @param replicaUrl a PostgreSQL read replica the directory is read from when it has caught up
   *     ("": none)
   */
  public record Options(
      ClientLimits limits,
      RequestLog requestLog,
      ApiRateLimit rate,
      EditToken token,
      Duration checkLinksEvery,
      List<String> allowNets,
      String replicaUrl) {
    public Options {
      allowNets = List.copyOf(allowNets);
    }

    public Options(
        ClientLimits limits,
        RequestLog requestLog,
        ApiRateLimit rate,
        EditToken token,
        Duration checkLinksEvery,
        List<String> allowNets) {
      this(limits, requestLog, rate, token, checkLinksEvery, allowNets, "");
    }

    public Options(ClientLimits limits, RequestLog requestLog, ApiRateLimit rate, EditToken token) {
      this(limits, requestLog, rate, token, Duration.ZERO, List.of());
    }

    public static Options defaults() {
      return new Options(
          ClientLimits.defaults(), RequestLog.off(), ApiRateLimit.defaults(), EditToken.off());
    }

    public Options withToken(EditToken editToken) {
      return new Options(
          limits, requestLog, rate, editToken, checkLinksEvery, allowNets, replicaUrl);
    }

    /** Reading the directory from this PostgreSQL read replica when it has caught up. */
    public Options withReplica(String url) {
      return new Options(limits, requestLog, rate, token, checkLinksEvery, allowNets, url);
    }

    /** With the background link checks every {@code every} (no floor), reaching these nets too. */
    public Options withLinkChecks(Duration every, List<String> nets) {
      return new Options(limits, requestLog, rate, token, every, nets, replicaUrl);
    }
  }

  /** As above, with these options. */
  public static LocalGroupsServer start(
      Path dataFolder,
      String databaseUrl,
      String host,
      int port,
      WebConfig config,
      Options served) {
    ClientLimits limits = served.limits();
    RequestLog requestLog = served.requestLog();
    ApiRateLimit rate = served.rate();
    EditToken token = served.token();
    DataOptions options = new DataOptions();
    options.data = dataFolder;
    options.databaseUrl = databaseUrl;
    Parts parts = Parts.forReading(options);
    parts.gazetteer(); // starts loading the GeoNames data while the store opens
    LiveDirectory live = null;
    LinkSchedule checks = null;
    LinkProbe probe = null;
    try {
      boolean seeded = false;
      if (parts.directory().groups().isEmpty()) {
        parts.importSeed();
        seeded = true;
      }
      live =
          new LiveDirectory(
              parts.served(served.replicaUrl()), parts.gazetteer(), dataFolder.resolve("index"));
      Curation curation =
          new Curation(
              parts.store(), new Editor(parts.store(), parts.gazetteer(), Ids.random()), token);
      Javalin app =
          WebApp.create(
              new WebServices(live, parts.gazetteer(), Clock.systemUTC(), parts.store()),
              config,
              limits,
              requestLog,
              rate,
              curation);
      app.start(host, port);
      if (!served.checkLinksEvery().isZero()) {
        probe = parts.probe(served.allowNets());
        LiveDirectory serving = live;
        checks =
            LinkSchedule.start(
                new LinkChecker(
                    ClosedPlatforms.bundled(), probe, parts.observations(), Clock.systemUTC()),
                () -> serving.current().directory(),
                served.checkLinksEvery(),
                CheckLinksCommand.DEFAULT_CONCURRENCY);
      }
      return new LocalGroupsServer(parts, live, app, seeded, checks, probe);
    } catch (RuntimeException e) {
      if (checks != null) {
        checks.close();
      }
      closeProbe(probe);
      if (live != null) {
        live.close();
      }
      parts.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  /** How many groups are being served now. */
  public int groups() {
    return live.current().directory().groups().size();
  }

  /** Whether this start imported the bundled page into an empty database. */
  public boolean seeded() {
    return seeded;
  }

  /** The background link checks, when on. */
  @Nullable LinkSchedule linkChecks() {
    return checks;
  }

  private static void closeProbe(@Nullable LinkProbe probe) {
    if (probe instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(LocalGroupsServer.class)
            .warn("the link fetcher did not close cleanly: {}", e.toString());
      }
    }
  }

  @Override
  public void close() {
    if (checks != null) {
      checks.close();
    }
    closeProbe(probe);
    app.stop();
    live.close();
    parts.close();
  }
}

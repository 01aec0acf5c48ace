package org.localgroups.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import org.localgroups.curate.Editor;
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

  private LocalGroupsServer(Parts parts, LiveDirectory live, Javalin app, boolean seeded) {
    this.parts = parts;
    this.live = live;
    this.app = app;
    this.seeded = seeded;
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
   */
  public record Options(
      ClientLimits limits, RequestLog requestLog, ApiRateLimit rate, EditToken token) {
    public static Options defaults() {
      return new Options(
          ClientLimits.defaults(), RequestLog.off(), ApiRateLimit.defaults(), EditToken.off());
    }

    public Options withToken(EditToken editToken) {
      return new Options(limits, requestLog, rate, editToken);
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
    try {
      boolean seeded = false;
      if (parts.directory().groups().isEmpty()) {
        parts.importSeed();
        seeded = true;
      }
      live = new LiveDirectory(parts.store(), parts.gazetteer());
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
      return new LocalGroupsServer(parts, live, app, seeded);
    } catch (RuntimeException e) {
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

  @Override
  public void close() {
    app.stop();
    live.close();
    parts.close();
  }
}

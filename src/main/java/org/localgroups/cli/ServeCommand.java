package org.localgroups.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.localgroups.LocalGroupsException;
import org.localgroups.web.WebConfig;
import org.localgroups.web.api.EditToken;
import org.localgroups.web.server.ApiRateLimit;
import org.localgroups.web.server.ClientLimits;
import org.localgroups.web.server.RequestLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code localgroups serve}: the web directory. Imports the bundled page on first start. */
@Command(
    name = "serve",
    description =
        "Serve the directory on the web (imports the bundled LocalUserGroups "
            + "page on first start with an empty database).")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
  static final String PORT_ENV = "LOCALGROUPS_PORT";
  static final int DEFAULT_PORT = 8080;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "port (default: $" + PORT_ENV + " or 8080; 0 = any free)")
  Integer port;

  /** Loopback only: to be public, the server is put behind a reverse proxy (see the README). */
  static final String DEFAULT_HOST = "127.0.0.1";

  @Option(
      names = "--host",
      defaultValue = DEFAULT_HOST,
      paramLabel = "ADDRESS",
      description =
          "address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every interface)")
  String host;

  @Option(
      names = "--connections-per-address",
      paramLabel = "N",
      description =
          "open connections one client address may hold (default: "
              + ClientLimits.DEFAULT_CONNECTIONS_PER_ADDRESS
              + "; 0 = no limit, for a reverse proxy on this machine, which limits its own clients)")
  Integer connectionsPerAddress;

  @Option(
      names = "--behind-proxy",
      description =
          "a reverse proxy on this machine (nginx, Caddy) says who the client is: for connections"
              + " from loopback, Forwarded / X-Forwarded-For, -Proto and -Host give the client's"
              + " address (for the rate limit and the log), the scheme and the host; ignored from"
              + " anyone else (docs/operations.md)")
  boolean behindProxy;

  @Option(
      names = "--api-rate",
      paramLabel = "N/PERIOD",
      description =
          "requests to /api/ one client address may make per period, as 120/1m, 10/s or 5000/1h;"
              + " off for none (default: "
              + ApiRateLimit.DEFAULT_REQUESTS
              + "/1m; clients on this machine are not limited)")
  String apiRate;

  @Option(
      names = "--tile-url",
      defaultValue = "",
      paramLabel = "URL",
      description =
          "a tile server URL template ({z}/{x}/{y}) for the map; default: the bundled offline layer")
  String tileUrl;

  @Option(
      names = "--tile-attribution",
      defaultValue = "",
      paramLabel = "TEXT",
      description = "the credit line the tile server asks for")
  String tileAttribution;

  static final String EDIT_TOKEN_ENV = "LOCALGROUPS_EDIT_TOKEN_FILE";

  @Option(
      names = "--edit-token-file",
      paramLabel = "FILE",
      description =
          "a file holding the secret that lets clients edit groups through the API"
              + " (PATCH /api/groups/{slug} with 'Authorization: Bearer TOKEN'); default: $"
              + EDIT_TOKEN_ENV
              + ", else editing through the API is off")
  Path editTokenFile;

  @Option(
      names = "--log-format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "one line per request on standard output: text (default), json (one object per line) or off")
  String logFormat;

  @Option(
      names = "--check-links-every",
      paramLabel = "DURATION",
      description =
          "check every group's links in the background at this interval, as 30m, 24h or 7d (at"
              + " least 1m); the first run is one interval after start, never two at once;"
              + " default: off")
  @org.jspecify.annotations.Nullable
  String checkLinksEvery;

  @Option(
      names = "--allow-net",
      paramLabel = "CIDR",
      description =
          "let the background link checks also reach this network (e.g. 127.0.0.0/8 for a test"
              + " server); repeatable; none by default")
  java.util.List<String> allowNets = new java.util.ArrayList<>();

  @Option(
      names = "--replica-url",
      paramLabel = "JDBC_URL",
      description =
          "read the directory from this PostgreSQL read replica when it has caught up with the"
              + " primary (--database-url), and from the primary while it lags; edits and history"
              + " always use the primary; default: none")
  @org.jspecify.annotations.Nullable
  String replicaUrl;

  @Mixin DataOptions data;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    WebConfig config = new WebConfig("localgroups", tileUrl, tileAttribution);
    ClientLimits limits = ClientLimits.defaults();
    if (connectionsPerAddress != null) {
      if (connectionsPerAddress < 0) {
        throw LocalGroupsException.badInput(
            "--connections-per-address must be 0 (no limit) or more, not " + connectionsPerAddress);
      }
      limits = limits.withConnectionsPerAddress(connectionsPerAddress);
    }
    limits = limits.withLocalProxy(behindProxy);
    RequestLog requestLog = new RequestLog(RequestLog.Format.named(logFormat), System.out);
    ApiRateLimit rate = apiRate == null ? ApiRateLimit.defaults() : ApiRateLimit.parse(apiRate);
    java.time.Duration every =
        checkLinksEvery == null ? java.time.Duration.ZERO : LinkSchedule.interval(checkLinksEvery);
    org.localgroups.fetch.NetPolicy.allowing(allowNets); // a bad CIDR is refused before serving
    LocalGroupsServer server =
        LocalGroupsServer.start(
            data.dataFolder(),
            data.databaseUrl(),
            host,
            port(),
            config,
            new LocalGroupsServer.Options(
                limits,
                requestLog,
                rate,
                editToken(),
                every,
                allowNets,
                replicaUrl == null ? "" : replicaUrl));
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        "localgroups serving {} groups at http://{}:{}/ (ready in {} ms{})",
        server.groups(),
        urlHost(host),
        server.port(),
        millis,
        server.seeded() ? ", bundled page imported into the empty database" : "");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /** The host as written in a URL: a wildcard address as "localhost", IPv6 in brackets. */
  static String urlHost(String host) {
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      return "localhost";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** The edit token from --edit-token-file or its variable; off when neither is given. */
  EditToken editToken() {
    Path file = editTokenFile;
    if (file == null) {
      String env = System.getenv(EDIT_TOKEN_ENV);
      if (env == null || env.isBlank()) {
        return EditToken.off();
      }
      file = Path.of(env.strip());
    }
    return EditToken.fromFile(file);
  }

  private int port() {
    if (port != null) {
      return port;
    }
    String env = System.getenv(PORT_ENV);
    if (env == null || env.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      return Integer.parseInt(env.strip());
    } catch (NumberFormatException e) {
      throw LocalGroupsException.badInput(PORT_ENV + " must be a port number, not '" + env + "'");
    }
  }
}

package org.localgroups.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.localgroups.LocalGroupsException;
import org.localgroups.web.WebConfig;
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

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on")
  String host;

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

  @Mixin DataOptions data;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    WebConfig config = new WebConfig("localgroups", tileUrl, tileAttribution);
    LocalGroupsServer server =
        LocalGroupsServer.start(data.dataFolder(), data.databaseUrl(), host, port(), config);
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        "localgroups serving {} groups at http://localhost:{}/ (ready in {} ms{})",
        server.groups(),
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

package org.localgroups.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.localgroups.directory.Directory;
import org.localgroups.export.ExportFormat;
import org.localgroups.export.Exports;
import org.localgroups.search.GroupFinder;
import org.localgroups.search.LuceneGroupIndex;
import org.localgroups.search.NearResult;
import org.localgroups.web.ExportSource;
import org.localgroups.web.NearSearch;
import org.localgroups.web.WebApp;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code localgroups serve}: the web directory. Imports the bundled page on first start. */
@Command(name = "serve", description = "Serve the directory on the web (imports the bundled LocalUserGroups "
    + "page on first start with an empty database).")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
  static final String PORT_ENV = "LOCALGROUPS_PORT";
  static final int DEFAULT_PORT = 8080;

  @Option(names = "--port", paramLabel = "N", description = "port (default: $" + PORT_ENV + " or 8080; 0 = any free)")
  Integer port;

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on")
  String host;

  @Option(names = "--tile-url", defaultValue = "", paramLabel = "URL",
      description = "a tile server URL template ({z}/{x}/{y}) for the map; default: the bundled offline layer")
  String tileUrl;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    try (Parts parts = new Parts(data); LuceneGroupIndex index = LuceneGroupIndex.inMemory()) {
      if (parts.directory().groups().isEmpty()) {
        Parts.Imported seed = parts.importSeed();
        LOG.info("Empty database: imported the bundled LocalUserGroups page ({} groups)",
            seed.result().directory().groups().size());
      }
      Directory directory = parts.directory();
      index.replace(directory);
      GroupFinder finder = new GroupFinder(parts.gazetteer(), index, () -> directory);
      WebServices services = new WebServices(() -> directory, parts.gazetteer(), index, nearSearch(finder), exports());
      var app = WebApp.create(services, new WebConfig("localgroups", tileUrl, ""));
      app.start(host, port());
      long millis = (System.nanoTime() - started) / 1_000_000;
      LOG.info("localgroups serving {} groups at http://localhost:{}/ (ready in {} ms)", directory.groups().size(),
          app.port(), millis);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        app.stop();
        stopped.countDown();
      }));
      stopped.await();
      return 0;
    }
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
      throw org.localgroups.LocalGroupsException.badInput(PORT_ENV + " must be a port number, not '" + env + "'");
    }
  }

  private static NearSearch nearSearch(GroupFinder finder) {
    return new NearSearch() {
      @Override
      public NearResult near(String placeText, int k, double radiusKm) {
        return finder.near(placeText, k, radiusKm);
      }

      @Override
      public NearResult near(double lat, double lon, int k, double radiusKm) {
        return finder.near(lat, lon, k, radiusKm);
      }
    };
  }

  private static ExportSource exports() {
    return new ExportSource() {
      @Override
      public String mediaType(String format) {
        return ExportFormat.parse(format).mediaType();
      }

      @Override
      public void write(String format, Directory directory, Writer out) throws IOException {
        Exports.writer(ExportFormat.parse(format)).write(directory, out);
      }
    };
  }
}

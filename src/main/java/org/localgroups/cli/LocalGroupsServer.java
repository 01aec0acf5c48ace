package org.localgroups.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
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

/**
 * The whole application, wired and serving: store, gazetteer, index, finder and web app. What
 * {@code localgroups serve} runs, and what the full-boot tests start on a random port.
 */
public final class LocalGroupsServer implements AutoCloseable {
  private final Parts parts;
  private final LuceneGroupIndex index;
  private final Javalin app;
  private final int groups;
  private final boolean seeded;

  private LocalGroupsServer(Parts parts, LuceneGroupIndex index, Javalin app, int groups, boolean seeded) {
    this.parts = parts;
    this.index = index;
    this.app = app;
    this.groups = groups;
    this.seeded = seeded;
  }

  /**
   * Opens the store (SQLite in {@code dataFolder} unless {@code databaseUrl} names PostgreSQL), imports the
   * bundled seed page when the directory is empty, and starts serving.
   *
   * @param port 0 for any free port
   */
  public static LocalGroupsServer start(Path dataFolder, String databaseUrl, String host, int port, WebConfig config) {
    DataOptions options = new DataOptions();
    options.data = dataFolder;
    options.databaseUrl = databaseUrl;
    Parts parts = new Parts(options);
    parts.gazetteer(); // starts loading the GeoNames data while the store opens
    LuceneGroupIndex index = LuceneGroupIndex.inMemory();
    try {
      boolean seeded = false;
      if (parts.directory().groups().isEmpty()) {
        parts.importSeed();
        seeded = true;
      }
      Directory directory = parts.directory();
      index.replace(directory);
      GroupFinder finder = new GroupFinder(parts.gazetteer(), index, () -> directory);
      WebServices services = new WebServices(() -> directory, parts.gazetteer(), index, nearSearch(finder), exports());
      Javalin app = WebApp.create(services, config);
      app.start(host, port);
      return new LocalGroupsServer(parts, index, app, directory.groups().size(), seeded);
    } catch (RuntimeException e) {
      index.close();
      parts.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  public int groups() {
    return groups;
  }

  /** Whether this start imported the bundled page into an empty database. */
  public boolean seeded() {
    return seeded;
  }

  @Override
  public void close() {
    app.stop();
    index.close();
    parts.close();
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

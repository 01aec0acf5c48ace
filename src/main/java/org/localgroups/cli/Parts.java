package org.localgroups.cli;

import java.nio.file.Path;
import org.localgroups.directory.Directory;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.importer.ImportResult;
import org.localgroups.importer.Importer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.ImportRun;
import org.localgroups.store.Stores;

/** The application's parts, built once per command from its options. Owns the store. */
final class Parts implements AutoCloseable {
  /** The bundled sample page: the python.org wiki's LocalUserGroups page. */
  static final String SEED_RESOURCE = "/seed/LocalUserGroups.moin";

  private final DataOptions options;
  private final boolean reading;
  private DirectoryStore store;
  private final Object gazetteerLock = new Object();
  private Gazetteer gazetteer;

  Parts(DataOptions options) {
    this(options, false);
  }

  private Parts(DataOptions options, boolean reading) {
    this.options = options;
    this.reading = reading;
  }

  /**
   * The parts of a command that reads (export, serve): on a full disk the SQLite file is opened
   * read-only where it can be, rather than refused (see {@link Stores#sqliteForReading}).
   */
  static Parts forReading(DataOptions options) {
    return new Parts(options, true);
  }

  synchronized DirectoryStore store() {
    if (store == null) {
      String url = options.databaseUrl();
      if (!url.isEmpty()) {
        store = Stores.postgres(url, "", "");
      } else if (reading) {
        store = Stores.sqliteForReading(options.dataFolder());
      } else {
        store = Stores.sqlite(options.dataFolder());
      }
    }
    return store;
  }

  /** The gazetteer; it starts loading on first call and is waited for on first use. */
  Gazetteer gazetteer() {
    synchronized (gazetteerLock) {
      if (gazetteer == null) {
        gazetteer = new DeferredGazetteer(GeoNamesGazetteer::bundled);
      }
      return gazetteer;
    }
  }

  /** Reads, imports and stores a page; one transaction. */
  Imported importPage(Path file, PageFormat format, String baseUrl) {
    PageReader.Page page = new PageReader().read(file, format, baseUrl);
    return store(page);
  }

  /** Imports the bundled seed page. */
  Imported importSeed() {
    byte[] bytes;
    try (var in = Parts.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled seed page " + SEED_RESOURCE + " is missing from the build");
      }
      bytes = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return store(new PageReader().read(bytes, "LocalUserGroups.moin", PageFormat.MOIN, ""));
  }

  private Imported store(PageReader.Page page) {
    ImportResult result =
        new Importer(gazetteer()).read(page.outline(), page.source(), page.format().id());
    ImportRun run = store().saveImport(result.directory(), result.report());
    return new Imported(result, run);
  }

  Directory directory() {
    return store().directory();
  }

  record Imported(ImportResult result, ImportRun run) {}

  @Override
  public synchronized void close() {
    if (store != null) {
      store.close();
    }
  }
}

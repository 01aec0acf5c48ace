package org.localgroups.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.checks.EvidenceBook;
import org.localgroups.checks.Observations;
import org.localgroups.curate.BulkImporter;
import org.localgroups.curate.Curator;
import org.localgroups.curate.Editor;
import org.localgroups.curate.HistoryReplay;
import org.localgroups.curate.ImportOptions;
import org.localgroups.curate.Imported;
import org.localgroups.directory.Directory;
import org.localgroups.directory.DirectorySource;
import org.localgroups.fetch.FetchSettings;
import org.localgroups.fetch.LinkProbe;
import org.localgroups.fetch.NetPolicy;
import org.localgroups.fetch.SafeFetcher;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Ids;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.ReplicaReads;
import org.localgroups.store.Stores;

/** The application's parts, built once per command from its options. Owns the store. */
final class Parts implements AutoCloseable {
  /** The bundled sample page: the python.org wiki's LocalUserGroups page. */
  static final String SEED_RESOURCE = "/seed/LocalUserGroups.moin";

  private final DataOptions options;
  private final boolean reading;
  private @Nullable DirectoryStore store;
  private @Nullable DirectoryStore replica;
  private final Object gazetteerLock = new Object();
  private @Nullable Gazetteer gazetteer;

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

  /**
   * Where a server reads the directory: the store, or, with a read replica named, the replica when
   * it has caught up with the store and the store while it lags ({@link ReplicaReads}).
   *
   * @throws LocalGroupsException (BAD_INPUT) for a replica of the embedded SQLite file
   */
  synchronized DirectorySource served(String replicaUrl) {
    if (replicaUrl.isEmpty()) {
      return store();
    }
    if (options.databaseUrl().isEmpty()) {
      throw LocalGroupsException.badInput(
          "--replica-url names a read replica of a PostgreSQL database: give the primary with"
              + " --database-url too (the embedded SQLite file has no replicas).");
    }
    if (replica == null) {
      replica = Stores.postgresReplica(replicaUrl);
    }
    return new ReplicaReads(store(), replica);
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

  /** Changes to the directory: imports as merges. */
  Curator curator() {
    return new Curator(store(), gazetteer(), Ids.random());
  }

  /** Imports of whole-directory files (JSON, CSV): no gazetteer is loaded for them. */
  BulkImporter bulkImporter() {
    return new BulkImporter(store(), Ids.random());
  }

  /** A person's changes to one group: add, edit, remove, restore, revert. */
  Editor editor() {
    return new Editor(store(), gazetteer(), Ids.random());
  }

  /**
   * The group at a slug, or the one that had it before a rename.
   *
   * @throws LocalGroupsException NOT_FOUND when no group has or had it
   */
  EntityRef group(String slug) {
    DirectoryStore s = store();
    return s.find(EntityKind.GROUP, slug)
        .or(() -> s.formerlyAt(EntityKind.GROUP, slug))
        .orElseThrow(
            () ->
                LocalGroupsException.notFound(
                    "No group '" + Text.shown(slug) + "' is or was in the directory."));
  }

  /**
   * A region's name by its id, for differences that name regions: the current name, else the last
   * one of a removed region, else the id.
   */
  Function<String, String> regionNames() {
    Map<String, String> names = new HashMap<>();
    directory().regions().forEach(r -> names.put(r.id(), r.name()));
    return id -> {
      String known = names.get(id);
      if (known != null) {
        return known;
      }
      String name = store().entity(EntityRef.region(id)).map(e -> e.state().label()).orElse(id);
      names.put(id, name);
      return name;
    };
  }

  /** A page's past replayed from git. */
  HistoryReplay historyReplay() {
    return new HistoryReplay(store(), gazetteer(), Ids.random());
  }

  /** Reads and imports a page as one change set (nothing applied for a dry run). */
  Imported importPage(Path file, PageFormat format, String baseUrl, ImportOptions options) {
    PageReader.Page page = new PageReader().read(file, format, baseUrl);
    return curator().importPage(page, options);
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
    return curator()
        .importPage(
            new PageReader().read(bytes, "LocalUserGroups.moin", PageFormat.MOIN, ""),
            ImportOptions.MERGE);
  }

  Directory directory() {
    return store().directory();
  }

  /** Link checks and what people say of groups, kept beside the directory. */
  Observations observations() {
    return new Observations(store().database());
  }

  /** Each group's evidence of life. */
  EvidenceBook evidence() {
    return new EvidenceBook(store(), observations());
  }

  /**
   * The prober of links: the safe fetcher, allowed to reach these networks too (CIDR; empty for
   * public addresses only).
   */
  LinkProbe probe(List<String> allowNets) {
    return SafeFetcher.create(
        FetchSettings.defaults(),
        allowNets.isEmpty() ? NetPolicy.standard() : NetPolicy.allowing(allowNets));
  }

  @Override
  public synchronized void close() {
    if (replica != null) {
      replica.close();
    }
    if (store != null) {
      store.close();
    }
  }
}

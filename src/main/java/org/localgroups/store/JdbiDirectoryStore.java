package org.localgroups.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.ImportReport;
import org.localgroups.revision.Change;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.ChangeSetInfo;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.Ids;
import org.localgroups.revision.IntroState;
import org.localgroups.revision.Layout;
import org.localgroups.revision.RegionState;
import org.localgroups.revision.Revision;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.revision.StateJson;
import org.localgroups.revision.States;
import org.localgroups.revision.Stored;
import org.localgroups.revision.Stored.StoredEntity;

/**
 * The store on JDBI, for both dialects. Reads run in one snapshot transaction, so a reader sees the
 * directory before or after a change set, never a mix; each change set is one transaction, with the
 * write lock held from the check of its parents to its commit.
 */
final class JdbiDirectoryStore implements DirectoryStore {
  /**
   * Up to this many changes, parents and slugs are read entity by entity; beyond, a whole table at
   * once.
   */
  private static final int READ_EACH_UP_TO = 200;

  private final Dialect dialect;
  private final DataSource writeSource;
  private final Jdbi reads;
  private final Jdbi writes;
  private final Failures failures;
  private final Runnable onClose;

  /**
   * @param readSource connections for reads
   * @param writeSource connections for writes and migrations (SQLite: they begin IMMEDIATE
   *     transactions)
   * @param onClose releases the sources (closes a pool)
   */
  JdbiDirectoryStore(
      Dialect dialect,
      DataSource readSource,
      DataSource writeSource,
      Failures failures,
      Runnable onClose) {
    this.dialect = dialect;
    this.writeSource = writeSource;
    this.reads = Jdbi.create(readSource);
    this.writes = Jdbi.create(writeSource);
    this.failures = failures;
    this.onClose = onClose;
  }

  /** This store's database kind (for {@link StoreCopy}). */
  Dialect dialect() {
    return dialect;
  }

  /** Runs work in one read transaction (one snapshot), failures translated. */
  <T> T readSnapshot(HandleCallback<T, RuntimeException> work) {
    return read(work);
  }

  /** Runs work in one write transaction with the write lock held, failures translated. */
  <T> T writeLocked(HandleCallback<T, RuntimeException> work) {
    return guard(
        () ->
            writes.inTransaction(
                h -> {
                  dialect.lockForWrite(h);
                  return work.withHandle(h);
                }));
  }

  /**
   * Migrates the schema, turns a directory kept before revisions into the first change set, and
   * checks that the store can be written; returns this store.
   */
  JdbiDirectoryStore open() {
    guard(
        () -> {
          // Take the write lock once before migrating: a database another process holds is reported
          // after one busy timeout, not after Flyway's wait and then the write check's wait.
          writes.useTransaction(h -> h.execute("SELECT 1"));
          Flyway.configure()
              .dataSource(writeSource)
              .locations(dialect.migrations())
              .load()
              .migrate();
          writes.useTransaction(
              h -> {
                if (LegacyUpgrade.needed(h, dialect)) {
                  dialect.lockForWrite(h);
                  LegacyUpgrade.run(
                      h, dialect, (set, layout) -> applyLocked(h, set, Optional.empty()));
                }
              });
          // A write that changes nothing: a read-only file, folder or database fails now, not at
          // the first import.
          return writes.inTransaction(
              h -> h.execute("UPDATE directory_meta SET title = title WHERE id = 0"));
        });
    return this;
  }

  /**
   * Opens a read replica: nothing is migrated or written (a standby refuses writes); the schema
   * must already be there, copied from the primary. Returns this store, to be read only.
   *
   * @throws LocalGroupsException (UNAVAILABLE) when the replica cannot be read as a directory
   */
  JdbiDirectoryStore openReplica(String shown) {
    try {
      read(HistoryTables::lastChangeSet);
    } catch (LocalGroupsException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "The read replica "
              + shown
              + " cannot be read as a localgroups directory ("
              + e.getMessage()
              + "): name a replica of the primary database, after the primary was migrated.");
    }
    return this;
  }

  // ---- writing
  // --------------------------------------------------------------------------------------

  @Override
  public Applied apply(ChangeSet set, Optional<ImportRecord> run) {
    return guard(
        () ->
            writes.inTransaction(
                h -> {
                  dialect.lockForWrite(h);
                  return applyLocked(h, set, run);
                }));
  }

  @Override
  public BulkApplied importBulk(BulkImport how, Ids ids, Consumer<BulkWriter> feed) {
    return guard(
        () -> {
          try {
            return writes.withHandle(
                handle -> {
                  dialect.bulkCache(handle, true);
                  try {
                    return handle.inTransaction(
                        h -> {
                          dialect.lockForWrite(h);
                          BulkLoad load = BulkLoad.begin(h, dialect, how, ids);
                          feed.accept(load);
                          return load.finish();
                        });
                  } finally {
                    dialect.bulkCache(handle, false);
                  }
                });
          } catch (BulkLoad.RolledBack dryRun) {
            return dryRun.applied;
          }
        });
  }

  /** Applies a change set with the write lock held. */
  private Applied applyLocked(Handle h, ChangeSet set, Optional<ImportRecord> run) {
    // Taken once this is the only writer, so that times increase with ids.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Map<EntityRef, Current> current = current(h, set.changes());
    for (Change c : set.changes()) {
      long actual = current.containsKey(c.ref()) ? current.get(c.ref()).revision() : 0;
      if (actual != c.parent()) {
        throw new StaleRevisionException(c.ref(), c.state().label(), c.parent(), actual);
      }
    }
    long changeSet = set.isEmpty() ? 0 : HistoryTables.nextId(h, "change_sets");
    Map<EntityRef, Long> revisions = Map.of();
    if (!set.isEmpty()) {
      String author =
          !set.author().isEmpty()
              ? set.author()
              : run.map(r -> "import of " + r.report().source()).orElse("anonymous");
      revisions = HistoryTables.append(h, dialect, set, changeSet, set.at().orElse(now), author);
      retireSlugs(h, set.changes(), current);
      CurrentTables.write(h, set.changes(), revisions, set.layout());
    }
    if (!set.layout().equals(Layout.NONE)) {
      CurrentTables.arrange(h, set.layout());
    }
    if (set.base().isPresent()) {
      BaseTables.replace(h, set.source(), set.base().get());
    }
    Optional<ImportRun> importRun = run.map(r -> ImportRuns.insert(h, dialect, now, r, changeSet));
    return new Applied(changeSet, importRun, revisions);
  }

  /** An entity's current revision and slug. */
  private record Current(long revision, String slug) {}

  /**
   * The current revision and slug of every entity a change set touches (absent when not stored).
   */
  private Map<EntityRef, Current> current(Handle h, List<Change> changes) {
    Map<EntityRef, Current> out = new HashMap<>();
    if (changes.size() > READ_EACH_UP_TO) {
      for (EntityKind kind : List.of(EntityKind.GROUP, EntityKind.REGION)) {
        h.createQuery("SELECT id, revision_id, slug FROM " + CurrentTables.table(kind))
            .map(
                (rs, ctx) ->
                    Map.entry(
                        new EntityRef(kind, rs.getString("id")),
                        new Current(rs.getLong("revision_id"), rs.getString("slug"))))
            .forEach(e -> out.put(e.getKey(), e.getValue()));
      }
    } else {
      for (Change c : changes) {
        if (c.ref().kind() != EntityKind.INTRO) {
          h.createQuery(
                  "SELECT revision_id, slug FROM "
                      + CurrentTables.table(c.ref().kind())
                      + " WHERE id = :id")
              .bind("id", c.ref().id())
              .map((rs, ctx) -> new Current(rs.getLong("revision_id"), rs.getString("slug")))
              .findOne()
              .ifPresent(cur -> out.put(c.ref(), cur));
        }
      }
    }
    long intro = CurrentTables.revision(h, EntityRef.INTRO);
    if (intro != 0) {
      out.put(EntityRef.INTRO, new Current(intro, ""));
    }
    return out;
  }

  /**
   * An entity that takes a new slug leaves its old one in slug_history; one that takes a slug
   * removes it.
   */
  private static void retireSlugs(Handle h, List<Change> changes, Map<EntityRef, Current> current) {
    for (Change c : changes) {
      if (c.ref().kind() == EntityKind.INTRO) {
        continue;
      }
      h.createUpdate("DELETE FROM slug_history WHERE entity_kind = :kind AND slug = :slug")
          .bind("kind", c.ref().kind().name())
          .bind("slug", c.state().slug())
          .execute();
      Current before = current.get(c.ref());
      if (before != null && !before.slug().equals(c.state().slug())) {
        h.createUpdate(
                "INSERT INTO slug_history (entity_kind, slug, entity_id) VALUES (:kind, :slug, :id)"
                    + " ON CONFLICT (entity_kind, slug) DO UPDATE SET entity_id = excluded.entity_id")
            .bind("kind", c.ref().kind().name())
            .bind("slug", before.slug())
            .bind("id", c.ref().id())
            .execute();
      }
    }
  }

  // ---- reading the present
  // ----------------------------------------------------------------------------

  @Override
  public Directory directory() {
    return read(CurrentTables::read);
  }

  @Override
  public long version() {
    return read(HistoryTables::lastChangeSet);
  }

  @Override
  public Stored stored(String source) {
    return read(
        h -> {
          List<StoredEntity> intro = HistoryTables.currentStates(h, EntityKind.INTRO);
          List<StoredEntity> entities =
              new ArrayList<>(HistoryTables.currentStates(h, EntityKind.REGION));
          entities.addAll(HistoryTables.currentStates(h, EntityKind.GROUP));
          var retired = HistoryTables.retiredSlugs(h);
          return new Stored(
              intro.stream().findFirst(),
              entities,
              BaseTables.read(h, source),
              retired.getOrDefault(EntityKind.GROUP, Map.of()),
              retired.getOrDefault(EntityKind.REGION, Map.of()));
        });
  }

  @Override
  public Optional<StoredEntity> entity(EntityRef ref) {
    return read(
        h -> {
          String sql =
              ref.kind() == EntityKind.INTRO
                  ? "SELECT r.id, r.state, r.removed FROM directory_meta t JOIN revisions r ON r.id ="
                      + " t.revision_id"
                  : "SELECT r.id, r.state, r.removed FROM "
                      + CurrentTables.table(ref.kind())
                      + " t JOIN revisions r ON r.id = t.revision_id WHERE t.id = :id";
          return h.createQuery(sql)
              .bind("id", ref.id())
              .map(
                  (rs, ctx) ->
                      new StoredEntity(
                          StateJson.read(ref.kind(), rs.getString("state")),
                          rs.getLong("id"),
                          rs.getBoolean("removed")))
              .findOne();
        });
  }

  @Override
  public Optional<EntityRef> find(EntityKind kind, String slug) {
    return read(
        h ->
            h.createQuery("SELECT id FROM " + CurrentTables.table(kind) + " WHERE slug = :slug")
                .bind("slug", slug)
                .mapTo(String.class)
                .findOne()
                .map(id -> new EntityRef(kind, id)));
  }

  @Override
  public Optional<EntityRef> formerlyAt(EntityKind kind, String slug) {
    return read(
        h ->
            h.createQuery(
                    "SELECT entity_id FROM slug_history WHERE entity_kind = :kind AND slug = :slug")
                .bind("kind", kind.name())
                .bind("slug", slug)
                .mapTo(String.class)
                .findOne()
                .map(id -> new EntityRef(kind, id)));
  }

  @Override
  public List<ImportRun> importRuns() {
    return read(h -> ImportRuns.all(h, dialect));
  }

  @Override
  public Optional<ImportReport> report(long runId) {
    return read(h -> ImportRuns.report(h, runId));
  }

  @Override
  public Set<String> importedRevisions(String source) {
    return read(h -> ImportRuns.sourceRevisions(h, source));
  }

  // ---- reading the past
  // -------------------------------------------------------------------------------

  @Override
  public List<Revision> history(EntityRef ref, int limit, long before) {
    return read(h -> HistoryTables.history(h, dialect, ref, limit, before));
  }

  @Override
  public int revisionCount(EntityRef ref) {
    return read(h -> HistoryTables.count(h, ref));
  }

  @Override
  public Optional<Revision> revision(long id) {
    return read(h -> HistoryTables.revision(h, dialect, id));
  }

  @Override
  public List<Revision> changes(ChangeQuery query) {
    return read(h -> HistoryTables.changes(h, dialect, query));
  }

  @Override
  public Optional<ChangeSetInfo> changeSet(long id) {
    return read(h -> HistoryTables.changeSet(h, dialect, id));
  }

  @Override
  public List<Revision> revisionsOf(long changeSet) {
    return read(h -> HistoryTables.revisionsOf(h, dialect, changeSet));
  }

  @Override
  public Directory directoryAt(long revision) {
    return read(
        h -> {
          IntroState intro = IntroState.empty();
          List<RegionState> regions = new ArrayList<>();
          List<GroupState> groups = new ArrayList<>();
          for (StoredEntity e : HistoryTables.statesAt(h, revision)) {
            if (e.removed()) {
              continue;
            }
            switch (e.state()) {
              case IntroState i -> intro = i;
              case RegionState r -> regions.add(r);
              case GroupState g -> groups.add(g);
            }
          }
          return States.directory(intro, regions, groups, CurrentTables.layout(h));
        });
  }

  @Override
  public long revisionAt(Instant at) {
    return read(h -> HistoryTables.revisionAt(h, dialect, at));
  }

  @Override
  public Database database() {
    return new Database() {
      @Override
      public <T> T read(HandleCallback<T, RuntimeException> work) {
        return JdbiDirectoryStore.this.read(work);
      }

      @Override
      public <T> T write(HandleCallback<T, RuntimeException> work) {
        return guard(() -> writes.inTransaction(work));
      }

      @Override
      public void lockForWrite(Handle handle) {
        dialect.lockForWrite(handle);
      }

      @Override
      public Object instant(Instant at) {
        return dialect.instant(at);
      }

      @Override
      public Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return dialect.instant(rs, column);
      }
    };
  }

  @Override
  public void close() {
    onClose.run();
  }

  private <T> T read(HandleCallback<T, RuntimeException> query) {
    return guard(() -> reads.inTransaction(dialect.readIsolation(), query));
  }

  private <T> T guard(Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw failures.translate(e);
    }
  }
}

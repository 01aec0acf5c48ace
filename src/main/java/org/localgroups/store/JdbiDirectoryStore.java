package org.localgroups.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.localgroups.directory.Directory;
import org.localgroups.directory.ImportReport;

/**
 * The store on JDBI, for both dialects. Reads run in one snapshot transaction, so a reader sees the
 * directory before or after a save, never a mix; each save is one transaction.
 */
final class JdbiDirectoryStore implements DirectoryStore {
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

  /** Migrates the schema and checks that the store can be written; returns this store. */
  JdbiDirectoryStore open() {
    guard(
        () -> {
          // Take the write lock once before migrating: a database another process holds is reported
          // after one
          // busy timeout, not after Flyway's wait and then the write check's wait.
          writes.useTransaction(h -> h.execute("SELECT 1"));
          Flyway.configure()
              .dataSource(writeSource)
              .locations(dialect.migrations())
              .load()
              .migrate();
          // A write that changes nothing: a read-only file, folder or database fails now, not at
          // the first import.
          return writes.inTransaction(
              h -> h.execute("UPDATE directory_meta SET title = title WHERE id = 0"));
        });
    return this;
  }

  @Override
  public ImportRun saveImport(Directory directory, ImportReport report) {
    return guard(
        () ->
            writes.inTransaction(
                h -> {
                  dialect.lockForWrite(h);
                  // Taken once this is the only writer, so that run times increase with run ids.
                  Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                  boolean changed = !DirectoryTables.read(h).equals(directory);
                  if (changed) {
                    DirectoryTables.clear(h);
                    DirectoryTables.insert(h, directory);
                  }
                  return ImportRuns.insert(h, dialect, at, directory, report, changed);
                }));
  }

  @Override
  public Directory directory() {
    return read(DirectoryTables::read);
  }

  @Override
  public long version() {
    return read(
        h ->
            h.createQuery("SELECT COALESCE(MAX(id), 0) FROM import_runs WHERE changed")
                .mapTo(Long.class)
                .one());
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

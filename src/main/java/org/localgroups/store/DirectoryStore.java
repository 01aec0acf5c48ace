package org.localgroups.store;

import java.util.List;
import java.util.Optional;
import org.localgroups.directory.Directory;
import org.localgroups.directory.DirectorySource;
import org.localgroups.directory.ImportReport;

/**
 * Where the directory lives: SQLite by default, PostgreSQL when configured. Each write is one
 * transaction: a failed write leaves the stored directory exactly as it was.
 */
public interface DirectoryStore extends DirectorySource, AutoCloseable {

  /**
   * Replaces the stored directory by an imported one and records the run and its report,
   * atomically.
   */
  ImportRun saveImport(Directory directory, ImportReport report);

  /** The stored directory (empty when nothing was imported yet). */
  @Override
  Directory directory();

  /** The id of the last import run that changed the directory, 0 before the first. */
  @Override
  long version();

  /** Import runs, newest first. */
  List<ImportRun> importRuns();

  /** The report of one run. */
  Optional<ImportReport> report(long runId);

  @Override
  void close();
}

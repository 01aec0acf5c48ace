package org.localgroups.store;

import org.localgroups.directory.ImportReport;

/**
 * How a bulk import (a directory file in JSON or CSV, streamed) is applied: see {@link
 * DirectoryStore#importBulk} and docs/bulk-import.md.
 *
 * @param source the file's name, for the change set and the import run
 * @param format "json" or "csv"
 * @param author who imports ("" for "import of SOURCE")
 * @param comment why, for the history
 * @param replace whether a directory that has groups or regions may be replaced; without it only an
 *     empty directory is written to
 * @param dryRun read and check everything, write it in the transaction, then roll it back
 */
public record BulkImport(
    String source, String format, String author, String comment, boolean replace, boolean dryRun) {

  /** The import run's report: a bulk import that is applied has no line left out. */
  ImportReport report(long records) {
    return new ImportReport(source, format, Math.toIntExact(records), java.util.List.of());
  }
}

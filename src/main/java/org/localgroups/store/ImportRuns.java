package org.localgroups.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.localgroups.directory.ImportReport;

/** The import runs and their reports, in their tables. Runs inside the caller's transaction. */
final class ImportRuns {
  private ImportRuns() {}

  static ImportRun insert(Handle h, Dialect dialect, Instant at, ImportRecord run, long changeSet) {
    ImportReport report = run.report();
    int unused = Math.toIntExact(report.count(ImportReport.Disposition.UNUSED));
    long id =
        h.createUpdate(
                "INSERT INTO import_runs (source, format, at, line_count, regions, groups,"
                    + " unused_lines, changed, change_set_id, source_revision, skipped) VALUES"
                    + " (:source, :format, :at, :lineCount, :regions, :groups, :unused, :changed,"
                    + " :changeSet, :sourceRevision, :skipped)")
            .bind("source", report.source())
            .bind("format", report.format())
            .bind("at", dialect.instant(at))
            .bind("lineCount", report.lineCount())
            .bind("regions", run.regions())
            .bind("groups", run.groups())
            .bind("unused", unused)
            .bind("changed", changeSet != 0)
            .bind("changeSet", changeSet == 0 ? null : changeSet)
            .bind("sourceRevision", run.sourceRevision())
            .bind("skipped", run.skipped())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO import_report_entries (run_id, position, line, disposition, subject,"
                + " message) VALUES (:run, :position, :line, :disposition, :subject, :message)");
    PreparedBatch notes =
        h.prepareBatch(
            "INSERT INTO import_report_notes (run_id, entry_position, position, line_column,"
                + " severity, code, message) VALUES (:run, :entry, :position, :column, :severity,"
                + " :code, :message)");
    List<ImportReport.Entry> entries = report.entries();
    for (int i = 0; i < entries.size(); i++) {
      ImportReport.Entry e = entries.get(i);
      batch
          .bind("run", id)
          .bind("position", i)
          .bind("line", e.line())
          .bind("disposition", e.disposition().name())
          .bind("subject", e.subject())
          .bind("message", e.message())
          .add();
      for (int n = 0; n < e.notes().size(); n++) {
        ImportReport.Note note = e.notes().get(n);
        notes
            .bind("run", id)
            .bind("entry", i)
            .bind("position", n)
            .bind("column", note.column())
            .bind("severity", note.severity().name())
            .bind("code", note.code())
            .bind("message", note.message())
            .add();
      }
    }
    if (batch.size() > 0) {
      batch.execute();
    }
    if (notes.size() > 0) {
      notes.execute();
    }
    return new ImportRun(
        id,
        report.source(),
        report.format(),
        at,
        run.regions(),
        run.groups(),
        unused,
        changeSet,
        run.sourceRevision(),
        run.skipped());
  }

  /** The source revisions (git commits) of a source already imported, applied or skipped. */
  static java.util.Set<String> sourceRevisions(Handle h, String source) {
    return new java.util.HashSet<>(
        h.createQuery(
                "SELECT source_revision FROM import_runs WHERE source = :source AND source_revision <> ''")
            .bind("source", source)
            .mapTo(String.class)
            .list());
  }

  /** Newest first. */
  static List<ImportRun> all(Handle h, Dialect dialect) {
    return h.createQuery("SELECT * FROM import_runs ORDER BY id DESC")
        .map(
            (rs, ctx) ->
                new ImportRun(
                    rs.getLong("id"),
                    rs.getString("source"),
                    rs.getString("format"),
                    dialect.instant(rs, "at"),
                    rs.getInt("regions"),
                    rs.getInt("groups"),
                    rs.getInt("unused_lines"),
                    rs.getLong("change_set_id"),
                    rs.getString("source_revision"),
                    rs.getString("skipped")))
        .list();
  }

  static Optional<ImportReport> report(Handle h, long runId) {
    return h.createQuery("SELECT source, format, line_count FROM import_runs WHERE id = :id")
        .bind("id", runId)
        .map(
            (rs, ctx) ->
                new ImportReport(
                    rs.getString("source"),
                    rs.getString("format"),
                    rs.getInt("line_count"),
                    entries(h, runId)))
        .findOne();
  }

  private static List<ImportReport.Entry> entries(Handle h, long runId) {
    Map<Integer, List<ImportReport.Note>> notes = notes(h, runId);
    return h.createQuery(
            "SELECT position, line, disposition, subject, message FROM import_report_entries"
                + " WHERE run_id = :id ORDER BY position")
        .bind("id", runId)
        .map(
            (rs, ctx) ->
                new ImportReport.Entry(
                    rs.getInt("line"),
                    ImportReport.Disposition.valueOf(rs.getString("disposition")),
                    rs.getString("subject"),
                    rs.getString("message"),
                    notes.getOrDefault(rs.getInt("position"), List.of())))
        .list();
  }

  /** The notes of a run's entries, by the entry's position. */
  private static Map<Integer, List<ImportReport.Note>> notes(Handle h, long runId) {
    Map<Integer, List<ImportReport.Note>> byEntry = new HashMap<>();
    h.createQuery(
            "SELECT entry_position, line_column, severity, code, message FROM import_report_notes"
                + " WHERE run_id = :id ORDER BY entry_position, position")
        .bind("id", runId)
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getInt("entry_position"),
                    new ImportReport.Note(
                        rs.getInt("line_column"),
                        ImportReport.Note.Severity.valueOf(rs.getString("severity")),
                        rs.getString("code"),
                        rs.getString("message"))))
        .forEach(
            e -> byEntry.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byEntry;
  }
}

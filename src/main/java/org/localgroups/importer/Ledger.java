package org.localgroups.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.directory.ImportReport.Note;
import org.localgroups.outline.Diagnostic;

/**
 * Keeps what became of each source line, with the front end's diagnostics for that line as its
 * notes.
 */
final class Ledger {
  private final Map<Integer, ImportReport.Entry> entries = new TreeMap<>();
  private final Map<Integer, List<Note>> notes = new TreeMap<>();

  Ledger(List<Diagnostic> frontEnd) {
    for (Diagnostic d : frontEnd) {
      notes
          .computeIfAbsent(d.line(), k -> new ArrayList<>())
          .add(
              new Note(
                  d.column(), Note.Severity.valueOf(d.severity().name()), d.code(), d.message()));
    }
  }

  void record(int line, Disposition disposition, String subject, String message) {
    entries.put(line, new ImportReport.Entry(line, disposition, subject, message));
  }

  ImportReport report(String source, String format, int lineCount) {
    List<ImportReport.Entry> all = new ArrayList<>(lineCount);
    for (int line = 1; line <= lineCount; line++) {
      ImportReport.Entry e =
          entries.getOrDefault(
              line,
              new ImportReport.Entry(
                  line, Disposition.UNUSED, "", "the page reader gave nothing for this line"));
      all.add(
          new ImportReport.Entry(
              line,
              e.disposition(),
              e.subject(),
              e.message(),
              notes.getOrDefault(line, List.of())));
    }
    return new ImportReport(source, format, lineCount, all);
  }
}

package org.localgroups.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.outline.Diagnostic;

/** Keeps what became of each source line, with the front end's diagnostics for that line. */
final class Ledger {
  private final Map<Integer, ImportReport.Entry> entries = new TreeMap<>();
  private final Map<Integer, List<String>> diagnostics = new TreeMap<>();

  Ledger(List<Diagnostic> frontEnd) {
    for (Diagnostic d : frontEnd) {
      diagnostics.computeIfAbsent(d.line(), k -> new ArrayList<>())
          .add(d.severity().name().toLowerCase(java.util.Locale.ROOT) + " [" + d.code() + "] " + d.message());
    }
  }

  void record(int line, Disposition disposition, String subject, String message) {
    entries.put(line, new ImportReport.Entry(line, disposition, subject, message));
  }

  ImportReport report(String source, String format, int lineCount) {
    List<ImportReport.Entry> all = new ArrayList<>(lineCount);
    for (int line = 1; line <= lineCount; line++) {
      ImportReport.Entry e = entries.getOrDefault(line,
          new ImportReport.Entry(line, Disposition.UNUSED, "", "the page reader gave nothing for this line"));
      List<String> notes = diagnostics.getOrDefault(line, List.of());
      if (!notes.isEmpty()) {
        e = new ImportReport.Entry(line, e.disposition(), e.subject(), e.message() + "; " + String.join("; ", notes));
      }
      all.add(e);
    }
    return new ImportReport(source, format, lineCount, all);
  }
}

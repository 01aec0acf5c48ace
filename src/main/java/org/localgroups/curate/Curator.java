package org.localgroups.curate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localgroups.directory.Directory;
import org.localgroups.directory.ImportReport;
import org.localgroups.geo.Gazetteer;
import org.localgroups.importer.ImportResult;
import org.localgroups.importer.Importer;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.Conflict;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Merge;
import org.localgroups.revision.Origin;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.revision.Stored;
import org.localgroups.store.Applied;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.ImportRecord;

/**
 * Imports pages into the store as merges: the page read, matched and merged with what is stored
 * (edits made here since the last import of the same page are kept), applied as one change set with
 * its import run. Thread-safe; several curators (processes) may share one store.
 */
public final class Curator {
  /**
   * How many times an import computes its merge again when another change won the race to the
   * store. Each attempt reads the newer state, so only a store changed faster than an import runs
   * exhausts them.
   */
  static final int ATTEMPTS = 3;

  private final DirectoryStore store;
  private final Gazetteer gazetteer;
  private final Ids ids;

  public Curator(DirectoryStore store, Gazetteer gazetteer, Ids ids) {
    this.store = store;
    this.gazetteer = gazetteer;
    this.ids = ids;
  }

  /**
   * Reads a page into the directory: one change set (none when the page changes nothing), and the
   * import run with its report, whose lines carry the merge's conflicts.
   *
   * @throws org.localgroups.LocalGroupsException BAD_INPUT when the page is not a directory of
   *     groups
   */
  public Imported importPage(PageReader.Page page, ImportOptions options) {
    ImportResult result =
        new Importer(gazetteer).read(page.outline(), page.source(), page.format().id());
    return importResult(result, options);
  }

  /** As {@link #importPage}, for a page already read. */
  public Imported importResult(ImportResult result, ImportOptions options) {
    Directory read = result.directory();
    String source = result.report().source();
    for (int attempt = 1; ; attempt++) {
      Stored stored = store.stored(source);
      Merge.Plan plan = Merge.plan(read, stored, ids, options.mode());
      ImportReport report = withConflicts(result.report(), plan.conflicts());
      if (options.dryRun()) {
        return new Imported(read, report, plan.changes(), plan.conflicts(), 0, Optional.empty());
      }
      ChangeSet set =
          new ChangeSet(
              Origin.IMPORT,
              options.author(),
              options.comment(),
              options.at(),
              source,
              options.sourceRevision(),
              plan.changes(),
              plan.layout(),
              Optional.of(plan.base()));
      ImportRecord record =
          new ImportRecord(
              report, read.regions().size(), read.groups().size(), options.sourceRevision(), "");
      try {
        Applied applied = store.apply(set, Optional.of(record));
        return new Imported(
            read, report, plan.changes(), plan.conflicts(), applied.changeSet(), applied.run());
      } catch (StaleRevisionException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * The report with each conflict as a note on the page's lines of its entity (line 1 when it has
   * none).
   */
  static ImportReport withConflicts(ImportReport report, List<Conflict> conflicts) {
    if (conflicts.isEmpty() || report.entries().isEmpty()) {
      return report;
    }
    Map<Integer, List<ImportReport.Note>> byLine = new HashMap<>();
    for (Conflict c : conflicts) {
      int line = c.lines().isEmpty() ? report.entries().getFirst().line() : c.lines().getFirst();
      byLine
          .computeIfAbsent(line, k -> new ArrayList<>())
          .add(
              new ImportReport.Note(
                  0, ImportReport.Note.Severity.WARNING, "conflict", c.describe()));
    }
    List<ImportReport.Entry> entries = new ArrayList<>();
    for (ImportReport.Entry e : report.entries()) {
      List<ImportReport.Note> extra = byLine.getOrDefault(e.line(), List.of());
      if (extra.isEmpty()) {
        entries.add(e);
      } else {
        List<ImportReport.Note> notes = new ArrayList<>(e.notes());
        notes.addAll(extra);
        entries.add(
            new ImportReport.Entry(e.line(), e.disposition(), e.subject(), e.message(), notes));
      }
    }
    return new ImportReport(report.source(), report.format(), report.lineCount(), entries);
  }
}

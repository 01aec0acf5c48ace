package org.localgroups.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.localgroups.curate.ImportOptions;
import org.localgroups.curate.Imported;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.export.DirectoryFiles;
import org.localgroups.export.ExportFormat;
import org.localgroups.pages.PageFormat;
import org.localgroups.revision.Merge;
import org.localgroups.store.BulkApplied;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code localgroups import FILE}: reads a wiki page into the directory and prints the report; a
 * directory file (JSON or CSV, as exported) is streamed in instead (docs/bulk-import.md).
 */
@Command(
    name = "import",
    description =
        "Import a MoinMoin or Markdown user-group page into the directory as one change set: merged with"
            + " the edits made here since the last import of the same page (a field changed on both sides keeps"
            + " the edit made here and is reported as a conflict); then print counts, the change set and the"
            + " lines that did not become data. A directory file in the JSON or CSV export's format (.json,"
            + " .csv) is streamed in as one change set, in bounded memory, into an empty directory or with"
            + " --replace (groups matched by slug); a bad record refuses the whole file.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      description =
          "the page file (.moin, .md), or a directory file (.json, .csv); any name with --format")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description = "auto (default: by the file's name), moin, markdown, json or csv")
  String format;

  @Option(
      names = "--base-url",
      defaultValue = "",
      paramLabel = "URL",
      description = "resolve relative links of a Markdown page against this URL")
  String baseUrl;

  @Option(
      names = "--full-report",
      description = "print every line's disposition, not only those left out")
  boolean fullReport;

  @Option(
      names = "--dry-run",
      description = "print the change set the page would make; apply nothing")
  boolean dryRun;

  @Option(
      names = "--replace",
      description =
          "make the directory exactly the page (still one change set): edits made here are overwritten and"
              + " groups not on the page removed")
  boolean replace;

  @Option(
      names = "--comment",
      defaultValue = "",
      paramLabel = "TEXT",
      description = "why, for the history")
  String comment;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Optional<ExportFormat> streamed = DirectoryFiles.streamed(file, format);
    PageFormat chosen = streamed.isPresent() ? PageFormat.AUTO : PageFormat.parse(format);
    ImportOptions options =
        new ImportOptions(
            replace ? Merge.Mode.REPLACE : Merge.Mode.MERGE,
            dryRun,
            "",
            Text.checked(comment, "--comment", Text.MAX_COMMENT),
            Optional.empty(),
            "");
    try (Parts parts = new Parts(data)) {
      if (streamed.isPresent()) {
        BulkApplied applied = parts.bulkImporter().importFile(file, streamed.get(), options);
        print(applied, file, dryRun, spec.commandLine().getOut());
        return 0;
      }
      Imported imported = parts.importPage(file, chosen, baseUrl, options);
      print(imported, fullReport, spec.commandLine().getOut());
      return 0;
    }
  }

  static void print(BulkApplied applied, Path file, boolean dryRun, PrintWriter out) {
    out.printf(
        "%s %s: %d records, %d regions, %d groups%n",
        dryRun ? "Dry run of" : "Imported",
        file.getFileName(),
        applied.records(),
        applied.regions(),
        applied.groups());
    out.printf(
        "  %s: %d created, %d changed, %d unchanged, %d removed%n",
        applied.changeSet() != 0
            ? "change set " + applied.changeSet()
            : dryRun ? "nothing applied (dry run)" : "no change set (nothing changed)",
        applied.created(),
        applied.changed(),
        applied.unchanged(),
        applied.removed());
    out.flush();
  }

  static void print(Imported imported, boolean fullReport, PrintWriter out) {
    ImportReport report = imported.report();
    var directory = imported.page();
    boolean changed = !imported.changes().isEmpty();
    out.printf(
        "%s %s (%s): %d lines, %d regions, %d groups%s%n",
        imported.run().isPresent() ? "Imported" : "Dry run of",
        report.source(),
        report.format(),
        report.lineCount(),
        directory.regions().size(),
        directory.groups().size(),
        changed ? "" : " (no change: the stored directory was already this)");
    ChangePrinter.summary(imported, out);
    for (Disposition d : Disposition.values()) {
      out.printf(
          "  %-16s %4d lines%n", d.name().toLowerCase(java.util.Locale.ROOT), report.count(d));
    }
    long placed = directory.groups().stream().filter(g -> g.placement().isPlaced()).count();
    out.printf("  placed %d of %d groups%n", placed, directory.groups().size());
    out.println(fullReport ? "Every line:" : "Lines not made into data (and lines with notes):");
    for (ImportReport.Entry e : report.entries()) {
      boolean interesting = e.disposition() == Disposition.UNUSED || !e.notes().isEmpty();
      if (fullReport || interesting) {
        out.printf(
            "  line %3d  %-15s %s%n",
            e.line(), e.disposition().name().toLowerCase(java.util.Locale.ROOT), e.text());
      }
    }
    out.flush();
  }
}

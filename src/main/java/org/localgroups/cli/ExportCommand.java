package org.localgroups.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.export.DirectoryWriter;
import org.localgroups.export.ExportFormat;
import org.localgroups.export.Exports;
import org.localgroups.store.GroupTimelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code localgroups export --format F [--at REVISION|DATE] [-o FILE]}. */
@Command(
    name = "export",
    description =
        "Write the directory as moin, markdown, json, csv or geojson: as it is, or as it was at a"
            + " revision or date. CSV has each group's timeline (first listed, last changed).")
final class ExportCommand implements Callable<Integer> {
  /** The UTF-8 byte order mark, as a character. */
  static final char BOM = '\uFEFF';

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "moin, markdown, json, csv or geojson")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write here (default: standard output)")
  Path output;

  @Option(
      names = "--at",
      paramLabel = "REVISION|DATE",
      description =
          "the directory as it was right after this revision, or at this time: a date (2026-12-07:"
              + " its end, UTC) or an instant (2026-12-07T14:00:00Z)")
  @Nullable String at;

  @Option(
      names = "--bom",
      description =
          "start a CSV export with a UTF-8 byte order mark, so that spreadsheet programs read"
              + " accents right")
  boolean bom;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportFormat chosen = ExportFormat.parse(format);
    if (bom && chosen != ExportFormat.CSV) {
      throw LocalGroupsException.badInput(
          "--bom is for CSV (spreadsheet programs), not " + chosen.name().toLowerCase(Locale.ROOT));
    }
    try (Parts parts = Parts.forReading(data)) {
      long revision = at == null ? 0 : PointInTime.parse(at).revision(parts.store());
      Directory directory = revision == 0 ? parts.directory() : parts.store().directoryAt(revision);
      DirectoryWriter writer =
          Exports.writer(
              chosen,
              chosen == ExportFormat.CSV
                  ? GroupTimelines.of(parts.store(), directory, revision)
                  : Map.of());
      if (output == null) {
        // picocli's out: UTF-8 standard output (see Main.run)
        Writer out = spec.commandLine().getOut();
        if (bom) {
          out.write(BOM);
        }
        writer.write(directory, out);
        out.flush();
        return 0;
      }
      // write next to the target, then move: a failed export never leaves half a file behind
      Path parent = output.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw LocalGroupsException.badInput(
            "cannot write " + output + ": its folder does not exist");
      }
      if (Files.isDirectory(output)) {
        throw LocalGroupsException.badInput(
            "cannot write " + output + ": it is a folder; name a file");
      }
      try {
        Path temp = Files.createTempFile(parent, ".export-", ".tmp");
        try {
          try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            if (bom) {
              out.write(BOM);
            }
            writer.write(directory, out);
          }
          Files.move(
              temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temp);
        }
      } catch (IOException e) {
        throw LocalGroupsException.badInput("cannot write " + output + ": " + e.getMessage());
      }
      return 0;
    }
  }
}

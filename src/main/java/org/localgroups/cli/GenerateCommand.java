package org.localgroups.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.export.ExportFormat;
import org.localgroups.export.Exports;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.world.SyntheticDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code localgroups generate --groups N --seed S --format F -o FILE}: a made-up directory. */
@Command(
    name = "generate",
    description =
        "Write a made-up directory of any size to try the directory at scale: groups in real"
            + " cities drawn by population, names in the scripts of their countries, links of every"
            + " kind, meeting phrases. The same seed gives the same file.")
final class GenerateCommand implements Callable<Integer> {
  /** More than a million groups is a world no test or user has asked for; the heap is the limit. */
  static final int MAX_GROUPS = 10_000_000;

  @Option(names = "--groups", required = true, paramLabel = "N", description = "how many groups")
  int groups;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "the seed (default: 1)")
  long seed;

  @Option(
      names = "--format",
      defaultValue = "moin",
      paramLabel = "FORMAT",
      description = "moin, markdown, json or csv (default: moin)")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write here (default: standard output)")
  @Nullable Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (groups < 1 || groups > MAX_GROUPS) {
      throw LocalGroupsException.badInput(
          "--groups must be between 1 and " + MAX_GROUPS + ", not " + groups + ".");
    }
    ExportFormat as = ExportFormat.parse(format);
    if (as == ExportFormat.GEOJSON) {
      throw LocalGroupsException.badInput(
          "generate writes moin, markdown, json or csv (what import reads), not geojson.");
    }
    Directory world =
        SyntheticDirectory.generate(GeoNamesGazetteer.bundled().cities(), groups, seed);
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      Exports.writer(as).write(world, out);
      out.flush();
    } else {
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
        Exports.writer(as).write(world, out);
      }
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "Wrote %d groups in %d regions (seed %d) to %s.%n",
          world.groups().size(), world.regions().size(), seed, output);
    }
    return 0;
  }
}

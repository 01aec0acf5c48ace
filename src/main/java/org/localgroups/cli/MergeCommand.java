package org.localgroups.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.localgroups.curate.Editor;
import org.localgroups.directory.Link;
import org.localgroups.revision.StaleRevisionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code localgroups merge A B}: group B is merged into group A as one change set (see {@link
 * Editor#merge}).
 */
@Command(
    name = "merge",
    description =
        "Merge group B into group A as one change set: A gains B's links and, where it has none, its"
            + " description and meeting; B is removed (\"merged into A\"), both histories are kept,"
            + " and B's old addresses on the web answer 301 to A. `duplicates` lists candidates.")
final class MergeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "the slug of the group that stays")
  String into;

  @Parameters(index = "1", paramLabel = "B", description = "the slug of the group merged into A")
  String from;

  @Option(
      names = "--base-revision",
      paramLabel = "N",
      description = "A's revision this merge was decided on (see `history A`)")
  @Nullable Long intoBase;

  @Option(
      names = "--other-base-revision",
      paramLabel = "N",
      description = "B's revision this merge was decided on (see `history B`)")
  @Nullable Long fromBase;

  @Mixin Attributing attributing;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Editor.Attribution who = attributing.attribution();
    try (Parts parts = new Parts(data)) {
      long a = BaseRevision.checked(intoBase, parts.store(), into);
      long b = BaseRevision.checked(fromBase, parts.store(), from);
      Editor.Merged merged;
      try {
        merged = parts.editor().merge(into, from, a, b, who);
      } catch (StaleRevisionException stale) {
        throw BaseRevision.bothVersions(stale, parts.store(), parts.regionNames());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Merged '%s' (%s) into '%s' (%s): change set %d%n",
          merged.from().name(),
          merged.from().slug(),
          merged.into().name(),
          merged.into().slug(),
          merged.changeSet());
      for (Link l : merged.addedLinks()) {
        out.printf("  + link %s%n", l.url().isEmpty() ? l.written() : l.url());
      }
      if (merged.addedLinks().isEmpty()) {
        out.println("  (no link of B that A had not)");
      }
      out.flush();
      return 0;
    }
  }
}

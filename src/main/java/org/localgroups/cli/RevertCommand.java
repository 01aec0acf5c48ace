package org.localgroups.cli;

import java.util.concurrent.Callable;
import org.localgroups.curate.Editor;
import org.localgroups.revision.Revision;
import org.localgroups.revision.StateDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups revert SLUG --to REVISION}: a group set back to an earlier state. */
@Command(
    name = "revert",
    description =
        "Set a group back to its state at one of its earlier revisions, as one new revision (removed,"
            + " if it was removed then).")
final class RevertCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SLUG", description = "the group's slug")
  String slug;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "REVISION",
      description = "the revision of the group to go back to (see `history`)")
  long to;

  @Mixin Attributing attributing;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Editor.Attribution who = attributing.attribution();
    try (Parts parts = new Parts(data)) {
      Editor.Edited reverted = parts.editor().revert(slug, to, who);
      boolean removed =
          parts.store().revision(reverted.revision()).map(Revision::removed).orElse(false);
      RevisionPrinter.edited(
          reverted,
          removed,
          StateDiff.between(reverted.before().orElse(null), reverted.after(), parts.regionNames()),
          spec.commandLine().getOut());
      return 0;
    }
  }
}

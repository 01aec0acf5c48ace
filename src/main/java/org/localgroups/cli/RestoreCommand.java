package org.localgroups.cli;

import java.util.concurrent.Callable;
import org.localgroups.curate.Editor;
import org.localgroups.revision.StateDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups restore SLUG}: a removed group comes back with its last state. */
@Command(
    name = "restore",
    description =
        "Bring a removed group back with its last state, in those of its regions that are still"
            + " there, as one revision.")
final class RestoreCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SLUG", description = "the removed group's slug")
  String slug;

  @Mixin Attributing attributing;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Editor.Attribution who = attributing.attribution();
    try (Parts parts = new Parts(data)) {
      Editor.Edited restored = parts.editor().restore(slug, who);
      RevisionPrinter.edited(
          restored,
          false,
          StateDiff.between(restored.before().orElse(null), restored.after(), parts.regionNames()),
          spec.commandLine().getOut());
      return 0;
    }
  }
}

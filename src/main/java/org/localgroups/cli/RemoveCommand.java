package org.localgroups.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.localgroups.curate.Editor;
import org.localgroups.revision.StaleRevisionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups remove SLUG [--base-revision N]}: the group leaves the directory. */
@Command(
    name = "remove",
    description =
        "Remove a group as one revision: its last state is kept in its history and `restore` brings"
            + " it back.")
final class RemoveCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SLUG", description = "the group's slug")
  String slug;

  @Option(
      names = "--base-revision",
      paramLabel = "N",
      description = "the group's revision this removal was decided on (see `history`)")
  @Nullable Long baseRevision;

  @Mixin Attributing attributing;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Editor.Attribution who = attributing.attribution();
    try (Parts parts = new Parts(data)) {
      long base = BaseRevision.checked(baseRevision, parts.store(), slug);
      Editor.Edited removed;
      try {
        removed = parts.editor().remove(slug, base, who);
      } catch (StaleRevisionException stale) {
        throw BaseRevision.bothVersions(stale, parts.store(), parts.regionNames());
      }
      RevisionPrinter.edited(removed, true, List.of(), spec.commandLine().getOut());
      return 0;
    }
  }
}

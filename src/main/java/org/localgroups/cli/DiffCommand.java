package org.localgroups.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.localgroups.LocalGroupsException;
import org.localgroups.revision.FieldChange;
import org.localgroups.revision.Revision;
import org.localgroups.store.DirectoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups diff REV_A REV_B}: two revisions of one entity, field by field. */
@Command(
    name = "diff",
    description = "Show the fields that differ between two revisions of the same group or region.")
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "REV_A", description = "a revision id (from `history`)")
  long from;

  @Parameters(
      index = "1",
      paramLabel = "REV_B",
      description = "another revision of the same entity")
  long to;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Parts parts = Parts.forReading(data)) {
      DirectoryStore store = parts.store();
      Revision a = known(store, from);
      Revision b = known(store, to);
      if (!a.ref().equals(b.ref())) {
        throw LocalGroupsException.badInput(
            "Revisions "
                + from
                + " and "
                + to
                + " are of different entities ("
                + what(a)
                + " and "
                + what(b)
                + "); diff compares two revisions of one.");
      }
      List<FieldChange> diff = RevisionPrinter.changes(Optional.of(a), b, parts.regionNames());
      out.printf("%s, from %d to %d:%n", what(b), a.id(), b.id());
      out.println("  " + RevisionPrinter.header(a));
      out.println("  " + RevisionPrinter.header(b));
      if (diff.isEmpty()) {
        out.println("No field differs.");
      }
      RevisionPrinter.fields(diff, "", false).forEach(out::println);
      out.flush();
      return 0;
    }
  }

  private static Revision known(DirectoryStore store, long id) {
    return store
        .revision(id)
        .orElseThrow(() -> LocalGroupsException.notFound("No revision " + id + " is stored."));
  }

  /** "group 'PyCologne' (pycologne)". */
  private static String what(Revision r) {
    String slug = r.state().slug();
    return r.ref().kind().id()
        + " '"
        + Text.safe(r.state().label())
        + "'"
        + (slug.isEmpty() ? "" : " (" + slug + ")");
  }
}

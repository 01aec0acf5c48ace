package org.localgroups.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.localgroups.curate.Imported;
import org.localgroups.revision.Change;
import org.localgroups.revision.Conflict;
import org.localgroups.revision.RevisionKind;

/** Change sets as the command line prints them. */
final class ChangePrinter {
  private ChangePrinter() {}

  /**
   * "Change set 4: 2 created, 1 edited" (or what a dry run would make, each change listed), then
   * conflicts.
   */
  static void summary(Imported imported, PrintWriter out) {
    if (!imported.changes().isEmpty()) {
      Map<RevisionKind, Integer> counts = new EnumMap<>(RevisionKind.class);
      imported.changes().forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
      String what =
          counts.entrySet().stream()
              .map(e -> e.getValue() + " " + past(e.getKey()))
              .collect(Collectors.joining(", "));
      if (imported.run().isPresent()) {
        out.printf("  change set %d: %s%n", imported.changeSet(), what);
      } else {
        out.printf("  would make one change set: %s (nothing applied)%n", what);
        for (Change c : imported.changes()) {
          out.printf(
              "    %-8s %s '%s'%s%n",
              c.kind().id(),
              c.ref().kind().id(),
              c.state().label(),
              c.state().slug().isEmpty() ? "" : " (" + c.state().slug() + ")");
        }
      }
    }
    for (Conflict c : imported.conflicts()) {
      out.printf("  %s%n", c.describe());
    }
  }

  /** A kind of change as a past participle: "created", "edited". */
  static String past(RevisionKind kind) {
    return switch (kind) {
      case CREATE -> "created";
      case EDIT -> "edited";
      case MOVE -> "moved";
      case REMOVE -> "removed";
      case RESTORE -> "restored";
      case MERGE -> "merged";
      case REVERT -> "reverted";
      case IMPORT -> "replaced";
    };
  }
}

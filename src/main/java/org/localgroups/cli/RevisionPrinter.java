package org.localgroups.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.localgroups.curate.Editor;
import org.localgroups.revision.FieldChange;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.StateDiff;

/**
 * Revisions and their field-by-field differences as the command line prints them: one header line
 * per revision, one line per changed field, a "-"/"+" line per line of a field that holds several
 * (links, notes). Stored text is shown with its control characters as "?".
 */
final class RevisionPrinter {
  /** Times as ISO 8601 instants in UTC, to the second ("2026-12-07T14:01:02Z"). */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

  private RevisionPrinter() {}

  /** "revision 12 2026-12-07T14:01:02Z ana edit "tidy up"" (no comment part when none). */
  static String header(Revision r) {
    return "revision "
        + r.id()
        + "  "
        + time(r.at())
        + "  "
        + Text.safe(r.author())
        + "  "
        + r.kind().id()
        + (r.removed() && r.kind() != RevisionKind.REMOVE ? " (removed)" : "")
        + (r.comment().isEmpty() ? "" : "  \"" + Text.safe(r.comment()) + "\"");
  }

  static String time(Instant at) {
    return TIME.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * The lines of a field-by-field difference, each starting with {@code indent}: "name: A → B", or
   * for a field of several lines its name, then the lines gone ("- ") and added ("+ ").
   *
   * @param created the difference is a creation's: each field's value alone, without "(none) →"
   */
  static List<String> fields(List<FieldChange> changes, String indent, boolean created) {
    List<String> lines = new ArrayList<>();
    for (FieldChange c : changes) {
      boolean multiline = c.before().contains("\n") || c.after().contains("\n");
      if (!multiline) {
        lines.add(
            indent
                + c.field()
                + ": "
                + (created ? value(c.after()) : value(c.before()) + " → " + value(c.after())));
        continue;
      }
      lines.add(indent + c.field() + ":");
      List<String> before = c.before().isEmpty() ? List.of() : c.before().lines().toList();
      List<String> after = c.after().isEmpty() ? List.of() : c.after().lines().toList();
      List<String> gone = before.stream().filter(l -> !after.contains(l)).toList();
      List<String> added = after.stream().filter(l -> !before.contains(l)).toList();
      if (gone.isEmpty() && added.isEmpty()) {
        // the same lines in another order: show both orders
        gone = before;
        added = after;
      }
      gone.forEach(l -> lines.add(indent + "  - " + Text.safe(l)));
      added.forEach(l -> lines.add(indent + "  + " + Text.safe(l)));
    }
    return lines;
  }

  /**
   * The fields that differ from one revision of an entity to another ("removed" among them when one
   * is removed and the other not); every field of {@code to} when there is no {@code from}.
   */
  static List<FieldChange> changes(
      Optional<Revision> from, Revision to, Function<String, String> regionNames) {
    List<FieldChange> diff =
        new ArrayList<>(
            StateDiff.between(from.map(Revision::state).orElse(null), to.state(), regionNames));
    boolean wasRemoved = from.map(Revision::removed).orElse(false);
    if (wasRemoved != to.removed()) {
      diff.add(new FieldChange("removed", yesNo(wasRemoved), yesNo(to.removed())));
    }
    return diff;
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  /** "Edited 'PyCologne' (pycologne): revision 1205 in change set 57." and its fields. */
  static void edited(Editor.Edited e, boolean removed, List<FieldChange> diff, PrintWriter out) {
    String what = "'" + Text.safe(e.after().name()) + "' (" + e.after().slug() + ")";
    out.printf(
        "%s %s: revision %d in change set %d%s.%n",
        verb(e.kind()),
        what,
        e.revision(),
        e.changeSet(),
        removed && e.kind() != RevisionKind.REMOVE ? "; it is removed, as it was then" : "");
    fields(diff, "  ", e.kind() == RevisionKind.CREATE).forEach(out::println);
    if (removed) {
      out.printf("  `localgroups restore %s` brings it back.%n", e.after().slug());
    }
    out.flush();
  }

  private static String verb(RevisionKind kind) {
    return switch (kind) {
      case CREATE -> "Added";
      case EDIT -> "Edited";
      case MOVE -> "Moved";
      case REMOVE -> "Removed";
      case RESTORE -> "Restored";
      case REVERT -> "Reverted";
      case MERGE -> "Merged";
      case IMPORT -> "Replaced";
    };
  }

  private static String value(String v) {
    return v.isEmpty() ? "(none)" : Text.safe(v);
  }
}

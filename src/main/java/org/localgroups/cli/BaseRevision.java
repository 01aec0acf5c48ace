package org.localgroups.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.FieldChange;
import org.localgroups.revision.Revision;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.store.DirectoryStore;

/**
 * {@code --base-revision N}: the revision of a group an edit started from. Checked to be one of the
 * group's; when the group has a newer one, the edit is refused and both versions are shown.
 */
final class BaseRevision {
  private BaseRevision() {}

  /**
   * The revision given, 0 when none was (the edit then applies to the current revision).
   *
   * @throws LocalGroupsException BAD_INPUT when it is not a revision of the group at {@code slug}
   *     (an unknown slug is left for the edit to report)
   */
  static long checked(@Nullable Long given, DirectoryStore store, String slug) {
    if (given == null) {
      return 0;
    }
    if (given <= 0) {
      throw LocalGroupsException.badInput(
          "--base-revision is a revision number (`localgroups history SLUG` lists them), not "
              + given
              + ".");
    }
    Optional<EntityRef> group = store.find(EntityKind.GROUP, slug);
    if (group.isPresent()
        && store.revision(given).filter(r -> r.ref().equals(group.get())).isEmpty()) {
      throw LocalGroupsException.badInput(
          "Revision "
              + given
              + " is not a revision of '"
              + Text.shown(slug)
              + "'; `localgroups history "
              + Text.shown(slug)
              + "` lists them.");
    }
    return given;
  }

  /**
   * The refusal of an edit made from an older revision, with both versions: the one the edit
   * started from and the current one, and each field that differs between them.
   */
  static Refusal bothVersions(
      StaleRevisionException stale, DirectoryStore store, Function<String, String> regionNames) {
    Optional<Revision> base = store.revision(stale.expected());
    Optional<Revision> current = store.revision(stale.actual());
    List<String> lines = new ArrayList<>();
    lines.add("  your base: " + base.map(RevisionPrinter::header).orElse("none"));
    lines.add("  current:   " + current.map(RevisionPrinter::header).orElse("none"));
    if (base.isPresent() && current.isPresent()) {
      List<FieldChange> diff = RevisionPrinter.changes(base, current.get(), regionNames);
      if (diff.isEmpty()) {
        lines.add("  the two versions have the same fields");
      } else {
        lines.add("  changed since your base (your base → current):");
        lines.addAll(RevisionPrinter.fields(diff, "    ", false));
      }
    }
    return new Refusal(stale, lines);
  }
}

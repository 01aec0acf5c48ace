package org.localgroups.revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Revisions of several entities made by one change (an import, an edit, a merge, a revert), applied
 * in one transaction, all or nothing.
 *
 * @param origin where it came from
 * @param author who made it: a user name, or the author of a replayed wiki revision ("" for an
 *     import run, which the store names)
 * @param comment why, in the author's words ("" if none)
 * @param at when it happened when that is not now (a replayed wiki revision's time)
 * @param source the page an import read ("" for other origins)
 * @param sourceRevision the source's own revision id (a git commit), "" when none
 * @param changes one per entity it changes; empty means the change set changes nothing
 * @param layout where the page put things (imports)
 * @param base for an import: what the page says now, per entity, to merge the next import of the
 *     same source against; empty for other origins
 */
public record ChangeSet(
    Origin origin,
    String author,
    String comment,
    Optional<Instant> at,
    String source,
    String sourceRevision,
    List<Change> changes,
    Layout layout,
    Optional<Map<EntityRef, EntityState>> base) {
  public ChangeSet {
    changes = List.copyOf(changes);
    base = base.map(Map::copyOf);
  }

  /** An edit by a person: no source, no layout, no base. */
  public static ChangeSet edit(Origin origin, String author, String comment, List<Change> changes) {
    return new ChangeSet(
        origin, author, comment, Optional.empty(), "", "", changes, Layout.NONE, Optional.empty());
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }
}

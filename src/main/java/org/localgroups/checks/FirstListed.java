package org.localgroups.checks;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Timeline;
import org.localgroups.store.DirectoryStore;

/**
 * When each group was first listed, read from its revisions the first time it is asked for (one
 * query for that group), for one version of the store: a page of groups costs its own groups, and
 * no request reads the timelines of a whole large directory. Keeps at most {@link #MAX_KEPT}
 * answers. Thread-safe.
 */
final class FirstListed {
  /** The most answers kept; beyond, the memory of a million groups is not worth a query each. */
  static final int MAX_KEPT = 200_000;

  private final DirectoryStore store;
  private final ConcurrentHashMap<String, Optional<Instant>> known = new ConcurrentHashMap<>();

  FirstListed(DirectoryStore store) {
    this.store = store;
  }

  /** When the group of this id was first listed; empty for a group with no revision (or no id). */
  Optional<Instant> of(String groupId) {
    if (groupId.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> kept = known.get(groupId);
    if (kept != null) {
      return kept;
    }
    Optional<Instant> read =
        Timeline.of(store.history(EntityRef.group(groupId), Integer.MAX_VALUE, 0))
            .map(t -> t.firstListed().at());
    if (known.size() >= MAX_KEPT) {
      known.clear(); // bounded by forgetting everything at once: cheap, and rare
    }
    known.putIfAbsent(groupId, read);
    return read;
  }
}

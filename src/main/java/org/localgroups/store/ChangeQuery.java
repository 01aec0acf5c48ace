package org.localgroups.store;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;

/**
 * Which revisions Recent Changes lists: newest first, at most {@code limit}, older than {@code
 * before}.
 *
 * @param kinds only these kinds (empty: all)
 * @param author only this author ("" : anyone)
 * @param entity only revisions of this entity kind (empty: all)
 * @param before only revisions with a smaller id (0: from the newest); the next page's cursor
 * @param limit at most this many (1..500)
 * @param where any further test (a region, a place), applied while reading
 */
public record ChangeQuery(
    Set<RevisionKind> kinds,
    String author,
    Optional<EntityKind> entity,
    long before,
    int limit,
    Predicate<Revision> where) {
  public static final int MAX_LIMIT = 500;

  public ChangeQuery {
    kinds = Set.copyOf(kinds);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }

  /** The newest revisions of everything. */
  public static ChangeQuery newest(int limit) {
    return new ChangeQuery(Set.of(), "", Optional.empty(), 0, limit, r -> true);
  }
}

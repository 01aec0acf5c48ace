package org.localgroups.revision;

import java.time.Instant;

/**
 * A stored revision of one entity.
 *
 * @param id increases with every revision of any entity
 * @param changeSet the change set it belongs to
 * @param parent the entity's previous revision, 0 for its first
 * @param kind what happened
 * @param at when (UTC)
 * @param author who
 * @param comment why ("" if not said)
 * @param state the entity's whole state after the change
 * @param removed whether the entity was removed after it
 */
public record Revision(
    long id,
    long changeSet,
    long parent,
    RevisionKind kind,
    Instant at,
    String author,
    String comment,
    EntityState state,
    boolean removed) {

  public EntityRef ref() {
    return state.ref();
  }
}

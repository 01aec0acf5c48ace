package org.localgroups.revision;

/**
 * One entity's part of a change set: the revision it will make.
 *
 * @param parent the entity's current revision this change was computed from; 0 for an entity not
 *     stored yet. The store refuses the whole change set when the entity's current revision is
 *     another.
 * @param kind what happens to it
 * @param state its whole state after the change (for a removal: its last state)
 * @param removed whether it is removed after the change
 */
public record Change(long parent, RevisionKind kind, EntityState state, boolean removed) {
  public EntityRef ref() {
    return state.ref();
  }
}

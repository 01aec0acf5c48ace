package org.localgroups.revision;

/**
 * An entity's whole state, as a revision keeps it: everything a person can change, nothing that
 * only says where the page put it (order, source lines). Two states are equal exactly when nothing
 * changed.
 */
public sealed interface EntityState permits GroupState, RegionState, IntroState {
  EntityRef ref();

  /** Its address, "" for the intro. */
  String slug();

  /** Its name for people ("the introduction" for the intro). */
  String label();
}

package org.localgroups.revision;

import org.localgroups.LocalGroupsException;

/**
 * A change computed from a revision that is no longer the entity's current one: someone else
 * changed it in between, and nothing is overwritten. Carries both revisions so the refusal can show
 * both versions.
 */
public final class StaleRevisionException extends LocalGroupsException {
  private final EntityRef ref;
  private final long expected;
  private final long actual;

  public StaleRevisionException(EntityRef ref, String label, long expected, long actual) {
    super(Kind.CONFLICT, message(ref, label, expected, actual));
    this.ref = ref;
    this.expected = expected;
    this.actual = actual;
  }

  private static String message(EntityRef ref, String label, long expected, long actual) {
    String what = ref.kind().id() + " '" + label + "'";
    if (expected == 0) {
      return "The "
          + what
          + " was created by someone else meanwhile (revision "
          + actual
          + "); nothing was changed.";
    }
    if (actual == 0) {
      return "The "
          + what
          + " is not stored (expected its revision "
          + expected
          + "); nothing was changed.";
    }
    return "The "
        + what
        + " was changed by someone else since revision "
        + expected
        + ": its current revision is "
        + actual
        + ". Nothing was changed; look at both and apply your change to revision "
        + actual
        + ".";
  }

  public EntityRef ref() {
    return ref;
  }

  /** The revision the change was computed from (0: the entity was expected not to exist). */
  public long expected() {
    return expected;
  }

  /** The entity's current revision (0: it does not exist). */
  public long actual() {
    return actual;
  }
}

package org.localgroups.revision;

import java.util.Locale;

/** What happened to an entity in a revision. */
public enum RevisionKind {
  /** it came into the directory */
  CREATE,
  /** its fields changed */
  EDIT,
  /** only the regions that list it changed */
  MOVE,
  /** it left the directory; its last state is kept */
  REMOVE,
  /** a removed entity came back with its last state */
  RESTORE,
  /** another group was merged into it, or it into another */
  MERGE,
  /** it was set back to an earlier revision's state */
  REVERT,
  /** {@code import --replace} overwrote it with the page's reading */
  IMPORT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

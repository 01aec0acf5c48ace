package org.localgroups.revision;

import java.util.Locale;

/** Where a change set came from. */
public enum Origin {
  /** a page imported (or a revision of it replayed from its history) */
  IMPORT,
  /** a person's edit: add, edit, remove, restore */
  EDIT,
  /** a revert to an earlier revision */
  REVERT,
  /** two groups merged into one */
  MERGE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

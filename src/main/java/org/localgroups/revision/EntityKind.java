package org.localgroups.revision;

import java.util.Locale;

/** What a revision is of. */
public enum EntityKind {
  GROUP,
  REGION,
  INTRO;

  /** The word used in URLs, JSON and the database ("group"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.localgroups.directory;

/** How alive a group is, as its listing says. */
public enum GroupStatus {
  ACTIVE,
  /** "just starting", "seeking members ... first meetup" */
  STARTING,
  /** "no longer active" */
  INACTIVE,
  /** "(Defunct)" */
  DEFUNCT
}

package org.localgroups.checks;

import java.time.Instant;

/**
 * What a person says of a group: an organiser's confirmation that it meets, or a report that it
 * does not. An observation, like a link check: kept, never a revision.
 *
 * @param id its number in the store (increasing), 0 before it is stored
 * @param groupId the group's id
 * @param kind a confirmation or a report
 * @param by who says it
 * @param said what they say ("" for a bare confirmation)
 * @param at when
 */
public record Statement(long id, String groupId, Kind kind, String by, String said, Instant at) {
  /** What the statement is. */
  public enum Kind {
    /** The group is alive (an organiser says so). */
    CONFIRMATION,
    /** The group is gone, or its listing is wrong. */
    REPORT
  }
}

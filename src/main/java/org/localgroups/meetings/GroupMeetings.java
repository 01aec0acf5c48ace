package org.localgroups.meetings;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.Group;

/**
 * What is known of when a group meets: its rule, where the rule comes from, and its local zone.
 *
 * @param group the group
 * @param rule the rule (read from its phrase, or set by its organisers)
 * @param setByOrganisers whether the organisers set the rule (else it was read from the phrase)
 * @param zone its local zone, or why there is none
 */
public record GroupMeetings(
    Group group, MeetingRule rule, boolean setByOrganisers, LocalZone zone) {

  /** The series of a full rule; empty for a partial rule or none. */
  public List<Recurrence> recurrences() {
    return rule instanceof MeetingRule.Full full ? full.recurrences() : List.of();
  }

  /** The zone's id, or null when not known. */
  public @Nullable ZoneId zoneId() {
    return zone instanceof LocalZone.Known known ? known.zone() : null;
  }
}

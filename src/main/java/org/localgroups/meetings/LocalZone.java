package org.localgroups.meetings;

import java.time.ZoneId;

/** A group's local time zone, or why it has none. */
public sealed interface LocalZone {

  /** The zone its meetings' times are in. */
  record Known(ZoneId zone) implements LocalZone {}

  /**
   * No zone: meeting times are local, but which zone is not known.
   *
   * @param why one sentence for people ("placed only in Brazil, which has several time zones")
   */
  record Unknown(String why) implements LocalZone {}
}

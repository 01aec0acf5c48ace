package org.localgroups.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One meeting of a series, on its local date.
 *
 * @param date the local date
 * @param time when in the day (local), or null when the rule says no time
 * @param zone the group's zone, or null when not known
 * @param recurrence the series it belongs to
 */
public record Occurrence(
    LocalDate date, @Nullable TimeRange time, @Nullable ZoneId zone, Recurrence recurrence) {

  /** When it starts, with its offset; null without a time or a zone. */
  public @Nullable ZonedDateTime start() {
    return time == null || zone == null ? null : ZonedDateTime.of(date, time.start(), zone);
  }

  /** When it ends, with its offset; null without an end time or a zone. */
  public @Nullable ZonedDateTime end() {
    if (time == null || time.end() == null || zone == null) {
      return null;
    }
    ZonedDateTime end = ZonedDateTime.of(date, time.end(), zone);
    // "20:00-01:00" ends the next day
    return time.end().isBefore(time.start()) ? end.plusDays(1) : end;
  }

  /**
   * The moment it starts, for sorting meetings of several groups: its start, or the start of its
   * day in its zone; in UTC when the zone is not known.
   */
  public Instant sortKey() {
    ZoneId at = zone == null ? ZoneOffset.UTC : zone;
    return (time == null ? date.atStartOfDay(at) : ZonedDateTime.of(date, time.start(), at))
        .toInstant();
  }
}

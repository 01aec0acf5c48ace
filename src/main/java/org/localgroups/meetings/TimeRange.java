package org.localgroups.meetings;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * When in the day a meeting is, in the group's local time.
 *
 * @param start when it starts
 * @param end when it ends, or null when the phrase does not say
 */
public record TimeRange(LocalTime start, @Nullable LocalTime end) {
  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  /** "18:00" or "18:00–20:00". */
  public String describe() {
    return end == null ? start.format(HOURS) : start.format(HOURS) + "–" + end.format(HOURS);
  }
}

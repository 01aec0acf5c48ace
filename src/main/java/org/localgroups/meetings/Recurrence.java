package org.localgroups.meetings;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One series of meetings a phrase fully determines: "the 2nd Thursday of every month, 18:00",
 * "every Tuesday", "every other Tuesday starting 6 January 2026".
 *
 * @param frequency weekly or monthly
 * @param interval 1, or 2 for every other week (or month)
 * @param days the weekdays, each with its place in the month for monthly rules
 * @param months the months it meets in, in calendar order; empty for every month
 * @param start the first meeting, when the phrase gives one with its year (needed for an interval
 *     above 1); else null
 * @param time when in the day, or null when the phrase does not say
 * @param place where, as written ("the HP cafeteria", "Boulder, Colorado"), "" when not said
 */
public record Recurrence(
    Frequency frequency,
    int interval,
    List<MeetingDay> days,
    List<Month> months,
    @Nullable LocalDate start,
    @Nullable TimeRange time,
    String place) {
  public Recurrence {
    days = List.copyOf(days);
    months = months.stream().distinct().sorted().toList();
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a recurrence names at least one day");
    }
    if (interval < 1 || (interval > 1 && start == null)) {
      throw new IllegalArgumentException("an interval above 1 needs a start: " + interval);
    }
    if (frequency == Frequency.WEEKLY && days.stream().anyMatch(MeetingDay::inMonth)) {
      throw new IllegalArgumentException("a weekly rule has no days of the month: " + days);
    }
  }

  /** A rule meeting every month (or week) on these days, no time or place known. */
  public static Recurrence of(Frequency frequency, List<MeetingDay> days) {
    return new Recurrence(frequency, 1, days, List.of(), null, null, "");
  }

  /** This rule at a time of day. */
  public Recurrence at(@Nullable TimeRange when) {
    return new Recurrence(frequency, interval, days, months, start, when, place);
  }

  /** This rule at a place. */
  public Recurrence in(String where) {
    return new Recurrence(frequency, interval, days, months, start, time, where);
  }

  /** RFC 5545 RRULE value: "FREQ=MONTHLY;BYDAY=2TH", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU". */
  public String rrule() {
    StringBuilder sb = new StringBuilder("FREQ=").append(frequency.name());
    if (interval > 1) {
      sb.append(";INTERVAL=").append(interval);
    }
    if (!months.isEmpty()) {
      sb.append(";BYMONTH=")
          .append(
              months.stream()
                  .map(m -> String.valueOf(m.getValue()))
                  .collect(Collectors.joining(",")));
    }
    sb.append(";BYDAY=")
        .append(days.stream().map(MeetingDay::byDay).collect(Collectors.joining(",")));
    return sb.toString();
  }

  /** For people: "monthly on the 2nd Thursday, 18:00–20:00, at Boulder, Colorado". */
  public String describe() {
    String on = days.stream().map(MeetingDay::describe).collect(Collectors.joining(" and "));
    StringBuilder sb = new StringBuilder();
    if (frequency == Frequency.MONTHLY) {
      sb.append(interval == 1 ? "monthly" : "every " + interval + " months")
          .append(" on the ")
          .append(on);
    } else {
      sb.append(interval == 1 ? "every " : "every other ").append(on);
    }
    if (start != null) {
      sb.append(", from ").append(start);
    }
    if (!months.isEmpty()) {
      sb.append(", in ")
          .append(
              months.stream()
                  .map(m -> m.name().charAt(0) + m.name().substring(1, 3).toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
    }
    if (time != null) {
      sb.append(", ").append(time.describe());
    }
    if (!place.isEmpty()) {
      sb.append(", at ").append(place);
    }
    return sb.toString();
  }
}

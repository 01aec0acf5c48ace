package org.localgroups.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A weekday of a rule, with its place in the month: the 2nd Thursday, the last Friday, or every
 * Tuesday.
 *
 * @param day the weekday
 * @param ordinal 1 to 5 for the first to fifth such day of the month, -1 for the last, 0 for every
 *     such day
 */
public record MeetingDay(DayOfWeek day, int ordinal) {
  public static final int EVERY = 0;
  public static final int LAST = -1;

  public MeetingDay {
    if (ordinal < LAST || ordinal > 5) {
      throw new IllegalArgumentException(
          "ordinal must be -1 (last), 0 (every) or 1..5: " + ordinal);
    }
  }

  /** Every such weekday. */
  public static MeetingDay every(DayOfWeek day) {
    return new MeetingDay(day, EVERY);
  }

  /** Whether it names one such day of the month (first to fifth, or last). */
  public boolean inMonth() {
    return ordinal != EVERY;
  }

  /**
   * The date of this day in a month ("the 2nd Thursday of December 2026"), or null when the month
   * has none (a fifth Thursday) or the day names no place in the month.
   */
  public @Nullable LocalDate in(YearMonth month) {
    if (ordinal == EVERY) {
      return null;
    }
    LocalDate date =
        month
            .atDay(1)
            .with(
                ordinal == LAST
                    ? TemporalAdjusters.lastInMonth(day)
                    : TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    return YearMonth.from(date).equals(month) ? date : null;
  }

  /** Whether a date is this day: its weekday, and its place in the month when one is named. */
  public boolean isOn(LocalDate date) {
    return date.getDayOfWeek() == day
        && (ordinal == EVERY || date.equals(in(YearMonth.from(date))));
  }

  /** RFC 5545 BYDAY form: "2TH", "-1FR", "TU". */
  public String byDay() {
    String code = day.name().substring(0, 2);
    return ordinal == EVERY ? code : ordinal + code;
  }

  /** For people: "2nd Thursday", "last Friday", "Tuesday". */
  public String describe() {
    String name = day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
    return switch (ordinal) {
      case EVERY -> name;
      case LAST -> "last " + name;
      case 1 -> "1st " + name;
      case 2 -> "2nd " + name;
      case 3 -> "3rd " + name;
      default -> ordinal + "th " + name;
    };
  }
}

package org.localgroups.meetings;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A piece of a phrase the reader recognised: days, a time, a cadence, months, a date, a place. */
sealed interface Element {

  /**
   * "the 2nd Thursday of the month", "every Tuesday", "every other Wednesday", "Thursday".
   *
   * @param days the days named, with their place in the month when said
   * @param mode how the days without a place in the month repeat
   * @param months whether "of every month" (or every other month) was said
   */
  record Days(List<MeetingDay> days, Mode mode, MonthTail months) implements Element {}

  /** How a day without a place in the month repeats. */
  enum Mode {
    /** "every Tuesday", "Tuesdays", "each Tuesday" */
    EVERY,
    /** "every other Tuesday" */
    OTHER,
    /** "Tuesday": not said */
    BARE
  }

  /** What was said of the month after the days. */
  enum MonthTail {
    NONE,
    /** "of the month", "of every month", "each month", "monthly" */
    EVERY,
    /** "of every other month" */
    OTHER
  }

  /** "monthly", "every other week", "1-2 times per month". */
  record Often(Cadence cadence) implements Element {}

  /** "6-8 PM", "at 19:00", "noon". */
  record Time(TimeRange range, String written) implements Element {}

  /** "at 7": an hour that may be morning or evening. */
  record UnclearTime(String written) implements Element {}

  /**
   * "except in August" (except) or "September to June" (only).
   *
   * @param months the months named
   * @param except whether they are left out (else they are the only ones)
   */
  record Months(Set<Month> months, boolean except) implements Element {}

  /**
   * A date: "6 Jan", "January 6, 2026", "February 2012", "2026-01-06".
   *
   * @param date the day, when day, month and year are all given; else null
   * @param hasDay whether a day of the month is given
   * @param starting whether it is said to be the first meeting ("starting 6 Jan")
   * @param written as written
   */
  record Date(@Nullable LocalDate date, boolean hasDay, boolean starting, String written)
      implements Element {}

  /**
   * A place as written ("the HP cafeteria", "Boulder, Colorado").
   *
   * @param start where it begins in the phrase
   * @param end where it ends
   */
  record Place(int start, int end) implements Element {}
}

package org.localgroups.meetings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The meetings a rule gives, computed with java.time in the group's zone: the next few from a
 * moment, or all in a span of local dates. The same days RFC 5545 gives the rule's RRULE: a month
 * without a fifth Thursday has no "fifth Thursday" meeting; a time of day stays that local time
 * across daylight-saving changes (a time skipped by one is moved forward by the gap, as in RFC
 * 5545).
 */
public final class NextMeetings {
  /** How many months (or weeks) are looked through at most for the next meeting. */
  static final int MAX_PERIODS = 600;

  private NextMeetings() {}

  /**
   * The next {@code count} meetings of these series starting after {@code now}, soonest first.
   * Meetings with no time count as upcoming all their day. Without a zone, "now" is taken in UTC.
   */
  public static List<Occurrence> after(
      List<Recurrence> series, @Nullable ZoneId zone, Instant now, int count) {
    LocalDateTime localNow = LocalDateTime.ofInstant(now, zone == null ? ZoneOffset.UTC : zone);
    List<Occurrence> next = new ArrayList<>();
    for (Recurrence r : series) {
      int found = 0;
      for (LocalDate date : dates(r, localNow.toLocalDate(), null, count + 1)) {
        Occurrence o = new Occurrence(date, r.time(), zone, r);
        if (!startedBefore(o, localNow, now) && found++ < count) {
          next.add(o);
        }
      }
    }
    next.sort(Comparator.comparing(Occurrence::sortKey));
    return List.copyOf(next.subList(0, Math.min(count, next.size())));
  }

  private static boolean startedBefore(Occurrence o, LocalDateTime localNow, Instant now) {
    if (o.time() == null) {
      return o.date().isBefore(localNow.toLocalDate());
    }
    return o.zone() == null
        ? o.date().atTime(o.time().start()).isBefore(localNow)
        : Objects.requireNonNull(o.start()).toInstant().isBefore(now);
  }

  /** The meetings of these series on local dates {@code from} to {@code to}, both included. */
  public static List<Occurrence> between(
      List<Recurrence> series, @Nullable ZoneId zone, LocalDate from, LocalDate to) {
    List<Occurrence> found = new ArrayList<>();
    for (Recurrence r : series) {
      for (LocalDate date : dates(r, from, to, Integer.MAX_VALUE)) {
        found.add(new Occurrence(date, r.time(), zone, r));
      }
    }
    found.sort(Comparator.comparing(Occurrence::sortKey));
    return List.copyOf(found);
  }

  /** The rule's dates from {@code from} (and up to {@code to} when given), at most {@code max}. */
  static List<LocalDate> dates(Recurrence r, LocalDate from, @Nullable LocalDate to, int max) {
    LocalDate start = r.start() != null && r.start().isAfter(from) ? r.start() : from;
    List<LocalDate> dates = new ArrayList<>();
    if (r.frequency() == Frequency.MONTHLY) {
      YearMonth month = YearMonth.from(start);
      for (int n = 0; n < MAX_PERIODS && dates.size() < max; n++, month = month.plusMonths(1)) {
        if (to != null && month.atDay(1).isAfter(to)) {
          break;
        }
        if (inPhase(r, ChronoUnit.MONTHS.between(anchorMonth(r), month)) && meetsIn(r, month)) {
          for (MeetingDay d : r.days()) {
            add(dates, d.in(month), start, to);
          }
        }
      }
    } else {
      LocalDate week = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (int n = 0; n < MAX_PERIODS * 5 && dates.size() < max; n++, week = week.plusWeeks(1)) {
        if (to != null && week.isAfter(to)) {
          break;
        }
        if (inPhase(r, ChronoUnit.WEEKS.between(anchorWeek(r), week))) {
          for (MeetingDay d : r.days()) {
            LocalDate date = week.with(TemporalAdjusters.nextOrSame(d.day()));
            add(dates, meetsIn(r, YearMonth.from(date)) ? date : null, start, to);
          }
        }
      }
    }
    dates.sort(null);
    return dates.subList(0, Math.min(max, dates.size()));
  }

  private static void add(
      List<LocalDate> dates, @Nullable LocalDate date, LocalDate from, @Nullable LocalDate to) {
    if (date != null && !date.isBefore(from) && (to == null || !date.isAfter(to))) {
      dates.add(date);
    }
  }

  private static boolean meetsIn(Recurrence r, YearMonth month) {
    return r.months().isEmpty() || r.months().contains(month.getMonth());
  }

  private static boolean inPhase(Recurrence r, long periods) {
    return r.interval() == 1 || Math.floorMod(periods, r.interval()) == 0;
  }

  private static YearMonth anchorMonth(Recurrence r) {
    return r.start() == null ? YearMonth.of(2000, 1) : YearMonth.from(r.start());
  }

  private static LocalDate anchorWeek(Recurrence r) {
    LocalDate anchor = r.start() == null ? LocalDate.of(2000, 1, 3) : r.start();
    return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}

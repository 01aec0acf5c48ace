package org.localgroups.web.pages;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.localgroups.meetings.Cadence;
import org.localgroups.meetings.Frequency;
import org.localgroups.meetings.MeetingDay;
import org.localgroups.meetings.MeetingRule;
import org.localgroups.meetings.Recurrence;
import org.localgroups.meetings.TimeRange;

/**
 * One row of the meeting-rules form: one series on one weekday, as the form's controls hold it
 * (text as typed, so that a refused form shows what was sent). {@link #line()} writes it in the
 * notation of {@link org.localgroups.meetings.OrganiserRules}, which checks it.
 *
 * @param frequency "weekly", "monthly", or "" for an unused row
 * @param interval every how many weeks or months ("1")
 * @param ordinal "1" to "5", "last", or "every" (a weekly rule)
 * @param weekday "monday" to "sunday"
 * @param start when it starts ("18:00"), "" when not said
 * @param end when it ends, "" when not said
 * @param from the first meeting (YYYY-MM-DD), "" when not said
 * @param place where, "" when not said
 */
public record RuleRow(
    String frequency,
    String interval,
    String ordinal,
    String weekday,
    String start,
    String end,
    String from,
    String place) {
  static final RuleRow EMPTY = new RuleRow("", "1", "1", "monday", "", "", "", "");

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  /** Whether the row sets a rule (an unused row has no frequency). */
  public boolean used() {
    return !frequency.isBlank();
  }

  /** The row in the rules' notation: "every 2 months, 2nd Thursday, 18:00-20:00, at ...". */
  String line() {
    List<String> parts = new ArrayList<>();
    String f = frequency.strip().toLowerCase(Locale.ROOT);
    String n = interval.strip().isEmpty() ? "1" : interval.strip();
    parts.add(
        n.equals("1")
            ? f
            : "every "
                + n
                + " "
                + (f.equals("weekly") ? "weeks" : f.equals("monthly") ? "months" : f));
    String o = ordinal.strip().toLowerCase(Locale.ROOT);
    parts.add(o.equals("every") || o.isEmpty() ? weekday.strip() : o + " " + weekday.strip());
    if (!start.isBlank() || !end.isBlank()) {
      parts.add(end.isBlank() ? start.strip() : start.strip() + "-" + end.strip());
    }
    if (!from.isBlank()) {
      parts.add("from " + from.strip());
    }
    if (!place.isBlank()) {
      parts.add("at " + place.strip());
    }
    return String.join(", ", parts);
  }

  /** The rows a rule fills in: one per series and weekday; what a partial rule knows. */
  static List<RuleRow> of(MeetingRule rule) {
    return switch (rule) {
      case MeetingRule.Full full -> {
        List<RuleRow> rows = new ArrayList<>();
        for (Recurrence r : full.recurrences()) {
          for (MeetingDay d : r.days()) {
            rows.add(
                new RuleRow(
                    r.frequency().name().toLowerCase(Locale.ROOT),
                    String.valueOf(r.interval()),
                    ordinal(d),
                    d.day().name().toLowerCase(Locale.ROOT),
                    r.time() == null ? "" : r.time().start().format(HOURS),
                    end(r.time()),
                    r.start() == null ? "" : r.start().toString(),
                    r.place()));
          }
        }
        yield rows;
      }
      case MeetingRule.Partial p -> {
        Cadence c = p.cadence();
        MeetingDay d = p.days().isEmpty() ? null : p.days().getFirst();
        Frequency f =
            c != null ? c.unit() : d != null && d.inMonth() ? Frequency.MONTHLY : Frequency.WEEKLY;
        yield List.of(
            new RuleRow(
                f.name().toLowerCase(Locale.ROOT),
                c == null ? "1" : String.valueOf(c.every()),
                d == null ? (f == Frequency.WEEKLY ? "every" : "1") : ordinal(d),
                (d == null ? DayOfWeek.MONDAY : d.day()).name().toLowerCase(Locale.ROOT),
                p.time() == null ? "" : p.time().start().format(HOURS),
                end(p.time()),
                "",
                p.place()));
      }
      case MeetingRule.NoRule n -> List.of();
    };
  }

  private static String ordinal(MeetingDay d) {
    return switch (d.ordinal()) {
      case MeetingDay.EVERY -> "every";
      case MeetingDay.LAST -> "last";
      default -> String.valueOf(d.ordinal());
    };
  }

  private static String end(@org.jspecify.annotations.Nullable TimeRange t) {
    return t == null || t.end() == null ? "" : t.end().format(HOURS);
  }
}

package org.localgroups.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A rule in the notation of src/test/resources/meetings/phrases.txt, one line per reading. */
final class RuleNotation {
  private RuleNotation() {}

  static List<String> of(MeetingRule rule) {
    return switch (rule) {
      case MeetingRule.Full full -> full.recurrences().stream().map(RuleNotation::of).toList();
      case MeetingRule.Partial p -> List.of(of(p));
      case MeetingRule.NoRule none -> List.of("none " + none.reason());
    };
  }

  private static String of(Recurrence r) {
    List<String> parts = new ArrayList<>(List.of("full", r.rrule()));
    if (r.start() != null) {
      parts.add("start=" + r.start());
    }
    if (r.time() != null) {
      parts.add("time=" + time(r.time()));
    }
    if (!r.place().isEmpty()) {
      parts.add("place=\"" + r.place() + "\"");
    }
    return String.join(" ", parts);
  }

  private static String of(MeetingRule.Partial p) {
    List<String> parts = new ArrayList<>(List.of("partial"));
    Cadence c = p.cadence();
    if (c != null) {
      parts.add("every=" + c.every() + " " + c.unit().unit() + "s");
      if (c.minTimes() != 1 || c.maxTimes() != 1) {
        parts.add(
            "times="
                + (c.minTimes() == c.maxTimes()
                    ? c.minTimes()
                    : c.minTimes() + "-" + c.maxTimes()));
      }
    }
    if (!p.days().isEmpty()) {
      parts.add(
          "days=" + p.days().stream().map(MeetingDay::byDay).collect(Collectors.joining(",")));
    }
    if (p.time() != null) {
      parts.add("time=" + time(p.time()));
    }
    if (!p.place().isEmpty()) {
      parts.add("place=\"" + p.place() + "\"");
    }
    parts.add("missing=" + p.missing());
    return String.join(" ", parts);
  }

  private static String time(TimeRange t) {
    return t.end() == null ? t.start().toString() : t.start() + "-" + t.end();
  }
}

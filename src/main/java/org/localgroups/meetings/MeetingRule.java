package org.localgroups.meetings;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a meeting phrase says about when a group meets: a full rule (one or more series that give
 * every meeting's day), a partial one (how often, or which day, but not both), or none. Each keeps
 * the phrase it was read from.
 */
public sealed interface MeetingRule {

  /** The phrase as written ("meets the 2nd Thursday of the month"). */
  String phrase();

  /** For people: what was understood, or why nothing was. */
  String describe();

  /**
   * Every meeting's day is known.
   *
   * @param recurrences the series, one per meeting the phrase names (usually one)
   */
  record Full(String phrase, List<Recurrence> recurrences) implements MeetingRule {
    public Full {
      recurrences = List.copyOf(recurrences);
      if (recurrences.isEmpty()) {
        throw new IllegalArgumentException("a full rule has at least one recurrence");
      }
    }

    @Override
    public String describe() {
      return recurrences.stream().map(Recurrence::describe).collect(Collectors.joining("; and "));
    }
  }

  /**
   * Part of the rule is known: how often ("monthly", "every other week"), or the day ("every other
   * Tuesday", with no start to tell which weeks), or both with a piece missing.
   *
   * @param cadence how often, or null when not said
   * @param days the weekdays said, empty when none
   * @param time when in the day, or null
   * @param place where, as written, or ""
   * @param missing what would make it a full rule
   */
  record Partial(
      String phrase,
      @Nullable Cadence cadence,
      List<MeetingDay> days,
      @Nullable TimeRange time,
      String place,
      Missing missing)
      implements MeetingRule {
    public Partial {
      days = List.copyOf(days);
      if (cadence == null && days.isEmpty()) {
        throw new IllegalArgumentException("a partial rule knows how often or which day");
      }
    }

    @Override
    public String describe() {
      StringBuilder sb = new StringBuilder();
      if (cadence != null) {
        sb.append(cadence.describe());
      }
      if (!days.isEmpty()) {
        sb.append(sb.isEmpty() ? "on " : " on ")
            .append(days.stream().map(MeetingDay::describe).collect(Collectors.joining(" and ")));
      }
      if (time != null) {
        sb.append(", ").append(time.describe());
      }
      if (!place.isEmpty()) {
        sb.append(", at ").append(place);
      }
      return sb.append(" (").append(missing.sentence()).append(')').toString();
    }
  }

  /** What a partial rule lacks. */
  enum Missing {
    /** "monthly meetings": which day. */
    DAY("the day is not said"),
    /** "every other Tuesday": which weeks, for want of a start date with its year. */
    WEEKS("which weeks is not said: no first date with its year"),
    /** "every other month on the first Monday": which months, for want of a start date. */
    MONTHS("which months is not said: no first date with its year"),
    /** "monthly on Tuesdays": which of the month's Tuesdays. */
    WEEK_OF_MONTH("which of the month's weekdays is not said"),
    /** "Tuesday at 7pm": how often. */
    FREQUENCY("how often is not said");

    private final String sentence;

    Missing(String sentence) {
      this.sentence = sentence;
    }

    public String sentence() {
      return sentence;
    }
  }

  /**
   * The phrase gives no rule.
   *
   * @param reason why not
   * @param detail what was seen, for people ("19:00", "6 January"), "" when nothing
   */
  record NoRule(String phrase, Reason reason, String detail) implements MeetingRule {
    @Override
    public String describe() {
      return detail.isEmpty() ? reason.sentence() : reason.sentence() + ": " + detail;
    }
  }

  /** Why a phrase gives no rule. */
  enum Reason {
    /** Nothing in it says when: "meets regularly", "Meeting place: Level 3". */
    NO_SCHEDULE("no day or frequency"),
    /** "meets at 7pm": a time, but no day or frequency. */
    TIME_ONLY("a time but no day or frequency"),
    /** "next meeting 6 January": a date without its year is not a meeting. */
    YEARLESS_DATE("a date without its year, not a recurring meeting"),
    /** "started in February 2012", "on 10 May 2011": a date, not a recurring meeting. */
    DATE("a date, not a recurring meeting"),
    /** Empty, or too long to be a phrase. */
    NOT_A_PHRASE("not a meeting phrase");

    private final String sentence;

    Reason(String sentence) {
      this.sentence = sentence;
    }

    public String sentence() {
      return sentence;
    }
  }
}

package org.localgroups.meetings;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.localgroups.meetings.MeetingRule.Missing;
import org.localgroups.meetings.MeetingRule.Reason;

/**
 * Puts a phrase's pieces together into a rule. Days with what follows them (a time, a place) make a
 * meeting; a new set of days after a time starts another ("2nd Tuesday at 7pm and 4th Thursday at
 * noon"); a time or place before any days belongs to the first. How often, which months and the
 * first date apply to all. What the pieces leave open stays open: a partial rule, or none.
 */
final class RuleAssembly {

  /** One meeting of the phrase as read so far. */
  private static final class Slot {
    final List<Element.Days> days = new ArrayList<>();
    @Nullable TimeRange time;
    String place = "";
    int placeStart = -1;
    int placeEnd = -1;
  }

  private final String phrase;
  private final List<Slot> slots = new ArrayList<>();
  private @Nullable Cadence cadence;
  private @Nullable TimeRange looseTime;
  private String loosePlace = "";
  private @Nullable Set<Month> only;
  private final Set<Month> except = EnumSet.noneOf(Month.class);
  private Element.@Nullable Date start;
  private Element.@Nullable Date date;
  private String unclearTime = "";

  private RuleAssembly(String phrase) {
    this.phrase = phrase;
  }

  static MeetingRule assemble(String phrase, List<Element> elements) {
    RuleAssembly a = new RuleAssembly(phrase);
    elements.forEach(a::add);
    return a.rule();
  }

  private @Nullable Slot current() {
    return slots.isEmpty() ? null : slots.getLast();
  }

  private void add(Element e) {
    Slot slot = current();
    switch (e) {
      case Element.Days d -> {
        if (slot == null || slot.time != null || !slot.place.isEmpty()) {
          slot = new Slot();
          slots.add(slot);
        }
        slot.days.add(d);
      }
      case Element.Time time -> {
        if (slot == null) {
          looseTime = looseTime == null ? time.range() : looseTime;
        } else if (slot.time == null) {
          slot.time = time.range();
        } else {
          // "Tuesdays at 10am and 7pm": the same days again at another time
          Slot again = new Slot();
          again.days.addAll(slot.days);
          again.time = time.range();
          slots.add(again);
        }
      }
      case Element.Place place -> {
        String written = phrase.substring(place.start(), place.end());
        if (slot == null) {
          loosePlace = loosePlace.isEmpty() ? written : loosePlace;
        } else if (slot.place.isEmpty()) {
          slot.place = written;
          slot.placeStart = place.start();
          slot.placeEnd = place.end();
        } else if (phrase.substring(slot.placeEnd, place.start()).matches("[\\s,]*")) {
          // "Jill's, the St Julien Hotel": places next to each other are one, as written
          slot.placeEnd = place.end();
          slot.place = phrase.substring(slot.placeStart, slot.placeEnd);
        }
      }
      case Element.Often often -> cadence = cadence == null ? often.cadence() : cadence;
      case Element.Months months -> {
        if (months.except()) {
          except.addAll(months.months());
        } else {
          only = months.months();
        }
      }
      case Element.Date d -> {
        if (d.starting() && start == null) {
          start = d;
        } else if (date == null) {
          date = d;
        }
      }
      case Element.UnclearTime u -> unclearTime = u.written();
    }
  }

  private MeetingRule rule() {
    if (date != null && date.hasDay()) {
      // "next meeting: Thursday, March 5": the weekday is the date's, not a rule's
      slots.removeIf(RuleAssembly::onlyBareDays);
    }
    for (Slot slot : slots) {
      if (slot.time == null) {
        slot.time = looseTime;
        looseTime = null;
      }
      if (slot.place.isEmpty()) {
        slot.place = loosePlace;
        loosePlace = "";
      }
    }
    List<Recurrence> full = new ArrayList<>();
    MeetingRule.Partial partial = null;
    for (Slot slot : slots) {
      for (Object read : read(slot)) {
        if (read instanceof Recurrence r) {
          full.add(r);
        } else if (partial == null) {
          partial = (MeetingRule.Partial) read;
        }
      }
    }
    if (!full.isEmpty()) {
      return new MeetingRule.Full(phrase, full);
    }
    if (partial != null) {
      return partial;
    }
    if (cadence != null) {
      return new MeetingRule.Partial(
          phrase, cadence, List.of(), looseTime, loosePlace, Missing.DAY);
    }
    if (looseTime != null) {
      return new MeetingRule.NoRule(phrase, Reason.TIME_ONLY, looseTime.describe());
    }
    Element.Date said = date != null ? date : start;
    if (said != null) {
      boolean yearless = said.hasDay() && said.date() == null;
      return new MeetingRule.NoRule(
          phrase, yearless ? Reason.YEARLESS_DATE : Reason.DATE, said.written());
    }
    return new MeetingRule.NoRule(phrase, Reason.NO_SCHEDULE, unclearTime);
  }

  private static boolean onlyBareDays(Slot slot) {
    return slot.days.stream()
        .allMatch(
            d ->
                d.mode() == Element.Mode.BARE
                    && d.months() == Element.MonthTail.NONE
                    && d.days().stream().noneMatch(MeetingDay::inMonth));
  }

  /** A slot's meetings: recurrences, or partial rules where something is left open. */
  private List<Object> read(Slot slot) {
    List<MeetingDay> inMonth = new ArrayList<>();
    List<MeetingDay> weekdays = new ArrayList<>();
    Element.Mode mode = Element.Mode.BARE;
    Element.MonthTail tail = Element.MonthTail.NONE;
    for (Element.Days d : slot.days) {
      for (MeetingDay day : d.days()) {
        (day.inMonth() ? inMonth : weekdays).add(day);
      }
      mode = d.mode() == Element.Mode.BARE ? mode : d.mode();
      tail = d.months() == Element.MonthTail.NONE ? tail : d.months();
    }
    List<Object> read = new ArrayList<>();
    if (!inMonth.isEmpty()) {
      boolean everyOther =
          tail == Element.MonthTail.OTHER
              || (cadence != null
                  && cadence.unit() == Frequency.MONTHLY
                  && cadence.every() == 2
                  && cadence.maxTimes() == 1);
      read.add(series(slot, Frequency.MONTHLY, everyOther ? 2 : 1, inMonth, Missing.MONTHS));
    }
    if (!weekdays.isEmpty()) {
      read.add(weekly(slot, weekdays, mode, tail));
    }
    return read;
  }

  private Object weekly(
      Slot slot, List<MeetingDay> days, Element.Mode mode, Element.MonthTail tail) {
    if (mode == Element.Mode.OTHER) {
      return series(slot, Frequency.WEEKLY, 2, days, Missing.WEEKS);
    }
    boolean cadenceWeekly =
        cadence != null
            && cadence.unit() == Frequency.WEEKLY
            && cadence.minTimes() == 1
            && cadence.maxTimes() == 1;
    if (tail != Element.MonthTail.NONE
        || (cadence != null && cadence.unit() == Frequency.MONTHLY)) {
      // "Tuesdays each month", "monthly on Tuesday": which Tuesday is not said
      Cadence c = cadence != null ? cadence : Cadence.every(Frequency.MONTHLY, 1);
      return partial(slot, c, days, Missing.WEEK_OF_MONTH);
    }
    if (cadenceWeekly) {
      return series(
          slot, Frequency.WEEKLY, Objects.requireNonNull(cadence).every(), days, Missing.WEEKS);
    }
    if (mode == Element.Mode.EVERY) {
      return series(slot, Frequency.WEEKLY, 1, days, Missing.WEEKS);
    }
    return partial(slot, cadence, days, Missing.FREQUENCY);
  }

  /** A series when everything is known; a partial rule when its interval has no start. */
  private Object series(
      Slot slot, Frequency frequency, int interval, List<MeetingDay> days, Missing noStart) {
    LocalDate first = null;
    if (interval > 1) {
      first = start == null ? null : start.date();
      if (first == null || !isOccurrence(first, days)) {
        return partial(slot, Cadence.every(frequency, interval), days, noStart);
      }
    }
    Set<Month> months = months();
    if (months.isEmpty()) {
      // "September to June, except September to June": no month is left to meet in
      return partial(slot, Cadence.every(frequency, interval), days, Missing.MONTHS);
    }
    List<Month> only = months.size() == Month.values().length ? List.of() : List.copyOf(months);
    return new Recurrence(frequency, interval, days, only, first, slot.time, slot.place);
  }

  private MeetingRule.Partial partial(
      Slot slot, @Nullable Cadence c, List<MeetingDay> days, Missing missing) {
    return new MeetingRule.Partial(phrase, c, days, slot.time, slot.place, missing);
  }

  /** The months it meets in: those said (or all), less those excepted. */
  private Set<Month> months() {
    Set<Month> months = only == null ? EnumSet.allOf(Month.class) : EnumSet.copyOf(only);
    months.removeAll(except);
    return months;
  }

  /** Whether a first date given is one of the rule's days (else it cannot anchor it). */
  private static boolean isOccurrence(LocalDate date, List<MeetingDay> days) {
    return days.stream().anyMatch(d -> d.isOn(date));
  }
}

package org.localgroups.meetings;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Group;

/**
 * The meeting rules a group's organisers set ({@link Group#meetingRules()}), and the one notation
 * they are written and stored in: a {@link Recurrence} as a line of comma-separated parts.
 *
 * <pre>
 *   monthly, 2nd Thursday, 18:00-20:00, at the HP cafeteria
 *   weekly, Tuesday and Thursday, 19:00
 *   every 2 weeks, Tuesday, from 2027-01-05
 *   monthly, last Friday, in Jan Feb Mar Sep Oct Nov Dec
 * </pre>
 *
 * How often comes first ({@code weekly}, {@code monthly}, {@code every N weeks}, {@code every N
 * months}), then the days ({@code 1st} to {@code 5th} or {@code last} and a weekday for a monthly
 * rule, a bare weekday for a weekly one; several joined with {@code and}); then, each optional and
 * in any order, a time ({@code HH:MM} or {@code HH:MM-HH:MM}), a first meeting ({@code from
 * YYYY-MM-DD}, needed for an interval above 1) and months ({@code in Jan Feb}); a place ({@code at
 * ...}) is last and takes the rest of the line. Reading is strict (a part it does not know is an
 * error saying what to write); {@link #write} gives the canonical line, which reads back to the
 * same rule.
 *
 * <p>As {@link RuleOverrides}: a group's rules, when it has any, win over its phrase.
 */
public final class OrganiserRules implements RuleOverrides {
  /** The organisers' rules of each group, read from the group itself. */
  public static final OrganiserRules FROM_GROUPS = new OrganiserRules();

  /** An interval longer than a year is not a meeting series people follow. */
  static final int MAX_MONTHS = 12;

  static final int MAX_WEEKS = 52;

  /** The form a rule is written in, for messages. */
  public static final String EXAMPLE = "monthly, 2nd Thursday, 18:00-20:00, at the library";

  private static final Pattern EVERY =
      Pattern.compile("every\\s+(\\S+)\\s+(weeks?|months?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY =
      Pattern.compile("(?:(\\S+)\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL = Pattern.compile("(-?\\d+)(?:st|nd|rd|th)?");
  private static final Pattern TIME = Pattern.compile("(\\S+?)\\s*(?:-|–|to)\\s*(\\S+)|(\\S+)");
  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private OrganiserRules() {}

  @Override
  public Optional<MeetingRule> ruleFor(Group group) {
    if (group.meetingRules().isEmpty()) {
      return Optional.empty();
    }
    List<Recurrence> series = new ArrayList<>();
    for (String text : group.meetingRules()) {
      try {
        series.add(read(text));
      } catch (LocalGroupsException e) {
        // stored rules were read when they were set; one that no longer reads is left out
      }
    }
    return series.isEmpty()
        ? Optional.empty()
        : Optional.of(new MeetingRule.Full(String.join("; ", group.meetingRules()), series));
  }

  /**
   * The rule this line says.
   *
   * @throws LocalGroupsException BAD_INPUT naming what is wrong and how to write it
   */
  public static Recurrence read(String text) {
    String line = text.strip();
    if (line.isEmpty()) {
      throw bad("A meeting rule is empty; write it as '" + EXAMPLE + "'.");
    }
    String place = "";
    Matcher at = Pattern.compile(",\\s*at(?:\\s+|$)", Pattern.CASE_INSENSITIVE).matcher(line);
    if (at.find()) {
      place = line.substring(at.end()).strip();
      line = line.substring(0, at.start());
      if (place.isEmpty()) {
        throw bad("The place of a meeting rule ('at ...') is empty.");
      }
    }
    List<String> parts = List.of(line.split("\\s*,\\s*"));
    if (parts.size() < 2) {
      throw bad(
          "A meeting rule says how often and on which day, separated by a comma, as in '"
              + EXAMPLE
              + "'; not '"
              + shown(text)
              + "'.");
    }
    Frequency frequency = frequency(parts.get(0));
    int interval = interval(parts.get(0), frequency);
    List<MeetingDay> days = days(parts.get(1), frequency);
    TimeRange time = null;
    LocalDate start = null;
    List<Month> months = List.of();
    for (String part : parts.subList(2, parts.size())) {
      String lower = part.toLowerCase(Locale.ROOT);
      if (lower.startsWith("from ")) {
        once(start, "first meeting ('from')");
        start = date(part.substring(5).strip());
      } else if (lower.startsWith("in ")) {
        once(months.isEmpty() ? null : months, "list of months ('in')");
        months = months(part.substring(3).strip());
      } else if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
        once(time, "time");
        time = time(part);
      } else {
        throw bad(
            "'"
                + shown(part)
                + "' is not part of a meeting rule: after the day come a time (18:00-20:00),"
                + " 'from YYYY-MM-DD', 'in Jan Feb' and 'at PLACE'.");
      }
    }
    if (interval > 1 && start == null) {
      throw bad(
          "A rule meeting every "
              + interval
              + " "
              + frequency.unit()
              + "s needs its first meeting to tell which "
              + frequency.unit()
              + "s: add ', from YYYY-MM-DD'.");
    }
    LocalDate first = start;
    if (first != null && days.stream().noneMatch(d -> d.isOn(first))) {
      throw bad(
          "The first meeting, "
              + name(first.getDayOfWeek())
              + " "
              + first
              + ", is not on the rule's day ("
              + days.stream().map(MeetingDay::describe).collect(Collectors.joining(" or "))
              + ").");
    }
    return new Recurrence(frequency, interval, days, months, start, time, place);
  }

  /** The canonical line of a rule: it reads back to the same rule. */
  public static String write(Recurrence r) {
    List<String> parts = new ArrayList<>();
    String unit = r.frequency().unit();
    parts.add(
        r.interval() == 1
            ? (r.frequency() == Frequency.WEEKLY ? "weekly" : "monthly")
            : "every " + r.interval() + " " + unit + "s");
    parts.add(r.days().stream().map(MeetingDay::describe).collect(Collectors.joining(" and ")));
    TimeRange t = r.time();
    if (t != null) {
      parts.add(
          t.end() == null
              ? t.start().format(HOURS)
              : t.start().format(HOURS) + "-" + t.end().format(HOURS));
    }
    if (r.start() != null) {
      parts.add("from " + r.start());
    }
    if (!r.months().isEmpty()) {
      parts.add(
          "in "
              + r.months().stream()
                  .map(OrganiserRules::abbreviation)
                  .collect(Collectors.joining(" ")));
    }
    if (!r.place().isEmpty()) {
      parts.add("at " + r.place());
    }
    return String.join(", ", parts);
  }

  /** The line as {@link #write} gives it: what is stored. */
  public static String canonical(String text) {
    return write(read(text));
  }

  // ---- the parts
  // ------------------------------------------------------------------------------------

  private static Frequency frequency(String part) {
    String p = part.toLowerCase(Locale.ROOT).strip();
    if (p.equals("weekly") || p.equals("every week")) {
      return Frequency.WEEKLY;
    }
    if (p.equals("monthly") || p.equals("every month")) {
      return Frequency.MONTHLY;
    }
    Matcher m = EVERY.matcher(p);
    if (m.matches()) {
      return m.group(2).startsWith("week") ? Frequency.WEEKLY : Frequency.MONTHLY;
    }
    throw bad(
        "A meeting rule starts with how often: weekly, monthly, every N weeks or every N months;"
            + " not '"
            + shown(part)
            + "'.");
  }

  private static int interval(String part, Frequency frequency) {
    Matcher m = EVERY.matcher(part.strip());
    if (!m.matches()) {
      return 1;
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int interval;
    if (n.equals("other")) {
      interval = 2;
    } else {
      try {
        interval = Integer.parseInt(n);
      } catch (NumberFormatException e) {
        throw bad("'" + shown(m.group(1)) + "' is not a number of " + frequency.unit() + "s.");
      }
    }
    int max = frequency == Frequency.WEEKLY ? MAX_WEEKS : MAX_MONTHS;
    if (interval < 1 || interval > max) {
      throw bad(
          "The interval of a meeting rule is 1 to "
              + max
              + " "
              + frequency.unit()
              + "s, not "
              + interval
              + ".");
    }
    return interval;
  }

  private static List<MeetingDay> days(String part, Frequency frequency) {
    List<MeetingDay> days = new ArrayList<>();
    for (String one : part.strip().split("\\s+and\\s+")) {
      Matcher m = DAY.matcher(one.strip());
      if (!m.matches()) {
        throw bad("'" + shown(one) + "' is not a day: write '2nd Thursday' or 'last Friday'.");
      }
      DayOfWeek day = weekday(m.group(2));
      String ordinal = m.group(1);
      int place = ordinal == null ? MeetingDay.EVERY : ordinal(ordinal);
      if (frequency == Frequency.WEEKLY && place != MeetingDay.EVERY) {
        throw bad(
            "A weekly rule meets on every such weekday: write '"
                + name(day)
                + "', not '"
                + shown(one.strip())
                + "' (or make it monthly).");
      }
      if (frequency == Frequency.MONTHLY && place == MeetingDay.EVERY) {
        throw bad(
            "A monthly rule says which "
                + name(day)
                + " of the month: 1st to 5th or last, as in '2nd "
                + name(day)
                + "'.");
      }
      MeetingDay d = new MeetingDay(day, place);
      if (days.contains(d)) {
        throw bad("The day '" + d.describe() + "' is given twice.");
      }
      days.add(d);
    }
    return days;
  }

  private static DayOfWeek weekday(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.name().toLowerCase(Locale.ROOT);
      if (w.equals(full) || (w.length() >= 3 && full.startsWith(w))) {
        return d;
      }
    }
    throw bad("'" + shown(word) + "' is not a weekday: write Monday to Sunday.");
  }

  private static int ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    List<String> words = List.of("first", "second", "third", "fourth", "fifth");
    if (w.equals("last")) {
      return MeetingDay.LAST;
    }
    if (words.contains(w)) {
      return words.indexOf(w) + 1;
    }
    Matcher m = ORDINAL.matcher(w);
    if (m.matches()) {
      int n;
      try {
        n = Integer.parseInt(m.group(1));
      } catch (NumberFormatException e) {
        n = Integer.MAX_VALUE;
      }
      if (n >= 1 && n <= 5) {
        return n;
      }
    }
    throw bad(
        "'"
            + shown(word)
            + "' is not a place in the month: write 1st, 2nd, 3rd, 4th, 5th or last.");
  }

  private static TimeRange time(String part) {
    Matcher m = TIME.matcher(part.strip());
    if (!m.matches()) {
      throw bad("'" + shown(part) + "' is not a time: write 18:00 or 18:00-20:00.");
    }
    if (m.group(3) != null) {
      return new TimeRange(clock(m.group(3)), null);
    }
    LocalTime start = clock(m.group(1));
    LocalTime end = clock(m.group(2));
    if (!end.isAfter(start)) {
      throw bad(
          "The meeting ends ("
              + end.format(HOURS)
              + ") before it starts ("
              + start.format(HOURS)
              + "); write the start first, as in 18:00-20:00.");
    }
    return new TimeRange(start, end);
  }

  private static LocalTime clock(String text) {
    if (!text.matches("\\d{1,2}:\\d{2}")) {
      throw bad("'" + shown(text) + "' is not a time of day: write HH:MM, 00:00 to 23:59.");
    }
    String[] hm = text.split(":");
    try {
      return LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
    } catch (DateTimeException e) {
      throw bad("'" + shown(text) + "' is not a time of day: write HH:MM, 00:00 to 23:59.");
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw bad("'" + shown(text) + "' is not a date: write it as YYYY-MM-DD.");
    }
  }

  private static List<Month> months(String text) {
    List<Month> out = new ArrayList<>();
    for (String word : text.split("[\\s/]+")) {
      out.add(month(word));
    }
    return out;
  }

  private static Month month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      if (w.length() >= 3 && full.startsWith(w)) {
        return m;
      }
    }
    throw bad("'" + shown(word) + "' is not a month: write Jan to Dec.");
  }

  private static void once(@Nullable Object seen, String what) {
    if (seen != null) {
      throw bad("A meeting rule has one " + what + ".");
    }
  }

  private static String abbreviation(Month m) {
    return m.name().charAt(0) + m.name().substring(1, 3).toLowerCase(Locale.ROOT);
  }

  private static String name(DayOfWeek d) {
    return d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
  }

  private static String shown(String text) {
    String one = text.strip().replaceAll("\\p{Cntrl}", "?");
    return one.length() <= 60 ? one : one.substring(0, 60) + "…";
  }

  private static LocalGroupsException bad(String message) {
    return LocalGroupsException.badInput(message);
  }
}

package org.localgroups.web.pages;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.localgroups.directory.Group;
import org.localgroups.meetings.GroupMeetings;
import org.localgroups.meetings.LocalZone;
import org.localgroups.meetings.MeetingRule;
import org.localgroups.meetings.Meetings;
import org.localgroups.meetings.Occurrence;
import org.localgroups.web.SiteAddress;

/** Next meetings and calendar links as the pages show them. */
final class MeetingViews {
  /** How many meetings a group page lists. */
  static final int SHOWN = 3;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  private final Meetings meetings;
  private final boolean editing;

  /**
   * @param editing whether group pages link to the form that sets the organisers' meeting rules
   */
  MeetingViews(Meetings meetings, boolean editing) {
    this.meetings = meetings;
    this.editing = editing;
  }

  MeetingBlock block(Group g, Context ctx) {
    GroupMeetings m = meetings.of(g);
    CalendarLinks calendar = links(ctx, "/groups/" + g.slug() + ".ics");
    String edit = editing ? MeetingRuleForms.href(g.slug()) : "";
    if (g.meeting().isEmpty() && !m.setByOrganisers()) {
      return new MeetingBlock("", "", "", List.of(), "", calendar, edit);
    }
    List<Occurrence> next = meetings.next(m, SHOWN);
    String zoneNote =
        m.zone() instanceof LocalZone.Unknown u && !next.isEmpty() && next.getFirst().time() != null
            ? "Time zone not known: " + u.why() + "."
            : "";
    String nextLine =
        next.isEmpty()
            ? ""
            : when(next.getFirst(), DAY)
                + " — "
                + (m.setByOrganisers()
                    ? "as its organisers set"
                    : "from '" + m.rule().phrase() + "'");
    return new MeetingBlock(
        kind(m.rule()),
        (m.setByOrganisers() ? "its organisers' rule (wins over the phrase): " : "")
            + m.rule().describe(),
        nextLine,
        next.stream().skip(1).map(o -> when(o, DAY)).toList(),
        zoneNote,
        calendar,
        edit);
  }

  /** "Next: Thu 8 Jan 2026, 18:00 local time", "" when no meeting is known. */
  String nextShort(Group g) {
    List<Occurrence> next = meetings.next(meetings.of(g), 1);
    return next.isEmpty() ? "" : "Next: " + when(next.getFirst(), SHORT_DAY);
  }

  static CalendarLinks links(Context ctx, String path) {
    return new CalendarLinks(path, SiteAddress.webcal(ctx, path));
  }

  /** "Thursday 10 December 2026, 18:00 local time". */
  static String when(Occurrence o, DateTimeFormatter day) {
    String date = o.date().format(day);
    if (o.time() == null) {
      return date;
    }
    return date
        + ", "
        + o.time().describe()
        + " local time"
        + (o.zone() == null ? " (time zone not known)" : "");
  }

  private static String kind(MeetingRule rule) {
    return switch (rule) {
      case MeetingRule.Full f -> "full";
      case MeetingRule.Partial p -> "partial";
      case MeetingRule.NoRule n -> "none";
    };
  }
}

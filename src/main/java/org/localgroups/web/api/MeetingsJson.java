package org.localgroups.web.api;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.localgroups.meetings.GroupMeetings;
import org.localgroups.meetings.LocalZone;
import org.localgroups.meetings.MeetingRule;
import org.localgroups.meetings.Occurrence;
import org.localgroups.meetings.Recurrence;

/** The API's shapes for when groups meet (serialised with snake_case names). */
final class MeetingsJson {
  /** ISO 8601 with the offset, seconds always written: 2026-12-10T18:00:00-06:00. */
  static final DateTimeFormatter WITH_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private MeetingsJson() {}

  /**
   * What the group's listing says about its meetings, as read.
   *
   * @param kind "full", "partial" or "none"
   * @param phrase the phrase it was read from ("" when none)
   * @param reading what it was read as, for people
   * @param rrules the RFC 5545 RRULE of each series of a full rule
   * @param setByOrganisers whether the organisers set the rule (else it was read from the phrase)
   * @param timeZone the group's IANA zone, null when not known
   * @param timeZoneNote why there is none, "" when there is one
   */
  record RuleJson(
      String kind,
      String phrase,
      String reading,
      List<String> rrules,
      boolean setByOrganisers,
      @Nullable String timeZone,
      String timeZoneNote) {
    static RuleJson of(GroupMeetings g) {
      String kind =
          switch (g.rule()) {
            case MeetingRule.Full f -> "full";
            case MeetingRule.Partial p -> "partial";
            case MeetingRule.NoRule n -> "none";
          };
      return new RuleJson(
          kind,
          g.rule().phrase(),
          g.rule().describe(),
          g.recurrences().stream().map(Recurrence::rrule).toList(),
          g.setByOrganisers(),
          g.zoneId() == null ? null : g.zoneId().getId(),
          g.zone() instanceof LocalZone.Unknown u ? u.why() : "");
    }
  }

  /**
   * One meeting.
   *
   * @param date its local date
   * @param start when it starts, ISO 8601 with offset; null without a time or a zone
   * @param end when it ends, likewise; null when no end is said
   * @param localStart the local time it starts ("18:00"), null when no time is said
   * @param localEnd the local time it ends, null when not said
   * @param timeZone the group's zone, null when not known
   * @param place where, as the phrase says, "" when not said
   */
  record MeetingJson(
      String date,
      @Nullable String start,
      @Nullable String end,
      @Nullable String localStart,
      @Nullable String localEnd,
      @Nullable String timeZone,
      String place) {
    static MeetingJson of(Occurrence o) {
      return new MeetingJson(
          o.date().toString(),
          format(o.start()),
          format(o.end()),
          o.time() == null ? null : o.time().start().toString(),
          o.time() == null || o.time().end() == null ? null : o.time().end().toString(),
          o.zone() == null ? null : o.zone().getId(),
          o.recurrence().place());
    }
  }

  private static @Nullable String format(@Nullable ZonedDateTime t) {
    return t == null ? null : t.format(WITH_OFFSET);
  }

  /** A group in a list of meetings. */
  record GroupRef(String slug, String name, String url, double distanceKm, String phrase) {}

  /** A meeting in a list of several groups' meetings. */
  record ListedMeeting(GroupRef group, MeetingJson meeting) {}

  /**
   * The meetings near a place in a span of dates, soonest first.
   *
   * @param near the place understood
   * @param from the first local date
   * @param to the last local date
   * @param radiusKm the radius searched
   * @param groups how many groups are in the place or within the radius
   * @param meetings their meetings
   */
  record MeetingList(
      ApiModel.UnderstoodPlace near,
      String from,
      String to,
      double radiusKm,
      int groups,
      List<ListedMeeting> meetings) {}
}

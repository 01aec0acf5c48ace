package org.localgroups.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.localgroups.directory.Group;
import org.localgroups.geo.Gazetteer;

/**
 * When groups meet, for the web and the command line: each group's rule (its organisers' if set,
 * else read from its phrase) and local zone, its next meetings and those in a span. "Now" comes
 * from the clock given. Thread-safe.
 */
public final class Meetings {
  private final MeetingPhrases phrases;
  private final GroupZones zones;
  private final RuleOverrides overrides;
  private final Clock clock;

  public Meetings(MeetingPhrases phrases, GroupZones zones, RuleOverrides overrides, Clock clock) {
    this.phrases = phrases;
    this.zones = zones;
    this.overrides = overrides;
    this.clock = clock;
  }

  /** English phrases, zones from the gazetteer, each group's organisers' rules winning. */
  public static Meetings english(Gazetteer gazetteer, Clock clock) {
    return new Meetings(
        MeetingPhrases.english(),
        new GroupZones(gazetteer, clock),
        OrganiserRules.FROM_GROUPS,
        clock);
  }

  public Clock clock() {
    return clock;
  }

  /** A group's rule and zone. */
  public GroupMeetings of(Group group) {
    var set = overrides.ruleFor(group);
    MeetingRule rule = set.orElseGet(() -> phrases.read(group.meeting()));
    return new GroupMeetings(group, rule, set.isPresent(), zones.of(group.placement()));
  }

  /** The next {@code count} meetings of a group from now, soonest first. */
  public List<Occurrence> next(GroupMeetings g, int count) {
    return NextMeetings.after(g.recurrences(), g.zoneId(), clock.instant(), count);
  }

  /** A group's meetings on local dates from {@code from} to {@code to}, both included. */
  public List<Occurrence> between(GroupMeetings g, LocalDate from, LocalDate to) {
    return NextMeetings.between(g.recurrences(), g.zoneId(), from, to);
  }
}

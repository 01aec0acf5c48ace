package org.localgroups.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.Place;
import org.localgroups.meetings.CalendarFeeds;
import org.localgroups.meetings.Feed;
import org.localgroups.meetings.GroupMeetings;
import org.localgroups.meetings.Meetings;
import org.localgroups.meetings.NextMeetings;
import org.localgroups.meetings.Occurrence;
import org.localgroups.meetings.Recurrence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The calendar feed of 1,000 groups, as {@code /regions/{slug}.ics} makes it: each group's phrase
 * read, its zone from its city, its next meeting worked out, and the iCalendar text rendered with
 * iCal4j (VTIMEZONEs of 20 zones). Baselines of the same run: the same events written as plain text
 * lines by hand (what the library and RFC 5545 cost over that), and an empty feed (the fixed cost
 * of a calendar). Run with {@code bin/bench CalendarFeedBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m"})
public class CalendarFeedBench {
  static final int GROUPS = 1_000;

  private static final List<String> CITIES =
      List.of(
          "Kraków",
          "Berlin",
          "London",
          "Lisbon",
          "New York",
          "Chicago",
          "Denver",
          "Los Angeles",
          "Phoenix",
          "São Paulo",
          "Buenos Aires",
          "Sydney",
          "Auckland",
          "Tokyo",
          "Bengaluru",
          "Kathmandu",
          "Tehran",
          "Cairo",
          "Nairobi",
          "Honolulu");

  private static final List<String> PHRASES =
      List.of(
          "meets the 2nd Thursday of the month",
          "meet every third Wednesday, 6-8 PM, in Boulder, Colorado",
          "Meets every Tuesday to learn web development using TurboGears",
          "first Tuesday of every month except in August, 19:00",
          "2nd Tuesday at 7pm in Minneapolis and 4th Thursday at noon in St. Paul",
          "last Friday of the month",
          "every other Tuesday starting 6 Jan 2026, 18:00-20:00",
          "monthly meetings",
          "Tuesdays and Thursdays, 12:00-13:00",
          "fifth Thursday of the month");

  private final CalendarFeeds feeds =
      new CalendarFeeds(Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC));
  private Meetings meetings;
  private List<Group> groups;
  private List<GroupMeetings> read;

  @Setup(Level.Trial)
  public void make() {
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.bundled();
    meetings =
        Meetings.english(
            gazetteer, Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC));
    List<Place> cities = CITIES.stream().map(c -> gazetteer.lookup(c).getFirst().place()).toList();
    groups = new ArrayList<>();
    for (int i = 0; i < GROUPS; i++) {
      Place city = cities.get(i % cities.size());
      Placement at =
          new Placement(
              Placement.Precision.CITY,
              city.name(),
              city.countryCode(),
              city.admin1Name(),
              city.latitude(),
              city.longitude(),
              city.geonameId(),
              1,
              "bench");
      groups.add(
          new Group(
              "g" + i,
              "group-" + i,
              "Group " + i,
              "",
              List.of(),
              GroupStatus.ACTIVE,
              "",
              PHRASES.get(i % PHRASES.size()),
              List.of(),
              at,
              List.of(i)));
    }
    read = groups.stream().map(meetings::of).toList();
    // warm the time zone registry: its first use loads iCal4j's zone data
    feed();
  }

  @Benchmark
  public String feed() {
    List<GroupMeetings> all = groups.stream().map(meetings::of).toList();
    return feeds.render(
        new Feed("Meetings", "https://example.org/regions/x", "https://example.org/groups/", all));
  }

  /** Baseline: the same events (next date, RRULE, UID, summary, description) as text by hand. */
  @Benchmark
  public String plainTextOfTheSameEvents() {
    StringBuilder sb = new StringBuilder();
    Instant now = meetings.clock().instant();
    for (GroupMeetings g : groups.stream().map(meetings::of).toList()) {
      List<Recurrence> series = g.recurrences();
      for (int k = 0; k < series.size(); k++) {
        List<Occurrence> first = NextMeetings.after(List.of(series.get(k)), g.zoneId(), now, 1);
        if (first.isEmpty()) {
          continue;
        }
        sb.append("UID:").append(g.group().id()).append('-').append(k).append('\n');
        sb.append("DTSTART:").append(first.getFirst().date()).append('\n');
        sb.append("RRULE:").append(series.get(k).rrule()).append('\n');
        sb.append("SUMMARY:").append(g.group().name()).append('\n');
        sb.append("DESCRIPTION:").append(g.rule().phrase()).append('\n');
      }
    }
    return sb.toString();
  }

  /** Baseline: an empty feed (the calendar's fixed cost). */
  @Benchmark
  public String emptyFeed() {
    return feeds.render(
        new Feed(
            "Meetings", "https://example.org/regions/x", "https://example.org/groups/", List.of()));
  }

  /** The read rules alone rendered (no phrase reading, no zones): the library's share. */
  @Benchmark
  public String feedOfRulesAlreadyRead() {
    return feeds.render(
        new Feed("Meetings", "https://example.org/regions/x", "https://example.org/groups/", read));
  }
}

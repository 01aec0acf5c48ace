package org.localgroups.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.directory.Group;

/** Every feed parses back with iCal4j, passes its validation, and gives the days we compute. */
class CalendarFeedsTest {
  private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");
  private static final CalendarFeeds FEEDS = new CalendarFeeds(Clock.fixed(NOW, ZoneOffset.UTC));
  private static final MeetingPhrases PHRASES = MeetingPhrases.english();
  private static final String PAGES = "https://example.org/groups/";

  static GroupMeetings meetings(String slug, String phrase, LocalZone zone) {
    Group g = Groups.group(slug, phrase);
    return new GroupMeetings(g, PHRASES.read(phrase), false, zone);
  }

  static LocalZone zone(String id) {
    return new LocalZone.Known(ZoneId.of(id));
  }

  static Calendar parsedAndValid(String ics) {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      ValidationResult result = calendar.validate();
      assertThat(result.getEntries()).as("validation of%n%s", ics).isEmpty();
      return calendar;
    } catch (IOException | ParserException e) {
      throw new AssertionError("does not parse: " + e.getMessage() + "\n" + ics, e);
    }
  }

  private static String render(GroupMeetings... groups) {
    return FEEDS.render(new Feed("Meetings", "https://example.org/x", PAGES, List.of(groups)));
  }

  @Test
  void aGroupFeedHasItsRuleInItsZoneWithVtimezoneUidUrlAndPhrase() {
    String ics =
        render(
            meetings(
                "pug",
                "meet every third Wednesday, 6-8 PM, in Boulder, Colorado",
                zone("America/Denver")));
    Calendar calendar = parsedAndValid(ics);

    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    VEvent event = (VEvent) calendar.getComponents("VEVENT").getFirst();
    assertThat(ics)
        .contains("TZID:America/Denver")
        .contains("DTSTART;TZID=America/Denver:20260121T180000")
        .contains("DTEND;TZID=America/Denver:20260121T200000")
        .contains("RRULE:FREQ=MONTHLY;BYDAY=3WE")
        .contains("UID:id-pug-0@localgroups")
        .contains("URL:https://example.org/groups/pug")
        .contains("LOCATION:Boulder\\, Colorado")
        .contains("DTSTAMP:20260101T090000Z");
    assertThat(event.getDescription().getValue())
        .contains("\u201cmeet every third Wednesday, 6-8 PM, in Boulder, Colorado\u201d");
  }

  @Test
  void uidsStayTheSameFromOneRequestToTheNext() {
    GroupMeetings g =
        meetings(
            "pug",
            "2nd Tuesday at 7pm in Minneapolis and 4th Thursday at noon in St. Paul",
            zone("America/Chicago"));
    String today = render(g);
    String nextMonth =
        new CalendarFeeds(Clock.fixed(NOW.plusSeconds(40L * 24 * 3600), ZoneOffset.UTC))
            .render(new Feed("Meetings", "https://example.org/x", PAGES, List.of(g)));
    assertThat(uids(today)).containsExactly("id-pug-0@localgroups", "id-pug-1@localgroups");
    assertThat(uids(nextMonth)).isEqualTo(uids(today));
  }

  private static List<String> uids(String ics) {
    return ics.lines().filter(l -> l.startsWith("UID:")).map(l -> l.substring(4)).toList();
  }

  /** The days iCal4j expands the parsed RRULE to are the days we compute, in four kinds of zone. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"})
  void icalExpandsTheRuleToTheMeetingsWeCompute(String zoneId) {
    ZoneId zone = ZoneId.of(zoneId);
    GroupMeetings g = meetings("g", "2nd Thursday of the month at 18:00", zone(zoneId));
    Calendar calendar = parsedAndValid(render(g));
    VEvent event = (VEvent) calendar.getComponents("VEVENT").getFirst();
    @SuppressWarnings("unchecked")
    RRule<ZonedDateTime> rrule = (RRule<ZonedDateTime>) event.getProperty("RRULE").orElseThrow();
    Recur<ZonedDateTime> recur = rrule.getRecur();
    ZonedDateTime seed = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();

    List<Instant> ical =
        recur.getDates(seed, seed, seed.plusYears(2)).stream()
            .map(ZonedDateTime::toInstant)
            .toList();
    List<Instant> ours =
        NextMeetings.between(
                g.recurrences(), zone, seed.toLocalDate(), seed.plusYears(2).toLocalDate())
            .stream()
            .map(o -> o.start().toInstant())
            .toList();
    assertThat(ical).hasSize(24).isEqualTo(ours);
    assertThat(recur.getDates(seed, seed, seed.plusYears(2)))
        .allSatisfy(d -> assertThat(d.withZoneSameInstant(zone).getHour()).isEqualTo(18));
  }

  @Test
  void aFifthThursdayFeedSkipsMonthsWithoutOneInIcalToo() {
    GroupMeetings g = meetings("g", "fifth Thursday of the month", zone("Europe/Warsaw"));
    Calendar calendar = parsedAndValid(render(g));
    VEvent event = (VEvent) calendar.getComponents("VEVENT").getFirst();
    @SuppressWarnings("unchecked")
    RRule<LocalDate> rrule = (RRule<LocalDate>) event.getProperty("RRULE").orElseThrow();
    LocalDate seed = (LocalDate) event.getStartDate().orElseThrow().getDate();
    assertThat(seed).isEqualTo(LocalDate.of(2026, 1, 29));
    assertThat(rrule.getRecur().getDates(seed, seed, LocalDate.of(2026, 12, 31)))
        .containsExactlyElementsOf(Groups.FIFTH_THURSDAYS_2026);
  }

  @Test
  void aGroupWithoutAZoneGetsFloatingTimesAndTheFeedSaysSo() {
    String ics =
        render(
            meetings(
                "br",
                "every Tuesday at 7pm",
                new LocalZone.Unknown(
                    "it is placed only in Brazil, which has several time zones (America/Sao_Paulo, America/Manaus)")));
    Calendar calendar = parsedAndValid(ics);
    assertThat(calendar.getComponents("VTIMEZONE")).isEmpty();
    assertThat(ics).contains("DTSTART:20260106T190000").doesNotContain("TZID");
    VEvent event = (VEvent) calendar.getComponents("VEVENT").getFirst();
    assertThat(event.getDescription().getValue())
        .contains("Time zone not known: it is placed only in Brazil, which has several time zones");
    assertThat(ics).contains("no known time zone");
  }

  @Test
  void partialRulesAreLeftOutAndAnEmptyFeedSaysWhy() {
    String ics =
        render(
            meetings("nz", "bi-monthly meetings", zone("Pacific/Auckland")),
            meetings("x", "", zone("Pacific/Auckland")));
    Calendar calendar = parsedAndValid(ics);
    assertThat(calendar.getComponents("VEVENT")).isEmpty();
    assertThat(calendar.getComponents("VJOURNAL")).hasSize(1);
    assertThat(ics).contains("how often but not which day");
  }

  @Test
  void aRuleWithoutATimeIsAnAllDayEvent() {
    String ics =
        render(meetings("g", "meets the 2nd Thursday of the month", zone("America/Chicago")));
    parsedAndValid(ics);
    assertThat(ics)
        .contains("DTSTART;VALUE=DATE:20260108")
        .contains("DTEND;VALUE=DATE:20260109")
        .doesNotContain("VTIMEZONE");
  }

  @Test
  void aRegionFeedWithManyZonesHasOneVtimezoneEach() {
    String ics =
        render(
            meetings("a", "every Tuesday at 7pm", zone("Europe/Berlin")),
            meetings("b", "every Wednesday at 7pm", zone("Europe/Berlin")),
            meetings("c", "first Monday at 18:30", zone("Australia/Sydney")),
            meetings(
                "d", "every other Tuesday starting 6 Jan 2026, 18:00-20:00", zone("Asia/Kolkata")));
    Calendar calendar = parsedAndValid(ics);
    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(3);
    assertThat(calendar.getComponents("VEVENT")).hasSize(4);
    assertThat(ics).contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  }

  @Test
  void textIsEscapedAsICalendarWantsIt() {
    Group g = Groups.group("evil", "every Tuesday at 7pm at Foo; Bar, \"Baz\"\\n");
    String ics =
        render(new GroupMeetings(g, PHRASES.read(g.meeting()), false, zone("Europe/Berlin")));
    parsedAndValid(ics);
    assertThat(ics).contains("LOCATION:Foo");
    assertThat(ics).contains("\\;").doesNotContain("\nBar");
  }
}

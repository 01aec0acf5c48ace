package org.localgroups.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.Place;

/**
 * The organisers' rule notation reads strictly and writes back the same rule; a group's organisers'
 * rule wins over its phrase in its next meetings and in its iCalendar feed.
 */
class OrganiserRulesTest {
  private static final GeoNamesGazetteer GAZETTEER = GeoNamesGazetteer.bundled();
  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void readsEveryPartOfARule() {
    Recurrence r =
        OrganiserRules.read(
            "Every 2 months,  2nd THURSDAY and last fri , 18:00-20:30, from 2027-01-14, in Jan Mar"
                + " May, at Café \"Ü\", 3rd floor");
    assertThat(r.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(r.interval()).isEqualTo(2);
    assertThat(r.days())
        .containsExactly(
            new MeetingDay(DayOfWeek.THURSDAY, 2), new MeetingDay(DayOfWeek.FRIDAY, -1));
    assertThat(r.time()).isEqualTo(new TimeRange(LocalTime.of(18, 0), LocalTime.of(20, 30)));
    assertThat(r.start()).isEqualTo(LocalDate.of(2027, 1, 14));
    assertThat(r.months()).containsExactly(Month.JANUARY, Month.MARCH, Month.MAY);
    assertThat(r.place()).isEqualTo("Café \"Ü\", 3rd floor");
    assertThat(OrganiserRules.write(r))
        .isEqualTo(
            "every 2 months, 2nd Thursday and last Friday, 18:00-20:30, from 2027-01-14,"
                + " in Jan Mar May, at Café \"Ü\", 3rd floor");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "monthly, 2nd Thursday",
        "monthly, last Friday, 19:00",
        "weekly, Tuesday and Thursday, 12:30-13:30, at the canteen",
        "every 2 weeks, Tuesday, from 2027-01-05",
        "monthly, 5th Thursday, in Sep Oct",
        "every 3 months, 1st Monday, 18:00, from 2027-02-01"
      })
  void theCanonicalLineReadsBackToTheSameRule(String line) {
    Recurrence r = OrganiserRules.read(line);
    assertThat(OrganiserRules.write(r)).isEqualTo(line);
    assertThat(OrganiserRules.read(OrganiserRules.write(r))).isEqualTo(r);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"|A meeting rule is empty",
        "monthly|A meeting rule says how often and on which day",
        "monthly, 2nd Thursdai|'Thursdai' is not a weekday: write Monday to Sunday.",
        "monthly, 0th Thursday|'0th' is not a place in the month",
        "monthly, 6th Thursday|'6th' is not a place in the month",
        "monthly, -2 Thursday|'-2' is not a place in the month",
        "every 0 weeks, Tuesday|The interval of a meeting rule is 1 to 52 weeks, not 0.",
        "every 13 months, 1st Monday, from 2027-01-04|1 to 12 months, not 13.",
        "every x weeks, Tuesday|'x' is not a number of weeks.",
        "monthly, 2nd Thursday, 20:00-18:00|The meeting ends (18:00) before it starts (20:00)",
        "monthly, 2nd Thursday, 18:00-18:00|The meeting ends (18:00) before it starts (18:00)",
        "monthly, 2nd Thursday, 24:00|'24:00' is not a time of day",
        "monthly, 2nd Thursday, 7pm|'7pm' is not a time of day",
        "weekly, 2nd Tuesday|A weekly rule meets on every such weekday: write 'Tuesday'",
        "monthly, Tuesday|A monthly rule says which Tuesday of the month",
        "every 2 weeks, Tuesday|needs its first meeting to tell which weeks",
        "every 2 weeks, Tuesday, from 2027-01-06|The first meeting, Wednesday 2027-01-06, is not"
            + " on the rule's day (Tuesday).",
        "weekly, Tuesday, from 2027-02-30|'2027-02-30' is not a date: write it as YYYY-MM-DD.",
        "weekly, Tuesday, in Smarch|'Smarch' is not a month: write Jan to Dec.",
        "weekly, Tuesday, 19:00, 20:00|A meeting rule has one time.",
        "weekly, Tuesday, soon|'soon' is not part of a meeting rule",
        "weekly, Tuesday and Tue|The day 'Tuesday' is given twice.",
        "weekly, Tuesday, at |The place of a meeting rule ('at ...') is empty.",
        "fortnightly, Tuesday|A meeting rule starts with how often"
      })
  void aBadRuleIsRefusedSayingWhatToWrite(String line, String message) {
    assertThatThrownBy(() -> OrganiserRules.read(line))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.BAD_INPUT))
        .hasMessageContaining(message);
  }

  // ---- the override

  private static Group inKrakow(String phrase, List<String> rules) {
    Place krakow = GAZETTEER.lookup("Kraków").getFirst().place();
    Placement at =
        new Placement(
            Placement.Precision.CITY,
            krakow.name(),
            krakow.countryCode(),
            krakow.admin1Name(),
            krakow.latitude(),
            krakow.longitude(),
            krakow.geonameId(),
            1,
            "test");
    return Groups.group("pykrakow", phrase).withPlacement(at).withMeetingRules(rules);
  }

  @Test
  void theOrganisersRuleWinsOverThePhraseInTheNextMeetings() {
    Meetings meetings = Meetings.english(GAZETTEER, CLOCK);
    Group byPhrase = inKrakow("meets the first Monday of each month", List.of());
    Group byOrganisers =
        byPhrase.withMeetingRules(List.of("monthly, 2nd Thursday, 18:00-20:00, at Hackerspace"));

    GroupMeetings phrase = meetings.of(byPhrase);
    assertThat(phrase.setByOrganisers()).isFalse();
    assertThat(meetings.next(phrase, 1).getFirst().date()).isEqualTo(LocalDate.of(2026, 12, 7));

    GroupMeetings own = meetings.of(byOrganisers);
    assertThat(own.setByOrganisers()).isTrue();
    assertThat(own.rule().phrase()).isEqualTo("monthly, 2nd Thursday, 18:00-20:00, at Hackerspace");
    assertThat(meetings.next(own, 3))
        .extracting(Occurrence::date)
        .containsExactly(
            LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 14), LocalDate.of(2027, 2, 11));
    Occurrence first = meetings.next(own, 1).getFirst();
    assertThat(first.start())
        .isEqualTo(ZonedDateTime.parse("2026-12-10T18:00+01:00[Europe/Warsaw]"));
    assertThat(first.recurrence().place()).isEqualTo("Hackerspace");

    // the phrase alone, as before organisers' rules: RuleOverrides.NONE
    Meetings phraseOnly =
        new Meetings(
            MeetingPhrases.english(), new GroupZones(GAZETTEER, CLOCK), RuleOverrides.NONE, CLOCK);
    assertThat(phraseOnly.of(byOrganisers).setByOrganisers()).isFalse();
  }

  @Test
  void theOrganisersRuleIsWhatTheCalendarFeedSays() {
    Meetings meetings = Meetings.english(GAZETTEER, CLOCK);
    GroupMeetings own =
        meetings.of(
            inKrakow(
                "meets the first Monday of each month",
                List.of("monthly, last Friday, 19:00-21:00", "weekly, Tuesday, 12:30")));
    String ics =
        new CalendarFeeds(CLOCK)
            .render(
                new Feed(
                    "Meetings",
                    "https://example.org/x",
                    "https://example.org/groups/",
                    List.of(own)));
    Calendar calendar = CalendarFeedsTest.parsedAndValid(ics);

    List<VEvent> events =
        calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    assertThat(events).hasSize(2);
    assertThat(ics)
        .contains("RRULE:FREQ=MONTHLY;BYDAY=-1FR", "RRULE:FREQ=WEEKLY;BYDAY=TU")
        .contains("DTSTART;TZID=Europe/Warsaw:20261225T190000")
        .contains("DTSTART;TZID=Europe/Warsaw:20261201T123000")
        .doesNotContain("BYDAY=1MO");
  }
}

package org.localgroups.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextMeetingsTest {
  private static final Instant NEW_YEAR_2026 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Recurrence SECOND_THURSDAY_18H =
      Recurrence.of(Frequency.MONTHLY, List.of(new MeetingDay(DayOfWeek.THURSDAY, 2)))
          .at(new TimeRange(LocalTime.of(18, 0), null));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // zone, offsets seen over 2026 (winter and summer; one where there is no daylight saving)
    "Europe/Berlin, '+01:00,+02:00'",
    "America/New_York, '-05:00,-04:00'",
    "Australia/Sydney, '+11:00,+10:00'",
    "Asia/Kolkata, '+05:30'"
  })
  void aMonthly18hMeetingStays18hLocalAcrossDaylightSaving(String zone, String offsets) {
    ZoneId z = ZoneId.of(zone);
    List<Occurrence> year = NextMeetings.after(List.of(SECOND_THURSDAY_18H), z, NEW_YEAR_2026, 12);

    assertThat(year).hasSize(12);
    assertThat(year)
        .allSatisfy(
            o -> {
              assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
              assertThat(o.start().getZone()).isEqualTo(z);
              assertThat(o.date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
              assertThat(o.date().getDayOfMonth()).isBetween(8, 14);
            });
    assertThat(year.stream().map(o -> o.start().getOffset().getId()).distinct())
        .containsExactlyInAnyOrder(offsets.split(","));
    assertThat(year.getFirst().date()).isEqualTo(LocalDate.of(2026, 1, 8));
    assertThat(year.getLast().date()).isEqualTo(LocalDate.of(2026, 12, 10));
  }

  @Test
  void fifthThursdaysSkipMonthsWithoutOne() {
    Recurrence fifth =
        Recurrence.of(Frequency.MONTHLY, List.of(new MeetingDay(DayOfWeek.THURSDAY, 5)));
    assertThat(
            NextMeetings.between(
                List.of(fifth), null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .extracting(Occurrence::date)
        .containsExactlyElementsOf(Groups.FIFTH_THURSDAYS_2026);
  }

  @Test
  void aMeetingEarlierTodayIsNotNext() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    // Thursday 8 January 2026, 19:00 in Berlin: that day's 18:00 meeting is over
    Instant evening = LocalDate.of(2026, 1, 8).atTime(19, 0).atZone(berlin).toInstant();
    assertThat(NextMeetings.after(List.of(SECOND_THURSDAY_18H), berlin, evening, 1))
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 2, 12));
    // without a time, the meeting counts all its day
    Recurrence allDay = SECOND_THURSDAY_18H.at(null);
    assertThat(NextMeetings.after(List.of(allDay), berlin, evening, 1))
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 1, 8));
  }

  @Test
  void everyOtherWeekKeepsThePhaseOfItsFirstDate() {
    Recurrence fortnightly =
        new Recurrence(
            Frequency.WEEKLY,
            2,
            List.of(MeetingDay.every(DayOfWeek.TUESDAY)),
            List.of(),
            LocalDate.of(2026, 1, 6),
            null,
            "");
    assertThat(
            NextMeetings.after(
                List.of(fortnightly), null, Instant.parse("2026-03-01T00:00:00Z"), 3))
        .extracting(Occurrence::date)
        .containsExactly(
            LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 31));
    // nothing before its first date
    assertThat(
            NextMeetings.after(
                List.of(fortnightly), null, Instant.parse("2025-06-01T00:00:00Z"), 1))
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 1, 6));
  }

  @Test
  void twoSeriesAreMergedSoonestFirst() {
    MeetingRule.Full two =
        (MeetingRule.Full)
            MeetingPhrases.english().read("second Tuesday at 10am and last Saturday at 2pm");
    List<Occurrence> next = NextMeetings.after(two.recurrences(), ZoneOffset.UTC, NEW_YEAR_2026, 4);
    assertThat(next)
        .extracting(Occurrence::date)
        .containsExactly(
            LocalDate.of(2026, 1, 13),
            LocalDate.of(2026, 1, 31),
            LocalDate.of(2026, 2, 10),
            LocalDate.of(2026, 2, 28));
  }

  @Test
  void aTimeSkippedByTheSpringChangeMovesForwardByTheGap() {
    // Europe/Berlin skips 02:00-03:00 on Sunday 29 March 2026
    Recurrence lastSunday =
        Recurrence.of(Frequency.MONTHLY, List.of(new MeetingDay(DayOfWeek.SUNDAY, -1)))
            .at(new TimeRange(LocalTime.of(2, 30), null));
    Occurrence march =
        NextMeetings.between(
                List.of(lastSunday),
                ZoneId.of("Europe/Berlin"),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))
            .getFirst();
    assertThat(march.start().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
  }

  @Test
  void exceptedMonthsHaveNoMeeting() {
    MeetingRule.Full rule =
        (MeetingRule.Full)
            MeetingPhrases.english().read("first Tuesday of every month except in August");
    assertThat(
            NextMeetings.between(
                rule.recurrences(), null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 7, 7), LocalDate.of(2026, 9, 1));
  }
}

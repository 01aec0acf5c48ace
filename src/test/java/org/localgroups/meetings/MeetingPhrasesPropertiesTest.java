package org.localgroups.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Invariants of the phrase reader on arbitrary and on phrase-shaped input: it never throws, keeps
 * the phrase, writes RRULEs iCal4j reads back, takes places word for word from the phrase, and
 * reads the same phrase the same way.
 */
class MeetingPhrasesPropertiesTest {
  private static final MeetingPhrases PHRASES = MeetingPhrases.english();

  private static final List<String> WORDS =
      List.of(
          "every",
          "each",
          "other",
          "the",
          "a",
          "of",
          "and",
          "or",
          "&",
          ",",
          ";",
          ":",
          ".",
          "-",
          "–",
          "(",
          ")",
          "/",
          "@",
          "at",
          "in",
          "on",
          "from",
          "to",
          "between",
          "except",
          "no",
          "not",
          "starting",
          "month",
          "months",
          "week",
          "weeks",
          "monthly",
          "weekly",
          "bi-monthly",
          "fortnightly",
          "twice",
          "once",
          "times",
          "per",
          "couple",
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "last",
          "1st",
          "2nd",
          "3rd",
          "4th",
          "5th",
          "31st",
          "Monday",
          "Tuesdays",
          "Wed",
          "Thursday",
          "Fri",
          "Sat",
          "sun",
          "May",
          "may",
          "August",
          "Jan",
          "2026",
          "1999",
          "2026-01-06",
          "2026-02-30",
          "6",
          "8",
          "11",
          "12",
          "13",
          "24",
          "99",
          "0",
          "6:30",
          "18:00",
          "19.30",
          "25:00",
          "7pm",
          "pm",
          "a.m.",
          "p.m.",
          "noon",
          "midnight",
          "o'clock",
          "evenings",
          "meetings",
          "Boulder",
          "St",
          "Jill's",
          "HP",
          "cafeteria",
          "for",
          "Kraków",
          "São-Paulo",
          "quinta-feira",
          "Monday-Friday");

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of(WORDS).list().ofMaxSize(40).map(parts -> String.join(" ", parts));
  }

  @Property(tries = 3000)
  void phraseShapedInputKeepsTheInvariants(@ForAll("phrases") String phrase) {
    check(phrase);
  }

  @Property(tries = 1000)
  void anyCharactersKeepTheInvariants(
      @ForAll @CharRange(from = '\u0000', to = '\uffff') @StringLength(max = 300) String phrase) {
    check(phrase);
  }

  private static void check(String phrase) {
    MeetingRule rule = PHRASES.read(phrase);
    assertThat(rule.phrase()).isEqualTo(phrase);
    assertThat(rule.describe()).isNotBlank();
    assertThat(PHRASES.read(phrase)).isEqualTo(rule);
    switch (rule) {
      case MeetingRule.Full full ->
          full.recurrences()
              .forEach(
                  r -> {
                    assertThat(new Recur<java.time.LocalDate>(r.rrule()).toString())
                        .isEqualTo(r.rrule());
                    assertThat(phrase).contains(r.place());
                    assertTime(r.time());
                  });
      case MeetingRule.Partial p -> {
        assertThat(phrase).contains(p.place());
        assertTime(p.time());
      }
      case MeetingRule.NoRule none -> assertThat(none.reason()).isNotNull();
    }
  }

  private static void assertTime(TimeRange t) {
    if (t != null) {
      assertThat(t.start()).isBetween(LocalTime.MIN, LocalTime.MAX);
    }
  }
}

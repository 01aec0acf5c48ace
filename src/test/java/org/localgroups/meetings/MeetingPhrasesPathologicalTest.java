package org.localgroups.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Phrases built to make a naive reader slow; each is read well inside its timeout. */
class MeetingPhrasesPathologicalTest {
  private static final MeetingPhrases PHRASES = MeetingPhrases.english();
  private static final int MAX = MeetingPhrases.MAX_PHRASE_CHARS;

  static Stream<Arguments> phrases() {
    return Stream.of(
        Arguments.of("every", cut("every ")),
        Arguments.of("every other", cut("every other ")),
        Arguments.of("ordinals joined", cut("1st and ") + "Tuesday"),
        Arguments.of("weekdays joined", cut("Tuesday, ")),
        Arguments.of("comma runs of capitals", "first Monday" + cut(", Abc")),
        Arguments.of("commas", "first Monday" + cut(",")),
        Arguments.of("a place that goes on", "first Monday at " + cut("Abc ")),
        Arguments.of("places of places", "first Monday at " + cut("Abc of Def, ")),
        Arguments.of("ranges", cut("6-8 ")),
        Arguments.of("dashes", cut("-")),
        Arguments.of("digits", cut("1")),
        Arguments.of("clock runs", cut("18:00-")),
        Arguments.of("months", "except " + cut("August and ")),
        Arguments.of("month windows", cut("September to ")),
        Arguments.of("dotted abbreviations", cut("a.m.")),
        Arguments.of("hyphenated words", cut("Monday-")),
        Arguments.of("apostrophes", cut("a'")),
        Arguments.of("exactly the limit", "x".repeat(MAX)));
  }

  private static String cut(String unit) {
    return unit.repeat(MAX / unit.length() + 1).substring(0, MAX - 20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void isReadInTime(String name, String phrase) {
    for (int i = 0; i < 20; i++) {
      assertThat(PHRASES.read(phrase).phrase()).isEqualTo(phrase);
    }
  }

  @Test
  void textOverTheLimitIsNotAPhrase() {
    MeetingRule rule = PHRASES.read("every Tuesday ".repeat(MAX));
    assertThat(rule)
        .isInstanceOfSatisfying(
            MeetingRule.NoRule.class,
            n -> assertThat(n.reason()).isEqualTo(MeetingRule.Reason.NOT_A_PHRASE));
  }
}

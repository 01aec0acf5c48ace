package org.localgroups.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import org.junit.jupiter.api.Test;

/**
 * A language is a vocabulary: the same reader with a few Spanish words reads a Spanish phrase. (A
 * sketch of the seam for Spanish, Portuguese and German, not a Spanish vocabulary.)
 */
class VocabularyTest {
  @Test
  void aVocabularyOfAnotherLanguageReadsItsPhrases() {
    Vocabulary spanish =
        Vocabulary.builder()
            .weekday(DayOfWeek.THURSDAY, "jueves")
            .ordinal(2, "segundo")
            .ordinal(-1, "último")
            .month(Month.AUGUST, "agosto")
            .role(Vocabulary.Role.EVERY, "cada", "todos")
            .role(Vocabulary.Role.OF, "de", "del")
            .role(Vocabulary.Role.THE, "el", "la", "los", "las")
            .role(Vocabulary.Role.MONTH, "mes", "meses")
            .role(Vocabulary.Role.AT, "a", "en")
            .role(Vocabulary.Role.EXCEPT, "excepto", "salvo")
            .namedTime(LocalTime.NOON, "mediodía")
            .hourSuffix("h")
            .clockNeedsMeridiem(false)
            .build();
    MeetingRule rule =
        new MeetingPhrases(spanish)
            .read(
                "el segundo jueves de cada mes a las 19:30, excepto agosto, en la Biblioteca Central");

    assertThat(RuleNotation.of(rule))
        .containsExactly(
            "full FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,9,10,11,12;BYDAY=2TH time=19:30"
                + " place=\"la Biblioteca Central\"");
    // 24-hour clocks need no am/pm, and "19h" is an hour
    assertThat(RuleNotation.of(new MeetingPhrases(spanish).read("el último jueves, 9:00-12h")))
        .containsExactly("full FREQ=MONTHLY;BYDAY=-1TH time=09:00-12:00");
  }
}

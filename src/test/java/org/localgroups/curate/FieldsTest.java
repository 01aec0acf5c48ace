package org.localgroups.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;

/** The limits on what a person writes: text that was not valid UTF-8 is refused. */
class FieldsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "bytes \uFFFD lost", // what the JVM makes of an undecodable byte in an argument
        "half \uD83D pair", // a high surrogate alone
        "\uDE00 low first", // a low surrogate alone
        "ends high \uD83D",
        "swapped \uDE00\uD83D"
      })
  void textThatWasNotValidUtf8IsRefused(String text) {
    assertThatThrownBy(() -> Fields.text(text, "the comment", 100))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessage("The comment is not valid UTF-8 text.");
  }

  @Test
  void charactersOutsideTheBasicPlaneAndAccentsAreKept() {
    assertThat(Fields.text("  Kraków 🐍 meetup ", "the comment", 100))
        .isEqualTo("Kraków 🐍 meetup");
  }

  @Test
  void meetingRulesAreWrittenCanonicallyAndAnEmptyListClearsThem() {
    assertThat(Fields.meetingRules(java.util.List.of(" Monthly, 2nd thu , 18:00 - 20:00 ")))
        .containsExactly("monthly, 2nd Thursday, 18:00-20:00");
    assertThat(Fields.meetingRules(java.util.List.of())).isEmpty();
  }

  @Test
  void meetingRulesAreBoundedInNumberAndSizeAndNotRepeated() {
    assertThatThrownBy(
            () -> Fields.meetingRules(java.util.Collections.nCopies(6, "weekly, Monday")))
        .hasMessage("A group has at most 5 meeting rules, not 6.");
    assertThatThrownBy(
            () -> Fields.meetingRules(java.util.List.of("weekly, Monday, at " + "x".repeat(300))))
        .hasMessage("A meeting rule has at most 300 characters, not 319.");
    assertThatThrownBy(
            () -> Fields.meetingRules(java.util.List.of("weekly, Monday", "weekly, mon")))
        .hasMessage("The meeting rule 'weekly, Monday' is given twice.");
    assertThatThrownBy(() -> Fields.meetingRules(java.util.List.of("monthly, 0th Monday")))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("'0th' is not a place in the month");
  }
}

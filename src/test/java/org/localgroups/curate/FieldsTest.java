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
}

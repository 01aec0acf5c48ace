package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;

/** What {@code export --at} accepts: a revision id, a date (its end, UTC) or an instant. */
class PointInTimeTest {
  @Test
  void digitsAreARevision() {
    assertThat(PointInTime.parse(" 1205 ")).isEqualTo(new PointInTime.AtRevision(1205));
  }

  @Test
  void aDateIsItsLastMicrosecondInUtc() {
    assertThat(PointInTime.parse("2012-02-09"))
        .isEqualTo(
            new PointInTime.AtTime(Instant.parse("2012-02-09T23:59:59.999999Z"), "2012-02-09"));
  }

  @Test
  void anInstantIsThatInstant() {
    assertThat(PointInTime.parse("2012-02-09T18:30:00Z"))
        .isEqualTo(
            new PointInTime.AtTime(Instant.parse("2012-02-09T18:30:00Z"), "2012-02-09T18:30:00Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "yesterday", "2012-02-30", "2012-02-09 18:30", "-3", "99999999999999999999"})
  void anythingElseIsRefused(String text) {
    assertThatThrownBy(() -> PointInTime.parse(text))
        .isInstanceOf(LocalGroupsException.class)
        .satisfies(
            e ->
                assertThat(((LocalGroupsException) e).kind())
                    .isEqualTo(LocalGroupsException.Kind.BAD_INPUT));
  }

  @Test
  void revisionZeroIsNone() {
    assertThatThrownBy(() -> PointInTime.parse("0"))
        .hasMessage("--at 0 names no revision; revisions start at 1.");
  }
}

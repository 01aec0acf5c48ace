package org.localgroups.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinatesTest {
  @Test
  void roundsToSixDecimalsHalfUpWithoutNegativeZero() {
    assertThat(Coordinates.rounded(50.061431234)).isEqualTo(50.061431);
    assertThat(Coordinates.rounded(-33.8688205)).isEqualTo(-33.868821);
    assertThat(Coordinates.rounded(-0.0000001)).isEqualTo(0.0);
    assertThat(Coordinates.text(-0.0000001)).isEqualTo("0");
    assertThat(Coordinates.text(180.0)).isEqualTo("180");
  }
}

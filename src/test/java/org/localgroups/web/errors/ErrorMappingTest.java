package org.localgroups.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;

/** Failure kinds and their HTTP statuses. */
class ErrorMappingTest {
  @Test
  void errorKindsMapToStatuses() {
    assertThat(ErrorMapping.status(LocalGroupsException.Kind.BAD_INPUT)).isEqualTo(400);
    assertThat(ErrorMapping.status(LocalGroupsException.Kind.NOT_FOUND)).isEqualTo(404);
    assertThat(ErrorMapping.status(LocalGroupsException.Kind.CONFLICT)).isEqualTo(409);
    assertThat(ErrorMapping.status(LocalGroupsException.Kind.UNAVAILABLE)).isEqualTo(503);
  }
}

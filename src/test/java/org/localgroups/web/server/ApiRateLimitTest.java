package org.localgroups.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;

class ApiRateLimitTest {
  @Test
  void readsTheCommandLineForms() {
    assertThat(ApiRateLimit.parse("120/1m"))
        .isEqualTo(new ApiRateLimit(120, Duration.ofMinutes(1), false));
    assertThat(ApiRateLimit.parse("10/s"))
        .isEqualTo(new ApiRateLimit(10, Duration.ofSeconds(1), false));
    assertThat(ApiRateLimit.parse(" 5000 / 2h "))
        .isEqualTo(new ApiRateLimit(5000, Duration.ofHours(2), false));
    assertThat(ApiRateLimit.parse("OFF").on()).isFalse();
    assertThat(ApiRateLimit.parse("0/m").on()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "fast", "10", "10/", "10/0m", "-1/m", "10/1w", "99999999999/m"})
  void refusesWhatIsNoRateWithAnExample(String text) {
    assertThatThrownBy(() -> ApiRateLimit.parse(text))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("API rate");
  }
}

package org.localgroups.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;

class RequestLogTest {
  private static final RequestLog.Line LINE =
      new RequestLog.Line(
          Instant.parse("2026-12-07T15:00:00Z"),
          "GET",
          "/groups/a\nb\"c",
          "/groups/{slug}",
          404,
          1.25,
          "::1");

  @Test
  void formatsAreNamedOnTheCommandLine() {
    assertThat(RequestLog.Format.named(" JSON ")).isEqualTo(RequestLog.Format.JSON);
    assertThat(RequestLog.Format.named("text")).isEqualTo(RequestLog.Format.TEXT);
    assertThat(RequestLog.Format.named("off")).isEqualTo(RequestLog.Format.OFF);
    assertThatThrownBy(() -> RequestLog.Format.named("xml"))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessage("The log format is text, json or off, not 'xml'.");
  }

  @Test
  void aLineIsOneLineWhateverThePathHolds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    new RequestLog(RequestLog.Format.TEXT, print).write(LINE);
    new RequestLog(RequestLog.Format.JSON, print).write(LINE);
    new RequestLog(RequestLog.Format.OFF, print).write(LINE);
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly(
            "2026-12-07T15:00:00Z GET /groups/a?b\"c 404 1.3 ms ::1",
            "{\"time\":\"2026-12-07T15:00:00Z\",\"method\":\"GET\",\"path\":\"/groups/a?b\\\"c\","
                + "\"route\":\"/groups/{slug}\",\"status\":404,\"ms\":1.3,\"client\":\"::1\"}");
  }
}

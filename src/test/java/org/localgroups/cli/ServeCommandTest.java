package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.LocalGroupsException;
import picocli.CommandLine;

/** What {@code serve} does when not told otherwise. */
class ServeCommandTest {
  @Test
  void listensOnLoopbackOnlyUnlessToldOtherwise() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    assertThat(serve.host).isEqualTo("127.0.0.1");
    assertThat(serve.connectionsPerAddress).isNull();

    new CommandLine(serve).parseArgs("--host", "0.0.0.0", "--connections-per-address", "0");
    assertThat(serve.host).isEqualTo("0.0.0.0");
    assertThat(serve.connectionsPerAddress).isZero();
  }

  @Test
  void theReadyLineNamesAnAddressToOpen() {
    assertThat(ServeCommand.urlHost("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(ServeCommand.urlHost("0.0.0.0")).isEqualTo("localhost");
    assertThat(ServeCommand.urlHost("::")).isEqualTo("localhost");
    assertThat(ServeCommand.urlHost("::1")).isEqualTo("[::1]");
    assertThat(ServeCommand.urlHost("example.org")).isEqualTo("example.org");
  }

  @Test
  void editingThroughTheApiIsOffUnlessATokenFileIsGiven(@TempDir Path dir) throws Exception {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    if (System.getenv(ServeCommand.EDIT_TOKEN_ENV) == null) {
      assertThat(serve.editToken().isOn()).isFalse();
    }
    Path file = dir.resolve("token");
    Files.writeString(file, "0123456789abcdef0123456789abcdef\n");
    new CommandLine(serve).parseArgs("--edit-token-file", file.toString());
    assertThat(serve.editToken().isOn()).isTrue();

    Files.writeString(file, "short");
    assertThatThrownBy(serve::editToken)
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("edit token must be one line");
  }

  @Test
  void theLinkCheckIntervalIsAtLeastAMinuteAndWellFormed(@TempDir Path dir) {
    assertThat(LinkSchedule.interval("30m")).isEqualTo(java.time.Duration.ofMinutes(30));
    assertThat(LinkSchedule.interval("24h")).isEqualTo(java.time.Duration.ofHours(24));
    assertThat(LinkSchedule.interval("60s")).isEqualTo(java.time.Duration.ofMinutes(1));
    assertThat(LinkSchedule.interval("7d")).isEqualTo(java.time.Duration.ofDays(7));
    for (String[] bad :
        new String[][] {
          {"30s", "at least 1m"},
          {"0m", "at least 1m"},
          {"-5m", "a whole number and a unit"},
          {"soon", "a whole number and a unit"},
          {"24", "a whole number and a unit"},
          {"1.5h", "a whole number and a unit"},
          {"PT1H", "a whole number and a unit"},
          {"9999999d", "at most 366d"},
        }) {
      // the refusal comes before anything is opened or served: a regression fails, never hangs
      Run r =
          org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
              java.time.Duration.ofSeconds(60),
              () ->
                  Run.of(
                      "serve",
                      "--port",
                      "0",
                      "--check-links-every",
                      bad[0],
                      "--data",
                      dir.toString()));
      assertThat(r.exit()).as(bad[0]).isEqualTo(Main.EXIT_BAD_INPUT);
      assertThat(r.err()).as(bad[0]).contains("--check-links-every").contains(bad[1]);
    }
    Run badNet =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60),
            () ->
                Run.of(
                    "serve",
                    "--port",
                    "0",
                    "--check-links-every",
                    "1h",
                    "--allow-net",
                    "not-a-network",
                    "--data",
                    dir.toString()));
    assertThat(badNet.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(badNet.err()).contains("not-a-network");
    assertThat(dir).isEmptyDirectory();
  }
}

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
}

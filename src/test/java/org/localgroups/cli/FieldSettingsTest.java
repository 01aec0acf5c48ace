package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --set field=value} and the author an edit is made by. */
class FieldSettingsTest {
  @Test
  void aValueKeepsItsEqualsSignsAndMayBeEmpty() {
    FieldSettings s =
        FieldSettings.read(List.of("description=a=b", "meeting=", "name=Py"), FieldSettings.FIELDS);
    assertThat(s.get("description")).contains("a=b");
    assertThat(s.get("meeting")).contains("");
    assertThat(s.get("founded")).isEmpty();
    assertThat(s.status(Optional.of("inactive"))).contains("inactive");
  }

  @Test
  void aFieldTheCommandDoesNotSetIsRefused() {
    assertThatThrownBy(() -> FieldSettings.read(List.of("=x"), FieldSettings.FIELDS))
        .hasMessageStartingWith("--set takes field=value");
    assertThatThrownBy(() -> FieldSettings.read(List.of("name=x"), AddCommand.SETTABLE))
        .hasMessage("--set cannot set 'name'; it sets description, meeting, founded, status.");
  }

  @Test
  void theAuthorIsTheOptionElseTheUserRunningTheCommand() {
    Attributing given = new Attributing();
    new CommandLine(given).parseArgs("--author", "ana", "-m", "why");
    assertThat(given.attribution().author()).isEqualTo("ana");
    assertThat(given.attribution().comment()).isEqualTo("why");

    Attributing defaulted = new Attributing();
    new CommandLine(defaulted).parseArgs();
    String user = System.getenv("USER");
    assertThat(defaulted.attribution().author())
        .isEqualTo(user == null || user.isBlank() ? System.getProperty("user.name") : user)
        .isNotBlank();
    assertThat(defaulted.attribution().comment()).isEmpty();
  }
}

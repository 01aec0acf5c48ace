package org.localgroups.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.LocalGroupsException;

class GroupPatchTest {
  private static GroupPatch read(String json) {
    return GroupPatch.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheFieldsGiven() {
    GroupPatch p =
        read(
            "{\"name\":\"PyKraków\",\"add_links\":[\"https://pykrakow.org/\"],"
                + "\"author\":\"ana\",\"comment\":\"new site\"}");
    assertThat(p.fields().name()).contains("PyKraków");
    assertThat(p.fields().description()).isEmpty();
    assertThat(p.fields().addLinks()).containsExactly("https://pykrakow.org/");
    assertThat(p.fields().removeLinks()).isEmpty();
    assertThat(p.attribution().author()).isEqualTo("ana");
    assertThat(p.attribution().comment()).isEqualTo("new site");
    assertThat(p.changesSomething()).isTrue();
    assertThat(read("{\"author\":\"ana\",\"add_links\":[]}").changesSomething()).isFalse();
  }

  @Test
  void readsTheOrganisersMeetingRulesAnEmptyArrayClearingThem() {
    GroupPatch set =
        read("{\"author\":\"ana\",\"meeting_rules\":[\"monthly, 2nd Thursday, 18:00\"]}");
    assertThat(set.fields().meetingRules()).contains(List.of("monthly, 2nd Thursday, 18:00"));
    assertThat(set.changesSomething()).isTrue();
    GroupPatch clear = read("{\"author\":\"ana\",\"meeting_rules\":[]}");
    assertThat(clear.fields().meetingRules()).contains(List.of());
    assertThat(clear.changesSomething()).isTrue();
    assertThat(read("{\"author\":\"ana\",\"name\":\"x\"}").fields().meetingRules()).isEmpty();
    assertThatThrownBy(() -> read("{\"author\":\"ana\",\"meeting_rules\":\"weekly, Tuesday\"}"))
        .hasMessageContaining("'meeting_rules' must be an array of strings (rules such as");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      // the messages quote field names with ', so ` quotes (the empty body below)
      quoteCharacter = '`',
      value = {
        "{\"name\":5,\"author\":\"a\"}|'name' must be a string, not number",
        "{\"name\":null,\"author\":\"a\"}|'name' must be a string, not null",
        "{\"name\":true,\"author\":\"a\"}|'name' must be a string, not boolean",
        "{\"name\":[\"x\"],\"author\":\"a\"}|'name' must be a string, not array",
        "{\"add_links\":\"http://x.org/\",\"author\":\"a\"}|'add_links' must be an array of strings",
        "{\"add_links\":[null],\"author\":\"a\"}|'add_links' must be an array of strings",
        "{\"add_links\":[1],\"author\":\"a\"}|'add_links' must be an array of strings",
        "{\"slug\":\"x\",\"author\":\"a\"}|Unknown field 'slug'",
        "{\"Name\":\"x\",\"author\":\"a\"}|Unknown field 'Name'",
        "{\"name\":\"a\",\"name\":\"b\",\"author\":\"a\"}|not valid JSON",
        "{\"name\":\"a\"} {}|not valid JSON",
        "[]|one JSON object",
        "\"text\"|one JSON object",
        "``|one JSON object",
        "{\"name\":|not valid JSON",
      })
  void refusesWhatIsNotOneObjectOfKnownStringFields(String body, String message) {
    assertThatThrownBy(() -> read(body))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesInvalidUtf8() {
    byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};
    assertThatThrownBy(() -> GroupPatch.read(body))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void anAuthorIsRequired() {
    assertThatThrownBy(() -> read("{\"name\":\"x\"}").attribution())
        .hasMessageContaining("'author' is required");
    assertThat(read("{\"name\":\"x\",\"author\":\"ana\"}").fields().place())
        .isEqualTo(Optional.empty());
    assertThat(List.of(GroupPatch.FIELDS)).isNotEmpty();
  }
}

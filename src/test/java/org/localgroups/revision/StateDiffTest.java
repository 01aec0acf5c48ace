package org.localgroups.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.GroupStatus;

class StateDiffTest {
  private static final Map<String, String> NAMES =
      Map.of("r000000000001", "Europe", "r000000000002", "Poland", "r000000000003", "Germany");

  @Test
  void listsOnlyTheFieldsThatDiffer() {
    GroupState before = StateJsonTest.GROUP;
    GroupState after =
        new GroupState(
            before.id(),
            before.slug(),
            before.name(),
            "New words",
            before.links(),
            GroupStatus.INACTIVE,
            before.founded(),
            before.meeting(),
            before.notes(),
            before.placement(),
            List.of("r000000000003"));
    assertThat(StateDiff.between(before, after, NAMES::get))
        .containsExactly(
            new FieldChange("description", before.description(), "New words"),
            new FieldChange("status", "starting", "inactive"),
            new FieldChange("regions", "Europe, Poland", "Germany"));
    assertThat(StateDiff.between(before, before, NAMES::get)).isEmpty();
  }

  @Test
  void aCreationListsEveryFieldThatHasAValue() {
    assertThat(StateDiff.between(null, StateJsonTest.GROUP, NAMES::get))
        .extracting(FieldChange::field)
        .containsExactly(
            "name",
            "slug",
            "description",
            "links",
            "status",
            "founded",
            "meeting",
            "notes",
            "place",
            "regions");
    assertThat(StateDiff.between(null, StateJsonTest.GROUP, NAMES::get).get(3).after())
        .isEqualTo("mailing list: <mailto:x@y.org?Subject=sub>");
  }
}

package org.localgroups.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static Revision rev(long id, RevisionKind kind, GroupState state, boolean removed) {
    return new Revision(
        id, id, id - 1, kind, Instant.ofEpochSecond(id * 1000), "user" + id, "", state, removed);
  }

  @Test
  void readsFirstListedLastChangedAndEventsFromTheRevisions() {
    GroupState g = StateJsonTest.GROUP;
    GroupState renamed =
        new GroupState(
            g.id(),
            "py",
            "Py",
            g.description(),
            g.links(),
            g.status(),
            g.founded(),
            g.meeting(),
            g.notes(),
            g.placement(),
            g.regions());
    GroupState moved = renamed.withRegions(List.of("r9"));
    List<Revision> history =
        List.of(
            rev(5, RevisionKind.REMOVE, moved, true),
            rev(1, RevisionKind.CREATE, g, false),
            rev(2, RevisionKind.EDIT, renamed, false),
            rev(3, RevisionKind.MOVE, moved, false),
            rev(6, RevisionKind.RESTORE, moved, false));
    Timeline t = Timeline.of(history).orElseThrow();
    assertThat(t.firstListed().revision()).isEqualTo(1);
    assertThat(t.lastChanged().revision()).isEqualTo(6);
    assertThat(t.events())
        .extracting(Timeline.Event::what)
        .containsExactly(
            Timeline.What.RENAMED,
            Timeline.What.MOVED,
            Timeline.What.REMOVED,
            Timeline.What.RESTORED);
    assertThat(t.events().getFirst().detail()).isEqualTo(g.name() + " → Py");
    assertThat(t.removal()).isEmpty();
    assertThat(Timeline.of(history.subList(0, 4)).orElseThrow().removal()).isPresent();
    assertThat(Timeline.of(List.of())).isEmpty();
  }
}

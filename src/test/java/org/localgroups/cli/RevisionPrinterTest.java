package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;
import org.localgroups.revision.FieldChange;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;

/** How revisions and their differences are printed. */
class RevisionPrinterTest {
  @Test
  void aHeaderNamesIdTimeAuthorKindAndComment() {
    assertThat(RevisionPrinter.header(revision("ana", "tidy up", false)))
        .isEqualTo("revision 12  2026-12-07T14:01:02Z  ana  edit  \"tidy up\"");
    assertThat(RevisionPrinter.header(revision("ana", "", true)))
        .isEqualTo("revision 12  2026-12-07T14:01:02Z  ana  edit (removed)");
  }

  @Test
  void storedTextCannotDriveTheTerminal() {
    assertThat(RevisionPrinter.header(revision("\u001b[31mred", "a\u009bb\nc", false)))
        .isEqualTo("revision 12  2026-12-07T14:01:02Z  ?[31mred  edit  \"a?b?c\"");
  }

  @Test
  void aFieldOfSeveralLinesShowsTheLinesGoneAndAdded() {
    List<String> lines =
        RevisionPrinter.fields(
            List.of(
                new FieldChange("name", "PyWaw", "Warsaw Python"),
                new FieldChange("meeting", "", "weekly"),
                new FieldChange(
                    "links",
                    "website: <http://a/>\nmeetup: <http://b/>",
                    "website: <http://a/>\nforum: <http://c/>"),
                new FieldChange("notes", "one\ntwo", "two\none")),
            "  ",
            false);
    assertThat(lines)
        .containsExactly(
            "  name: PyWaw → Warsaw Python",
            "  meeting: (none) → weekly",
            "  links:",
            "    - meetup: <http://b/>",
            "    + forum: <http://c/>",
            "  notes:",
            "    - one",
            "    - two",
            "    + two",
            "    + one");
  }

  @Test
  void aCreationShowsEachValueAlone() {
    assertThat(RevisionPrinter.fields(List.of(new FieldChange("name", "", "PyWaw")), "", true))
        .containsExactly("name: PyWaw");
  }

  @Test
  void aRemovalIsAChangeOfItsOwnWhenTheFieldsStayTheSame() {
    Revision live = revision("ana", "", false);
    Revision removed = revision("bob", "gone", true);
    assertThat(RevisionPrinter.changes(java.util.Optional.of(live), removed, id -> id))
        .containsExactly(new FieldChange("removed", "no", "yes"));
    assertThat(RevisionPrinter.changes(java.util.Optional.of(live), live, id -> id)).isEmpty();
  }

  private static Revision revision(String author, String comment, boolean removed) {
    GroupState state =
        new GroupState(
            "g1",
            "pywaw",
            "PyWaw",
            "",
            List.of(),
            GroupStatus.ACTIVE,
            "",
            "",
            List.of(),
            Placement.unplaced(""),
            List.of());
    return new Revision(
        12,
        3,
        11,
        RevisionKind.EDIT,
        Instant.parse("2026-12-07T14:01:02.345Z"),
        author,
        comment,
        state,
        removed);
  }
}

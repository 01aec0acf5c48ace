package org.localgroups.meetings;

import java.time.LocalDate;
import java.util.List;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;

/** Groups for the meetings tests. */
final class Groups {
  private Groups() {}

  static Group group(String slug, String meeting) {
    return new Group(
        "id-" + slug,
        slug,
        "Group " + slug,
        "",
        List.of(),
        GroupStatus.ACTIVE,
        "",
        meeting,
        List.of(),
        Placement.unplaced("test"),
        List.of(1));
  }

  /** The fifth Thursdays of 2026: months without one have no "fifth Thursday" meeting. */
  static final List<LocalDate> FIFTH_THURSDAYS_2026 =
      List.of(
          LocalDate.of(2026, 1, 29),
          LocalDate.of(2026, 4, 30),
          LocalDate.of(2026, 7, 30),
          LocalDate.of(2026, 10, 29),
          LocalDate.of(2026, 12, 31));
}

package org.localgroups.meetings;

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

  static Group placed(String slug, String meeting, Placement placement) {
    Group g = group(slug, meeting);
    return new Group(
        g.id(),
        g.slug(),
        g.name(),
        g.description(),
        g.links(),
        g.status(),
        g.founded(),
        g.meeting(),
        g.notes(),
        placement,
        g.lines());
  }
}

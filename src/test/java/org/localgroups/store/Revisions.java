package org.localgroups.store;

import java.util.List;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.revision.GroupState;

/** Test helper: small entity states for change sets written by hand. */
final class Revisions {
  private Revisions() {}

  static GroupState group(String id, String slug, String name) {
    return new GroupState(
        id,
        slug,
        name,
        "",
        List.of(
            new Link(
                LinkKind.WEBSITE,
                "https://" + slug + ".example/",
                "",
                "https://" + slug + ".example/")),
        GroupStatus.ACTIVE,
        "",
        "",
        List.of(),
        Placement.unplaced(""),
        List.of());
  }
}

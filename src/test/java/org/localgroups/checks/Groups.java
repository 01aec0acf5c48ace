package org.localgroups.checks;

import java.util.Arrays;
import java.util.List;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;

/** Small groups for the checks' tests. */
final class Groups {
  private Groups() {}

  static Group group(String id, String slug, GroupStatus status, String... urls) {
    List<Link> links =
        Arrays.stream(urls)
            .map(
                u ->
                    new Link(u.startsWith("mailto:") ? LinkKind.EMAIL : LinkKind.WEBSITE, u, "", u))
            .toList();
    return new Group(
        id,
        slug,
        slug,
        "",
        links,
        status,
        "",
        "",
        List.of(),
        Placement.unplaced("test"),
        List.of());
  }

  static Group group(String id, String... urls) {
    return group(id, id, GroupStatus.ACTIVE, urls);
  }
}

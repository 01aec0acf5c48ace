package org.localgroups.importer;

import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;

/**
 * A directory with its source-line fields zeroed ({@link Group#lines()}, {@link Region#line()}), so
 * that directories read from differently laid-out pages of the same content compare equal as
 * records.
 */
final class WithoutLines {
  private WithoutLines() {}

  static Directory of(Directory d) {
    return new Directory(
        d.title(),
        d.intro(),
        d.regions().stream().map(WithoutLines::region).toList(),
        d.groups().stream().map(WithoutLines::group).toList());
  }

  private static Region region(Region r) {
    return new Region(
        r.slug(),
        r.name(),
        r.level(),
        r.parentSlug(),
        r.kind(),
        r.place(),
        r.resources(),
        r.groupSlugs(),
        0);
  }

  private static Group group(Group g) {
    return new Group(
        g.slug(),
        g.name(),
        g.description(),
        g.links(),
        g.status(),
        g.founded(),
        g.meeting(),
        g.notes(),
        g.placement(),
        java.util.List.of());
  }
}

package org.localgroups.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The directory: a region tree and the groups listed in it. Immutable.
 *
 * @param title   the title of the page it came from ("" if none)
 * @param intro   the page's introduction (text before the first heading), one entry per source line
 * @param regions every region, parents before children, in source order
 * @param groups  every group once, in order of first appearance
 */
public record Directory(String title, List<IntroLine> intro, List<Region> regions, List<Group> groups) {
  public Directory {
    intro = List.copyOf(intro);
    regions = List.copyOf(regions);
    groups = List.copyOf(groups);
  }

  public static Directory empty() {
    return new Directory("", List.of(), List.of(), List.of());
  }

  public Optional<Group> group(String slug) {
    return groups.stream().filter(g -> g.slug().equals(slug)).findFirst();
  }

  public Optional<Region> region(String slug) {
    return regions.stream().filter(r -> r.slug().equals(slug)).findFirst();
  }

  /** The regions that list a group, in source order. */
  public List<Region> regionsOf(String groupSlug) {
    return regions.stream().filter(r -> r.groupSlugs().contains(groupSlug)).toList();
  }

  /** Direct children of a region; pass "" for the top level. */
  public List<Region> children(String parentSlug) {
    return regions.stream().filter(r -> r.parentSlug().equals(parentSlug)).toList();
  }

  public Map<String, Group> groupsBySlug() {
    return groups.stream().collect(Collectors.toMap(Group::slug, Function.identity()));
  }
}

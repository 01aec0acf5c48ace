package org.localgroups.directory;

import java.util.List;

/**
 * A node of the region tree, from a heading (Asia, India, USA, California, "Regional (by State)").
 *
 * @param id the id that never changes (renames, re-imports); "" until the region is stored
 * @param slug its address, unique in the directory (e.g. {@code usa-california})
 * @param name the heading as written
 * @param level depth in the tree, 1 for top-level regions
 * @param parentSlug the parent's slug, "" at the top level
 * @param kind what sort of area it names
 * @param place where it is, when the gazetteer could tell
 * @param resources channels that belong to the region rather than one group (a Google Group for all
 *     Asia)
 * @param groupSlugs the groups listed under it, in source order
 * @param line the source line of its heading (0 for regions not from a heading)
 */
public record Region(
    String id,
    String slug,
    String name,
    int level,
    String parentSlug,
    RegionKind kind,
    Placement place,
    List<Link> resources,
    List<String> groupSlugs,
    int line) {
  public Region {
    resources = List.copyOf(resources);
    groupSlugs = List.copyOf(groupSlugs);
  }

  /** A region not stored yet (as the importer reads it): no id. */
  public Region(
      String slug,
      String name,
      int level,
      String parentSlug,
      RegionKind kind,
      Placement place,
      List<Link> resources,
      List<String> groupSlugs,
      int line) {
    this("", slug, name, level, parentSlug, kind, place, resources, groupSlugs, line);
  }

  public enum RegionKind {
    ROOT,
    CONTINENT,
    COUNTRY,
    STATE,
    CITY,
    OTHER
  }
}

package org.localgroups.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The directory: a region tree and the groups listed in it. Immutable and thread-safe. The tree's
 * rules live here, once: lookups by slug, a region's children, ancestors and subtree, the groups
 * under a region, the regions of a group, groups and regions by id, counts under each region and
 * per country, the groups a filter selects. Each answers from indexes built once per directory
 * (with it, or on first need), so no question costs a scan of the whole directory.
 */
public final class Directory {
  private final String title;
  private final List<IntroLine> intro;
  private final List<Region> regions;
  private final List<Group> groups;
  private final Map<String, Group> groupsBySlug;
  private final Map<String, Region> regionsBySlug;
  private final Map<String, List<Region>> childrenBySlug;
  private final Map<String, List<Region>> regionsByGroup;
  // the rest of the indexes, built on first need: a directory read only to be merged or written
  // never pays for them
  private volatile @Nullable DirectoryIndex index;
  private final Object indexing = new Object();

  /**
   * @param title the title of the page it came from ("" if none)
   * @param intro the page's introduction (text before the first heading), one entry per source line
   * @param regions every region, parents before children, in source order
   * @param groups every group once, in order of first appearance
   */
  public Directory(String title, List<IntroLine> intro, List<Region> regions, List<Group> groups) {
    this.title = title;
    this.intro = List.copyOf(intro);
    this.regions = List.copyOf(regions);
    this.groups = List.copyOf(groups);
    this.groupsBySlug = HashMap.newHashMap(groups.size());
    for (Group g : this.groups) {
      groupsBySlug.putIfAbsent(g.slug(), g);
    }
    this.regionsBySlug = HashMap.newHashMap(regions.size());
    Map<String, List<Region>> children = new HashMap<>();
    Map<String, List<Region>> byGroup = HashMap.newHashMap(groups.size());
    for (Region r : this.regions) {
      regionsBySlug.putIfAbsent(r.slug(), r);
      children.computeIfAbsent(r.parentSlug(), k -> new ArrayList<>()).add(r);
      for (String slug : r.groupSlugs()) {
        List<Region> of = byGroup.computeIfAbsent(slug, k -> new ArrayList<>(1));
        if (of.isEmpty() || !of.getLast().equals(r)) {
          of.add(r); // a region that lists a group twice is still one of its regions
        }
      }
    }
    children.replaceAll((k, v) -> List.copyOf(v));
    byGroup.replaceAll((k, v) -> List.copyOf(v));
    this.childrenBySlug = children;
    this.regionsByGroup = byGroup;
  }

  public static Directory empty() {
    return new Directory("", List.of(), List.of(), List.of());
  }

  /** The title of the page it came from ("" if none). */
  public String title() {
    return title;
  }

  /** The page's introduction, one entry per source line. */
  public List<IntroLine> intro() {
    return intro;
  }

  /** Every region, parents before children, in page order. */
  public List<Region> regions() {
    return regions;
  }

  /** Every group once, in order of first appearance. */
  public List<Group> groups() {
    return groups;
  }

  public Optional<Group> group(String slug) {
    return Optional.ofNullable(groupsBySlug.get(slug));
  }

  public Optional<Region> region(String slug) {
    return Optional.ofNullable(regionsBySlug.get(slug));
  }

  /** A group by its id (stored groups only: "" is no id). */
  public Optional<Group> groupById(String id) {
    return id.isEmpty() ? Optional.empty() : Optional.ofNullable(index().groupsById.get(id));
  }

  /** A region by its id (stored regions only: "" is no id). */
  public Optional<Region> regionById(String id) {
    return id.isEmpty() ? Optional.empty() : Optional.ofNullable(index().regionsById.get(id));
  }

  /** A group's position in {@link #groups()}, when it is listed. */
  public Optional<Integer> position(String groupSlug) {
    return Optional.ofNullable(index().positions.get(groupSlug));
  }

  /**
   * How many of the directory's groups a region and the regions below it list, each once (0 for no
   * such region; a listed slug the directory holds no group for is not counted).
   */
  public int groupCountUnder(String regionSlug) {
    return index().under(regionSlug).length;
  }

  /** How many countries the groups are placed in. */
  public int countryCount() {
    return index().byCountry.size();
  }

  /**
   * The groups a filter lets through, in the order of {@link #groups()}; a region unknown here
   * selects nothing.
   */
  public GroupSelection select(GroupFilter filter) {
    return index().select(groups, filter);
  }

  private DirectoryIndex index() {
    DirectoryIndex built = index;
    if (built == null) {
      synchronized (indexing) {
        built = index;
        if (built == null) {
          built = DirectoryIndex.of(this);
          index = built;
        }
      }
    }
    return built;
  }

  /** The regions that list a group, in page order. */
  public List<Region> regionsOf(String groupSlug) {
    return regionsByGroup.getOrDefault(groupSlug, List.of());
  }

  /** Direct children of a region, in page order; pass "" for the top level. */
  public List<Region> children(String parentSlug) {
    return childrenBySlug.getOrDefault(parentSlug, List.of());
  }

  /**
   * The regions above a region, the top level first, without the region itself. Stops at a parent
   * that is not in the directory or at a cycle, so a broken tree cannot hang a caller.
   */
  public List<Region> ancestors(String regionSlug) {
    List<Region> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(regionSlug);
    Region current = regionsBySlug.get(regionSlug);
    while (current != null && !current.parentSlug().isEmpty() && seen.add(current.parentSlug())) {
      current = regionsBySlug.get(current.parentSlug());
      if (current != null) {
        path.add(current);
      }
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /** The region and every region below it, each once, in page order of a depth-first walk. */
  public List<Region> subtree(String regionSlug) {
    Region root = regionsBySlug.get(regionSlug);
    if (root == null) {
      return List.of();
    }
    List<Region> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    walk(root, seen, out);
    return List.copyOf(out);
  }

  private void walk(Region region, Set<String> seen, List<Region> out) {
    if (!seen.add(region.slug())) {
      return;
    }
    out.add(region);
    for (Region child : children(region.slug())) {
      walk(child, seen, out);
    }
  }

  /**
   * The tree below a region ({@code ""} for the whole tree) mapped bottom-up: each region's node is
   * made from the region and the nodes of its children, in page order. The one walk of the tree for
   * pages, tables of contents and the API; each region is visited once, so a broken (cyclic) tree
   * cannot loop.
   */
  public <T> List<T> mapTree(String parentSlug, BiFunction<Region, List<T>, T> node) {
    return mapTree(parentSlug, node, new HashSet<>());
  }

  private <T> List<T> mapTree(
      String parentSlug, BiFunction<Region, List<T>, T> node, Set<String> seen) {
    List<T> out = new ArrayList<>();
    for (Region child : children(parentSlug)) {
      if (seen.add(child.slug())) {
        out.add(node.apply(child, mapTree(child.slug(), node, seen)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The slugs of the groups listed in a region or anywhere below it, each once, in page order of
   * the walk.
   */
  public Set<String> groupsUnder(String regionSlug) {
    Set<String> slugs = new LinkedHashSet<>();
    for (Region r : subtree(regionSlug)) {
      slugs.addAll(r.groupSlugs());
    }
    return Collections.unmodifiableSet(slugs);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Directory d
        && title.equals(d.title)
        && intro.equals(d.intro)
        && regions.equals(d.regions)
        && groups.equals(d.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, intro, regions, groups);
  }

  @Override
  public String toString() {
    return "Directory[title="
        + title
        + ", intro="
        + intro
        + ", regions="
        + regions
        + ", groups="
        + groups
        + "]";
  }
}

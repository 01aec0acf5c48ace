package org.localgroups.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a directory answers without a scan, read from it once (on first need, see {@link
 * Directory}): groups and regions by id, each group's position, and the groups of each country,
 * status and region subtree as ascending positions. Immutable once built.
 */
final class DirectoryIndex {
  private static final int[] NONE = new int[0];

  final Map<String, Integer> positions;
  final Map<String, Group> groupsById;
  final Map<String, Region> regionsById;
  final Map<String, int[]> byCountry;
  final Map<GroupStatus, int[]> byStatus;
  final Map<String, int[]> underRegion;

  private DirectoryIndex(
      Map<String, Integer> positions,
      Map<String, Group> groupsById,
      Map<String, Region> regionsById,
      Map<String, int[]> byCountry,
      Map<GroupStatus, int[]> byStatus,
      Map<String, int[]> underRegion) {
    this.positions = positions;
    this.groupsById = groupsById;
    this.regionsById = regionsById;
    this.byCountry = byCountry;
    this.byStatus = byStatus;
    this.underRegion = underRegion;
  }

  static DirectoryIndex of(Directory d) {
    List<Group> groups = d.groups();
    Map<String, Integer> positions = HashMap.newHashMap(groups.size());
    Map<String, Group> groupsById = HashMap.newHashMap(groups.size());
    Map<String, IntList> country = new HashMap<>();
    Map<GroupStatus, IntList> status = new EnumMap<>(GroupStatus.class);
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      positions.putIfAbsent(g.slug(), i);
      if (!g.id().isEmpty()) {
        groupsById.putIfAbsent(g.id(), g);
      }
      String code = g.placement().countryCode().toUpperCase(Locale.ROOT);
      if (!code.isEmpty()) {
        country.computeIfAbsent(code, k -> new IntList()).add(i);
      }
      status.computeIfAbsent(g.status(), k -> new IntList()).add(i);
    }
    Map<String, Region> regionsById = HashMap.newHashMap(d.regions().size());
    Map<String, int[]> direct = HashMap.newHashMap(d.regions().size());
    for (Region r : d.regions()) {
      if (!r.id().isEmpty()) {
        regionsById.putIfAbsent(r.id(), r);
      }
      direct.putIfAbsent(
          r.slug(),
          r.groupSlugs().stream()
              .map(positions::get)
              .filter(p -> p != null)
              .mapToInt(Integer::intValue)
              .toArray());
    }
    Map<String, int[]> under = HashMap.newHashMap(d.regions().size());
    for (Region r : d.regions()) {
      // the same walk as Directory.subtree, so that a broken tree counts as it lists
      under.computeIfAbsent(
          r.slug(),
          slug ->
              d.subtree(slug).stream()
                  .flatMapToInt(s -> IntStream.of(direct.getOrDefault(s.slug(), NONE)))
                  .sorted()
                  .distinct()
                  .toArray());
    }
    Map<String, int[]> byCountry = HashMap.newHashMap(country.size());
    country.forEach((k, v) -> byCountry.put(k, v.toArray()));
    Map<GroupStatus, int[]> byStatus = new EnumMap<>(GroupStatus.class);
    status.forEach((k, v) -> byStatus.put(k, v.toArray()));
    return new DirectoryIndex(positions, groupsById, regionsById, byCountry, byStatus, under);
  }

  /** The groups under a region, ascending positions; empty for an unknown region. */
  int[] under(String regionSlug) {
    return underRegion.getOrDefault(regionSlug, NONE);
  }

  /**
   * The selection of a filter: the smallest list of the filter's parts, checked against the rest.
   */
  GroupSelection select(List<Group> groups, GroupFilter f) {
    List<int[]> parts = new ArrayList<>(3);
    if (!f.countryCode().isEmpty()) {
      parts.add(byCountry.getOrDefault(f.countryCode(), NONE));
    }
    if (!f.regionSlug().isEmpty()) {
      parts.add(under(f.regionSlug()));
    }
    f.status().ifPresent(s -> parts.add(byStatus.getOrDefault(s, NONE)));
    if (parts.isEmpty()) {
      return GroupSelection.all(groups);
    }
    parts.sort((a, b) -> Integer.compare(a.length, b.length));
    int[] smallest = parts.getFirst();
    if (parts.size() == 1) {
      return GroupSelection.of(groups, smallest);
    }
    IntList kept = new IntList();
    for (int p : smallest) {
      boolean inAll = true;
      for (int i = 1; i < parts.size() && inAll; i++) {
        inAll = java.util.Arrays.binarySearch(parts.get(i), p) >= 0;
      }
      if (inAll) {
        kept.add(p);
      }
    }
    return GroupSelection.of(groups, kept.toArray());
  }

  /** A growing list of ints, without boxing. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}

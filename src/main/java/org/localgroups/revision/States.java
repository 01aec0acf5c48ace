package org.localgroups.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;

/**
 * The one mapping between a directory (regions list groups by slug, parents by slug) and entity
 * states (groups name their regions by id, regions their parent by id), both ways.
 */
public final class States {
  private States() {}

  /**
   * Every group's and region's state, and the intro's, of a directory whose groups and regions have
   * ids.
   */
  public static Map<EntityRef, EntityState> of(Directory d) {
    Map<EntityRef, EntityState> out = new LinkedHashMap<>();
    out.put(EntityRef.INTRO, intro(d));
    for (Region r : d.regions()) {
      out.put(EntityRef.region(r.id()), region(d, r));
    }
    for (Group g : d.groups()) {
      out.put(EntityRef.group(g.id()), group(d, g));
    }
    return out;
  }

  public static IntroState intro(Directory d) {
    return new IntroState(d.title(), d.intro());
  }

  public static GroupState group(Directory d, Group g) {
    return GroupState.of(g.id(), g, d.regionsOf(g.slug()).stream().map(Region::id).toList());
  }

  public static RegionState region(Directory d, Region r) {
    String parent =
        r.parentSlug().isEmpty() ? "" : d.region(r.parentSlug()).map(Region::id).orElse("");
    return new RegionState(
        r.id(), r.slug(), r.name(), r.level(), parent, r.kind(), r.place(), r.resources());
  }

  /**
   * The directory these states make, in the layout's order (entities the layout does not place come
   * after those it does, in the order given). A group is listed in each region its state names that
   * is among the regions given; a region whose parent is not given is at the top level.
   */
  public static Directory directory(
      IntroState intro, List<RegionState> regions, List<GroupState> groups, Layout layout) {
    List<RegionState> orderedRegions = ordered(regions, RegionState::id, layout.regionOrder());
    List<GroupState> orderedGroups = ordered(groups, GroupState::id, layout.groupOrder());
    Map<String, RegionState> regionById = new HashMap<>();
    orderedRegions.forEach(r -> regionById.put(r.id(), r));
    Map<String, List<GroupState>> members = new HashMap<>();
    for (GroupState g : orderedGroups) {
      for (String regionId : g.regions()) {
        if (regionById.containsKey(regionId)) {
          members.computeIfAbsent(regionId, k -> new ArrayList<>()).add(g);
        }
      }
    }
    List<Region> outRegions = new ArrayList<>();
    for (RegionState r : orderedRegions) {
      Map<String, Integer> order = layout.memberOrder().getOrDefault(r.id(), Map.of());
      List<String> slugs =
          ordered(members.getOrDefault(r.id(), List.of()), GroupState::id, order).stream()
              .map(GroupState::slug)
              .toList();
      RegionState parent = regionById.get(r.parent());
      outRegions.add(
          new Region(
              r.id(),
              r.slug(),
              r.name(),
              r.level(),
              parent == null ? "" : parent.slug(),
              r.kind(),
              r.place(),
              r.resources(),
              slugs,
              layout.regionLines().getOrDefault(r.id(), 0)));
    }
    List<Group> outGroups =
        orderedGroups.stream()
            .map(
                g ->
                    new Group(
                        g.id(),
                        g.slug(),
                        g.name(),
                        g.description(),
                        g.links(),
                        g.status(),
                        g.founded(),
                        g.meeting(),
                        g.notes(),
                        g.placement(),
                        layout.groupLines().getOrDefault(g.id(), List.of()),
                        g.meetingRules()))
            .toList();
    return new Directory(intro.title(), intro.lines(), outRegions, outGroups);
  }

  private static <T> List<T> ordered(
      List<T> items, java.util.function.Function<T, String> id, Map<String, Integer> order) {
    List<T> out = new ArrayList<>(items);
    // a stable sort: items the order does not place keep their given order, after those it does
    out.sort(Comparator.comparingInt(t -> order.getOrDefault(id.apply(t), Integer.MAX_VALUE)));
    return out;
  }
}

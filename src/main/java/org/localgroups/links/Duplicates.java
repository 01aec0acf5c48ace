package org.localgroups.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.links.DuplicatePair.Area;
import org.localgroups.links.DuplicatePair.CloseNames;
import org.localgroups.links.DuplicatePair.GroupRef;
import org.localgroups.links.DuplicatePair.SharedLink;
import org.localgroups.links.NameSimilarity.Name;

/**
 * Finds groups that may be one: two groups that share a link (by {@link Link#identity()}, a
 * shared-site root such as {@code http://meetup.com/} never counts), or whose names are close and
 * that are in the same area (listed in one region, or placed within {@link #NEAR_KM} of each
 * other). Each pair comes with its evidence; nothing is decided here, a person reads the report and
 * merges. Pure: a directory in, pairs out.
 */
public final class Duplicates {
  /**
   * Two placed groups this close are "in the same area": a metropolitan area (the seed places
   * groups at their city's centre; a city and its suburbs are within this).
   */
  public static final double NEAR_KM = 50;

  /** Names at least this similar are "close" (see {@link NameSimilarity}). */
  public static final double CLOSE_NAMES = 0.6;

  private Duplicates() {}

  /**
   * The pairs of a directory, in directory order of their first group, then of the second. Only
   * candidate pairs are compared ({@link Candidates}: a shared link identity, or a shared name key
   * between groups in one region or one neighbourhood of the map), so the work grows with the pairs
   * found, not with the square of the directory; the result is the same as comparing every pair.
   */
  public static List<DuplicatePair> in(Directory directory) {
    List<Group> groups = directory.groups();
    Map<String, Set<String>> regionsOf = regionsOf(directory);
    List<Name> names = groups.stream().map(g -> Name.of(g.name())).toList();
    List<DuplicatePair> out = new ArrayList<>();
    for (long key : Candidates.of(groups, names, regionsOf)) {
      int i = (int) (key >>> 32);
      int j = (int) key;
      pair(groups.get(i), groups.get(j), names.get(i), names.get(j), regionsOf).ifPresent(out::add);
    }
    return out;
  }

  /** The names of the regions that list each group slug, in region order. */
  static Map<String, Set<String>> regionsOf(Directory directory) {
    Map<String, Set<String>> regionsOf = new HashMap<>();
    for (Region r : directory.regions()) {
      for (String slug : r.groupSlugs()) {
        regionsOf.computeIfAbsent(slug, k -> new LinkedHashSet<>()).add(r.name());
      }
    }
    return regionsOf;
  }

  /** Whether two groups are a pair, with the evidence; the one rule both paths share. */
  static Optional<DuplicatePair> pair(Group a, Group b, Map<String, Set<String>> regionsOf) {
    return pair(a, b, Name.of(a.name()), Name.of(b.name()), regionsOf);
  }

  private static Optional<DuplicatePair> pair(
      Group a, Group b, Name nameA, Name nameB, Map<String, Set<String>> regionsOf) {
    if (a.slug().equals(b.slug())) {
      return Optional.empty();
    }
    List<SharedLink> shared = sharedLinks(a, b);
    Area area = area(a, b, regionsOf);
    Optional<CloseNames> names = Optional.empty();
    double similarity = NameSimilarity.of(nameA, nameB);
    if (similarity >= CLOSE_NAMES) {
      names = Optional.of(new CloseNames(nameA.words(), nameB.words(), similarity));
    }
    boolean byNames = names.isPresent() && area.isNear(NEAR_KM);
    if (shared.isEmpty() && !byNames) {
      return Optional.empty();
    }
    return Optional.of(
        new DuplicatePair(
            new GroupRef(a.slug(), a.name()),
            new GroupRef(b.slug(), b.name()),
            shared,
            names,
            area));
  }

  private static List<SharedLink> sharedLinks(Group a, Group b) {
    Map<String, Link> ofB = new LinkedHashMap<>();
    for (Link l : b.links()) {
      if (!l.isSharedSiteRoot()) {
        ofB.putIfAbsent(l.identity(), l);
      }
    }
    List<SharedLink> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Link l : a.links()) {
      if (l.isSharedSiteRoot()) {
        continue;
      }
      String identity = l.identity();
      Link other = ofB.get(identity);
      if (other != null && seen.add(identity)) {
        out.add(new SharedLink(identity, l.url().isEmpty() ? l.written() : l.url(), shown(other)));
      }
    }
    return out;
  }

  private static String shown(Link l) {
    return l.url().isEmpty() ? l.written() : l.url();
  }

  /** Where two groups are relative to each other. */
  static Area area(Group a, Group b, Map<String, Set<String>> regionsOf) {
    List<String> same = new ArrayList<>(regionsOf.getOrDefault(a.slug(), Set.of()));
    same.retainAll(regionsOf.getOrDefault(b.slug(), Set.of()));
    Placement pa = a.placement();
    Placement pb = b.placement();
    Optional<Double> km =
        pa.hasPoint() && pb.hasPoint()
            ? Optional.of(
                Earth.distanceKm(pa.latitude(), pa.longitude(), pb.latitude(), pb.longitude()))
            : Optional.empty();
    return new Area(same, km);
  }
}

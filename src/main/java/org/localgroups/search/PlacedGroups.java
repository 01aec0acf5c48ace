package org.localgroups.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;
import org.localgroups.geo.Place;
import org.localgroups.text.Fold;

/**
 * The placed groups of one directory, by city and by country, for questions the index does not
 * answer.
 */
final class PlacedGroups {
  private final Map<Long, List<Group>> byCity = new HashMap<>();
  private final Map<String, List<Group>> byCountry = new HashMap<>();

  private PlacedGroups(Directory source) {
    for (Group group : source.groups()) {
      Placement placement = group.placement();
      if (!placement.hasPoint()) {
        continue;
      }
      if (placement.precision() == Placement.Precision.CITY && placement.geonameId() != 0) {
        byCity.computeIfAbsent(placement.geonameId(), id -> new ArrayList<>()).add(group);
      }
      if (!placement.countryCode().isEmpty()) {
        byCountry
            .computeIfAbsent(
                placement.countryCode().toUpperCase(Locale.ROOT), c -> new ArrayList<>())
            .add(group);
      }
    }
  }

  static PlacedGroups of(Directory directory) {
    return new PlacedGroups(directory);
  }

  /** Groups placed in the city, nearest its point first. */
  List<NearGroup> inCity(Place city) {
    return nearestFirst(byCity.getOrDefault(city.geonameId(), List.of()), city, g -> true);
  }

  /**
   * Groups placed in the country, or in the first-level division of it, nearest the place's point
   * first.
   */
  List<NearGroup> inArea(Place area) {
    List<Group> inCountry =
        byCountry.getOrDefault(area.countryCode().toUpperCase(Locale.ROOT), List.of());
    if (area.kind() != Place.Kind.ADMIN1) {
      return nearestFirst(inCountry, area, g -> true);
    }
    String code = Fold.key(area.admin1Code());
    String name = Fold.key(area.admin1Name());
    return nearestFirst(
        inCountry,
        area,
        g -> {
          String admin1 = Fold.key(g.placement().admin1());
          return !admin1.isEmpty() && (admin1.equals(name) || admin1.equals(code));
        });
  }

  private static List<NearGroup> nearestFirst(
      List<Group> groups, Place from, Predicate<Group> keep) {
    return groups.stream()
        .filter(keep)
        .map(
            g ->
                new NearGroup(
                    g.slug(),
                    Earth.distanceKm(
                        from.latitude(),
                        from.longitude(),
                        g.placement().latitude(),
                        g.placement().longitude())))
        .sorted(
            Comparator.comparingDouble(NearGroup::distanceKm).thenComparing(NearGroup::groupSlug))
        .toList();
  }
}

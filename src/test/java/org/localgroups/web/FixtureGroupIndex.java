package org.localgroups.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;
import org.localgroups.search.GroupIndex;
import org.localgroups.search.NearGroup;
import org.localgroups.search.SearchFilter;
import org.localgroups.search.TextHit;

/** Test fixture: accent- and case-insensitive substring search over name, description and place. */
final class FixtureGroupIndex implements GroupIndex {
  private final AtomicReference<Directory> directory;

  FixtureGroupIndex(Directory directory) {
    this.directory = new AtomicReference<>(directory);
  }

  @Override
  public void replace(Directory d) {
    directory.set(d);
  }

  @Override
  public List<NearGroup> nearest(double latitude, double longitude, int k, double radiusKm) {
    return directory.get().groups().stream()
        .filter(g -> g.placement().isPlaced())
        .map(g -> new NearGroup(g.slug(),
            Haversine.km(latitude, longitude, g.placement().latitude(), g.placement().longitude())))
        .filter(n -> n.distanceKm() <= radiusKm)
        .sorted(java.util.Comparator.comparingDouble(NearGroup::distanceKm))
        .limit(k)
        .toList();
  }

  @Override
  public List<TextHit> search(String query, SearchFilter filter, int limit) {
    Directory d = directory.get();
    String q = FixtureGazetteer.fold(query);
    Set<String> inRegion = filter.regionSlug().isEmpty() ? Set.of() : under(d, filter.regionSlug());
    return d.groups().stream()
        .filter(g -> filter.countryCode().isEmpty() || g.placement().countryCode().equals(filter.countryCode()))
        .filter(g -> filter.regionSlug().isEmpty() || inRegion.contains(g.slug()))
        .filter(g -> filter.status().isEmpty() || g.status() == filter.status().get())
        .filter(g -> text(g).contains(q))
        .limit(limit)
        .map(g -> new TextHit(g.slug(), 1f))
        .toList();
  }

  private static String text(Group g) {
    return FixtureGazetteer.fold(g.name() + " " + g.description() + " " + g.placement().name());
  }

  private static Set<String> under(Directory d, String slug) {
    Set<String> out = new HashSet<>();
    for (Region r : d.children(slug)) {
      out.addAll(under(d, r.slug()));
    }
    d.region(slug).ifPresent(r -> out.addAll(r.groupSlugs()));
    return out;
  }

  @Override
  public void close() {}
}

package org.localgroups.web;

import java.util.Comparator;
import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.geo.UnknownPlaceException;
import org.localgroups.search.NearGroup;
import org.localgroups.search.NearResult;

/** Test fixture: ranks the fixture directory's placed groups by haversine distance; the place's own groups first. */
final class FixtureNearSearch implements NearSearch {
  private final Directory directory;
  private final Gazetteer gazetteer;

  FixtureNearSearch(Directory directory, Gazetteer gazetteer) {
    this.directory = directory;
    this.gazetteer = gazetteer;
  }

  @Override
  public NearResult near(String placeText, int k, double radiusKm) {
    List<PlaceMatch> matches = gazetteer.lookup(placeText);
    if (matches.isEmpty()) {
      String prefix = FixtureGazetteer.fold(placeText).substring(0, Math.min(3, placeText.strip().length()));
      throw new UnknownPlaceException(placeText,
          gazetteer.suggest(prefix, 3).stream().map(m -> m.place().label()).toList());
    }
    PlaceMatch best = matches.getFirst();
    return rank(best.place().latitude(), best.place().longitude(), best.place().geonameId(), best.place().label(),
        matches.subList(1, matches.size()), k, radiusKm);
  }

  @Override
  public NearResult near(double latitude, double longitude, int k, double radiusKm) {
    return rank(latitude, longitude, -1, "", List.of(), k, radiusKm);
  }

  private NearResult rank(double lat, double lon, long placeId, String understood, List<PlaceMatch> alternatives,
      int k, double radiusKm) {
    record Scored(Group group, double km) {}
    List<Scored> scored = directory.groups().stream()
        .filter(g -> g.placement().isPlaced())
        .map(g -> new Scored(g, Haversine.km(lat, lon, g.placement().latitude(), g.placement().longitude())))
        .sorted(Comparator.comparing((Scored s) -> s.group().placement().geonameId() == placeId ? 0 : 1)
            .thenComparingDouble(Scored::km))
        .limit(k)
        .toList();
    boolean any = scored.stream().anyMatch(s -> s.km() <= radiusKm);
    int inPlace = (int) scored.stream().takeWhile(s -> s.group().placement().geonameId() == placeId).count();
    return new NearResult(lat, lon, understood, alternatives,
        scored.stream().map(s -> new NearGroup(s.group().slug(), s.km())).toList(), inPlace, radiusKm, any);
  }
}

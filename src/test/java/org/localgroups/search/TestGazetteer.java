package org.localgroups.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.LookupContext;
import org.localgroups.geo.Place;
import org.localgroups.geo.PlaceMatch;

/**
 * A stand-in for the real gazetteer over {@link World#PLACES}: exact (folded) names and a few
 * alternate names, "Name, Country" to narrow; larger places first, each candidate scoring 0.05 less
 * than the one before.
 */
final class TestGazetteer implements Gazetteer {
  private static final Map<String, Place> ALTERNATE =
      Map.of(
          "cracow",
          World.KRAKOW,
          "krakau",
          World.KRAKOW,
          "polska",
          World.POLAND,
          "deutschland",
          World.GERMANY);

  @Override
  public List<PlaceMatch> lookup(String text, LookupContext context) {
    String[] parts = text.split(",", 2);
    String name = org.localgroups.text.Fold.key(parts[0]);
    String country = parts.length > 1 ? org.localgroups.text.Fold.key(parts[1]) : "";
    List<Place> found = new ArrayList<>();
    for (Place place : World.PLACES) {
      boolean named =
          org.localgroups.text.Fold.key(place.name()).equals(name) || ALTERNATE.get(name) == place;
      boolean inCountry =
          country.isEmpty()
              || org.localgroups.text.Fold.key(place.countryName()).equals(country)
              || org.localgroups.text.Fold.key(place.countryCode()).equals(country);
      if (named && inCountry) {
        found.add(place);
      }
    }
    found.sort(Comparator.comparingLong(Place::population).reversed());
    List<PlaceMatch> matches = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      matches.add(new PlaceMatch(found.get(i), 1.0 - 0.05 * i, found.get(i).name(), "test"));
    }
    return matches;
  }

  @Override
  public List<PlaceMatch> mentions(String text, LookupContext context) {
    return List.of();
  }

  @Override
  public List<PlaceMatch> suggest(String prefix, int limit) {
    String folded = org.localgroups.text.Fold.key(prefix);
    return World.PLACES.stream()
        .filter(p -> org.localgroups.text.Fold.key(p.name()).startsWith(folded))
        .sorted(Comparator.comparingLong(Place::population).reversed())
        .limit(limit)
        .map(p -> new PlaceMatch(p, 0.5, p.name(), "prefix"))
        .toList();
  }

  @Override
  public Optional<Place> country(String codeOrName) {
    return World.PLACES.stream()
        .filter(
            p ->
                p.kind() == Place.Kind.COUNTRY
                    && (p.countryCode().equalsIgnoreCase(codeOrName)
                        || p.name().equalsIgnoreCase(codeOrName)))
        .findFirst();
  }

  @Override
  public Optional<Place> admin1(String countryCode, String name) {
    return World.PLACES.stream()
        .filter(
            p ->
                p.kind() == Place.Kind.ADMIN1
                    && p.countryCode().equals(countryCode)
                    && p.admin1Name().equalsIgnoreCase(name))
        .findFirst();
  }

  @Override
  public Optional<Place> byId(long geonameId) {
    return World.PLACES.stream().filter(p -> p.geonameId() == geonameId).findFirst();
  }

  @Override
  public List<String> zonesIn(Place place) {
    return World.PLACES.stream()
        .filter(place::contains)
        .map(Place::timezone)
        .filter(z -> !z.isEmpty())
        .distinct()
        .sorted()
        .toList();
  }
}

package org.localgroups.geo;

import java.util.List;
import java.util.Optional;

/** Test fixture: a gazetteer that knows no place (groups stay unplaced; nothing is loaded). */
public final class NoPlaces implements Gazetteer {
  public static final Gazetteer GAZETTEER = new NoPlaces();

  private NoPlaces() {}

  @Override
  public List<PlaceMatch> lookup(String text, LookupContext context) {
    return List.of();
  }

  @Override
  public List<PlaceMatch> mentions(String text, LookupContext context) {
    return List.of();
  }

  @Override
  public List<PlaceMatch> suggest(String prefix, int limit) {
    return List.of();
  }

  @Override
  public Optional<Place> country(String codeOrName) {
    return Optional.empty();
  }

  @Override
  public Optional<Place> admin1(String countryCode, String name) {
    return Optional.empty();
  }

  @Override
  public Optional<Place> byId(long geonameId) {
    return Optional.empty();
  }

  @Override
  public List<String> zonesIn(Place place) {
    return List.of();
  }
}

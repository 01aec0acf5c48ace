package org.localgroups.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Placement;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.Place;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.geo.UnknownPlaceException;

/**
 * "Find a group near me": from a place's name or from coordinates to the nearest groups, saying
 * plainly when none is near. Thread-safe.
 *
 * <ul>
 *   <li>A city: the groups placed in that city first, then the others nearest first; those within
 *       the radius, or the {@code k} nearest anyway when none is.
 *   <li>A country or first-level division: the groups placed in it, nearest its centre first (at
 *       most {@code k}); when it has none, the {@code k} nearest to its centre.
 * </ul>
 */
public final class GroupFinder {
  /** A candidate place scoring at least this share of the best one is offered as "did you mean". */
  public static final double ALTERNATIVE_SCORE_SHARE = 0.8;

  public static final int MAX_ALTERNATIVES = 5;
  public static final int MAX_SUGGESTIONS = 5;
  static final int MAX_PLACE_TEXT = 200;

  private final Gazetteer gazetteer;
  private final LuceneGroupIndex index;
  private final PlacedGroups placed;

  /**
   * @param gazetteer to understand place names
   * @param index the groups' index, built from {@code directory}
   * @param directory the directory whose groups are found
   */
  public GroupFinder(Gazetteer gazetteer, LuceneGroupIndex index, Directory directory) {
    this.gazetteer = gazetteer;
    this.index = index;
    this.placed = PlacedGroups.of(directory);
  }

  /**
   * Groups near a place named in free text ("Cracow", "Köln, Germany", "Poland").
   *
   * @throws UnknownPlaceException when the gazetteer knows no such place (with names to suggest)
   * @throws LocalGroupsException BAD_INPUT for blank text, k outside 1..100 or a negative radius
   */
  public NearResult near(String placeText, int k, double radiusKm) {
    String text = placeText.strip();
    if (text.isEmpty()) {
      throw LocalGroupsException.badInput(
          "Type the name of a city or a country to find groups near it.");
    }
    if (text.length() > MAX_PLACE_TEXT) {
      throw LocalGroupsException.badInput(
          "A place name has at most " + MAX_PLACE_TEXT + " characters.");
    }
    Earth.checkCount(k);
    Earth.checkRadius(radiusKm);
    List<PlaceMatch> matches = gazetteer.lookup(text);
    if (matches.isEmpty()) {
      throw new UnknownPlaceException(text, gazetteer.suggestionsFor(text, MAX_SUGGESTIONS));
    }
    Place place = matches.getFirst().place();
    List<PlaceMatch> alternatives = alternatives(matches);
    Answer answer =
        switch (place.kind()) {
          case CITY -> inCity(place, k, radiusKm);
          case ADMIN1, COUNTRY -> inArea(place, k);
        };
    return new NearResult(
        place.latitude(),
        place.longitude(),
        place.label(),
        alternatives,
        answer.groups(),
        answer.inPlace(),
        radiusKm,
        answer.anyWithinRadius());
  }

  /**
   * Groups near a point (the browser's location): those within the radius, nearest first, or the
   * {@code k} nearest anyway when none is.
   *
   * @throws LocalGroupsException BAD_INPUT for a point off the globe, k outside 1..100 or a
   *     negative radius
   */
  public NearResult near(double latitude, double longitude, int k, double radiusKm) {
    Placement.requireOnEarth(latitude, longitude);
    Earth.checkCount(k);
    Earth.checkRadius(radiusKm);
    List<NearGroup> nearest = index.nearest(latitude, longitude, k, Double.POSITIVE_INFINITY);
    Answer answer = withinOrNearest(nearest, Set.of(), radiusKm);
    return new NearResult(
        latitude, longitude, "", List.of(), answer.groups(), 0, radiusKm, answer.anyWithinRadius());
  }

  private record Answer(List<NearGroup> groups, int inPlace, boolean anyWithinRadius) {}

  private Answer inCity(Place city, int k, double radiusKm) {
    List<NearGroup> inCity = placed.inCity(city);
    List<NearGroup> merged = new ArrayList<>(inCity);
    Set<String> seen = new HashSet<>();
    inCity.forEach(g -> seen.add(g.groupSlug()));
    for (NearGroup g :
        index.nearest(city.latitude(), city.longitude(), k, Double.POSITIVE_INFINITY)) {
      if (seen.add(g.groupSlug())) {
        merged.add(g);
      }
    }
    Set<String> cityOwn = new HashSet<>();
    inCity.forEach(g -> cityOwn.add(g.groupSlug()));
    Answer answer = withinOrNearest(merged, cityOwn, radiusKm);
    return new Answer(
        answer.groups().subList(0, Math.min(k, answer.groups().size())),
        Math.min(k, inCity.size()),
        answer.anyWithinRadius());
  }

  private Answer inArea(Place area, int k) {
    List<NearGroup> inArea = placed.inArea(area);
    if (!inArea.isEmpty()) {
      int shown = Math.min(k, inArea.size());
      return new Answer(inArea.subList(0, shown), shown, true);
    }
    return new Answer(
        index.nearest(area.latitude(), area.longitude(), k, Double.POSITIVE_INFINITY), 0, false);
  }

  /**
   * The groups within the radius (a city's own groups count as within), or all of them when none
   * is.
   */
  private static Answer withinOrNearest(
      List<NearGroup> groups, Set<String> alwaysNear, double radiusKm) {
    List<NearGroup> within =
        groups.stream()
            .filter(g -> alwaysNear.contains(g.groupSlug()) || g.distanceKm() <= radiusKm)
            .toList();
    return within.isEmpty()
        ? new Answer(List.copyOf(groups), 0, false)
        : new Answer(within, 0, true);
  }

  private List<PlaceMatch> alternatives(List<PlaceMatch> matches) {
    PlaceMatch top = matches.getFirst();
    Set<Long> seen = new HashSet<>();
    seen.add(top.place().geonameId());
    List<PlaceMatch> alternatives = new ArrayList<>();
    for (PlaceMatch match : matches.subList(1, matches.size())) {
      if (alternatives.size() == MAX_ALTERNATIVES) {
        break;
      }
      if (match.score() >= top.score() * ALTERNATIVE_SCORE_SHARE
          && seen.add(match.place().geonameId())) {
        alternatives.add(match);
      }
    }
    return alternatives;
  }
}

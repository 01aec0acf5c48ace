package org.localgroups.geo;

import java.util.List;
import java.util.Optional;

/**
 * The offline gazetteer: GeoNames cities (population >= 500) with their alternate names, countries
 * and first-level divisions. Thread-safe and read-only once loaded. Nothing is fetched from the
 * network.
 */
public interface Gazetteer {

  /**
   * Free text (a city, "City, Country", "City, ST", a country or state name, in any language,
   * accents optional) to ranked candidates, best first. Empty when nothing matches.
   */
  List<PlaceMatch> lookup(String text, LookupContext context);

  default List<PlaceMatch> lookup(String text) {
    return lookup(text, LookupContext.NONE);
  }

  /**
   * Places named inside running text ("Python User Group in Guadalajara, meets ...", "Cracow's
   * Python Users Group"), best first. Used to place a group from its name and description.
   */
  List<PlaceMatch> mentions(String text, LookupContext context);

  /**
   * Places whose name (or alternate name) starts with the typed prefix, for suggestions as you
   * type; larger places first. Accent- and case-insensitive.
   */
  List<PlaceMatch> suggest(String prefix, int limit);

  /**
   * Labels of places to suggest for a text no place has: those sharing its longest prefix (at most
   * three letters) with some place's name, larger places first. Empty only when no name starts with
   * its first letter.
   */
  default List<String> suggestionsFor(String unknown, int limit) {
    String text = unknown.strip();
    for (int length = Math.min(3, text.length()); length > 0; length--) {
      List<String> labels =
          suggest(text.substring(0, length), limit).stream()
              .map(m -> m.place().label())
              .distinct()
              .limit(limit)
              .toList();
      if (!labels.isEmpty()) {
        return labels;
      }
    }
    return List.of();
  }

  /** A country by ISO alpha-2 code or by any of its names. */
  Optional<Place> country(String codeOrName);

  /** A first-level division (state, province) of a country by name, code or alternate name. */
  Optional<Place> admin1(String countryCode, String name);

  /** A place by GeoNames id. */
  Optional<Place> byId(long geonameId);

  /**
   * The time zone ids used in a place, sorted: a city's own; for a first-level division or a
   * country, its own and those of every city in it ("US" gives America/New_York, America/Chicago,
   * ... ). Empty when the gazetteer knows no zone there.
   */
  List<String> zonesIn(Place place);

  /** Whether questions are answered now, without waiting for the data to load. */
  default boolean ready() {
    return true;
  }
}

package org.localgroups.directory;

import org.localgroups.LocalGroupsException;

/**
 * Where a group or region sits on the map.
 *
 * @param precision city, state, country or continent; UNPLACED when nothing could be told
 * @param name the place's name (e.g. "Kraków"), "" when unplaced
 * @param countryCode ISO 3166-1 alpha-2, "" when unknown
 * @param admin1 first-level division name (state, province), "" when unknown
 * @param latitude WGS84 degrees (0 when unplaced)
 * @param longitude WGS84 degrees (0 when unplaced)
 * @param geonameId GeoNames id of the place, 0 when none
 * @param confidence 0..1, how sure the geocoder is
 * @param reason one sentence: what text placed it ("name says 'Cracow'", "heading 'Texas'")
 */
public record Placement(
    Precision precision,
    String name,
    String countryCode,
    String admin1,
    double latitude,
    double longitude,
    long geonameId,
    double confidence,
    String reason) {

  public enum Precision {
    CITY,
    STATE,
    COUNTRY,
    CONTINENT,
    UNPLACED
  }

  public static Placement unplaced(String reason) {
    return new Placement(Precision.UNPLACED, "", "", "", 0, 0, 0, 0, reason);
  }

  /** Placed in a city, state or country (a continent or nothing is not a place on the map). */
  public boolean isPlaced() {
    return precision != Precision.UNPLACED && precision != Precision.CONTINENT;
  }

  /** Whether it is a point on the map: placed, at a position that exists on Earth. */
  public boolean hasPoint() {
    return isPlaced() && isOnEarth(latitude, longitude);
  }

  /**
   * Refuses degrees that are not a WGS84 position, naming the coordinate that is off the globe.
   *
   * @throws LocalGroupsException BAD_INPUT
   */
  public static void requireOnEarth(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw LocalGroupsException.badInput(
          "lat must be between -90 and 90 degrees, got " + latitude + ".");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw LocalGroupsException.badInput(
          "lon must be between -180 and 180 degrees, got " + longitude + ".");
    }
  }

  /**
   * Whether the degrees are a WGS84 position: latitude within +-90, longitude within +-180 (NaN is
   * neither).
   */
  public static boolean isOnEarth(double latitude, double longitude) {
    return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
  }
}

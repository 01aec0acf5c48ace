package org.localgroups.directory;

/**
 * Where a group or region sits on the map.
 *
 * @param precision   city, state, country or continent; UNPLACED when nothing could be told
 * @param name        the place's name (e.g. "Kraków"), "" when unplaced
 * @param countryCode ISO 3166-1 alpha-2, "" when unknown
 * @param admin1      first-level division name (state, province), "" when unknown
 * @param latitude    WGS84 degrees (0 when unplaced)
 * @param longitude   WGS84 degrees (0 when unplaced)
 * @param geonameId   GeoNames id of the place, 0 when none
 * @param confidence  0..1, how sure the geocoder is
 * @param reason      one sentence: what text placed it ("name says 'Cracow'", "heading 'Texas'")
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

  public enum Precision { CITY, STATE, COUNTRY, CONTINENT, UNPLACED }

  public static Placement unplaced(String reason) {
    return new Placement(Precision.UNPLACED, "", "", "", 0, 0, 0, 0, reason);
  }

  public boolean isPlaced() {
    return precision != Precision.UNPLACED && precision != Precision.CONTINENT;
  }
}

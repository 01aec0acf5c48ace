package org.localgroups.search;

import org.localgroups.LocalGroupsException;

/**
 * A box of longitudes and latitudes in WGS84 degrees, edges included, as GeoJSON writes one ({@code
 * [west, south, east, north]}, RFC 7946 §5). A box whose west edge is east of its east edge crosses
 * the antimeridian: {@code 170,-20,-170,0} is the 20 degrees around Fiji.
 *
 * @param west the western edge, -180 to 180
 * @param south the southern edge, -90 to 90
 * @param east the eastern edge, -180 to 180
 * @param north the northern edge, {@code south} to 90
 */
public record Bbox(double west, double south, double east, double north) {
  /** The whole Earth. */
  public static final Bbox WORLD = new Bbox(-180, -90, 180, 90);

  /**
   * @throws LocalGroupsException BAD_INPUT when an edge is off the globe or the south edge lies
   *     north of the north edge
   */
  public Bbox {
    longitude("west", west);
    longitude("east", east);
    latitude("south", south);
    latitude("north", north);
    if (south > north) {
      throw LocalGroupsException.badInput(
          "The bbox's south edge ("
              + south
              + ") must not be north of its north edge ("
              + north
              + "): give west,south,east,north.");
    }
  }

  /** Whether the box crosses the antimeridian (its west edge is east of its east edge). */
  public boolean wraps() {
    return west > east;
  }

  /** Whether a point lies in the box, edges included. */
  public boolean contains(double latitude, double longitude) {
    if (latitude < south || latitude > north) {
      return false;
    }
    return wraps()
        ? longitude >= west || longitude <= east
        : longitude >= west && longitude <= east;
  }

  private static void longitude(String edge, double degrees) {
    if (!(degrees >= -180 && degrees <= 180)) {
      throw LocalGroupsException.badInput(
          "The bbox's "
              + edge
              + " edge must be between -180 and 180 degrees, got "
              + degrees
              + ".");
    }
  }

  private static void latitude(String edge, double degrees) {
    if (!(degrees >= -90 && degrees <= 90)) {
      throw LocalGroupsException.badInput(
          "The bbox's " + edge + " edge must be between -90 and 90 degrees, got " + degrees + ".");
    }
  }
}

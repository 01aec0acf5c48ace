package org.localgroups.search;

import org.apache.lucene.util.SloppyMath;
import org.localgroups.LocalGroupsException;

/** Great-circle distances and the checks on a point, radius and count asked about. */
final class Earth {
  /**
   * Mean earth radius in km (IUGG), the one Lucene's {@link SloppyMath#haversinMeters} uses, so the
   * distances we compute agree with those of {@code LatLonPoint.nearest}.
   */
  static final double EARTH_RADIUS_KM = 6371.0087714;

  /** No two points on the globe are farther apart than this (km). */
  static final double HALF_CIRCUMFERENCE_KM = Math.PI * EARTH_RADIUS_KM;

  /** The most groups one "near" question returns. */
  static final int MAX_K = 100;

  private Earth() {}

  /** Haversine distance in km (Lucene's fast, accurate-to-millimetres form). */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    return SloppyMath.haversinMeters(lat1, lon1, lat2, lon2) / 1000.0;
  }

  static void checkCount(int k) {
    if (k < 1 || k > MAX_K) {
      throw LocalGroupsException.badInput(
          "The number of groups asked for must be between 1 and " + MAX_K + ", not " + k + ".");
    }
  }

  static void checkRadius(double radiusKm) {
    if (!(radiusKm >= 0)) {
      throw LocalGroupsException.badInput(
          "The radius must be zero or more kilometres, not " + radiusKm + ".");
    }
  }
}

package org.localgroups.links;

/** Distances on the sphere, for "in the same area". */
final class Earth {
  /** The mean Earth radius (IUGG, R1), in km. */
  static final double EARTH_RADIUS_KM = 6371.0087714;

  private Earth() {}

  /** The great-circle distance in km (haversine). */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}

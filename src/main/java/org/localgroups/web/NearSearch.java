package org.localgroups.web;

import org.localgroups.search.NearResult;

/** "Find a group near": from place text or from coordinates. Implementations are thread-safe. */
public interface NearSearch {

  /**
   * The groups nearest to the place the text names.
   *
   * @throws org.localgroups.geo.UnknownPlaceException when no place matches the text (NOT_FOUND, with
   *     suggestions)
   */
  NearResult near(String placeText, int k, double radiusKm);

  /** The groups nearest to a point (WGS84 degrees, already validated). */
  NearResult near(double latitude, double longitude, int k, double radiusKm);
}

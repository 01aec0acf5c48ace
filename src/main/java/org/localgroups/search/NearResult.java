package org.localgroups.search;

import java.util.List;
import org.localgroups.geo.PlaceMatch;

/**
 * The answer to "find a group near me".
 *
 * @param latitude the point searched from
 * @param longitude the point searched from
 * @param understood the place the text was understood as ("Kraków, Lesser Poland, Poland"); "" when
 *     coordinates were given
 * @param alternatives other places the text could mean, best first ("did you mean ...?"); may be
 *     empty
 * @param groups groups nearest first, groups placed in the understood city itself before all others
 * @param inPlace how many of the first groups are in the understood place itself (placed in that
 *     city, or within that country or state); 0 for coordinates
 * @param radiusKm the radius that counts as "near"
 * @param anyWithinRadius false when no group is within radiusKm: the groups are then the nearest
 *     anyway
 */
public record NearResult(
    double latitude,
    double longitude,
    String understood,
    List<PlaceMatch> alternatives,
    List<NearGroup> groups,
    int inPlace,
    double radiusKm,
    boolean anyWithinRadius) {
  public NearResult {
    alternatives = List.copyOf(alternatives);
    groups = List.copyOf(groups);
  }
}

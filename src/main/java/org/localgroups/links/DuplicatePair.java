package org.localgroups.links;

import java.util.List;
import java.util.Optional;

/**
 * Two groups that may be one, with what says so. {@code a} is the one listed first in the
 * directory: the one the other would be merged into.
 *
 * @param a the first group's slug and name
 * @param b the second group's slug and name
 * @param sharedLinks links of both with one identity (a shared-site root never counts)
 * @param names their names, when close, with how close
 * @param area where they are relative to each other
 */
public record DuplicatePair(
    GroupRef a, GroupRef b, List<SharedLink> sharedLinks, Optional<CloseNames> names, Area area) {
  public DuplicatePair {
    sharedLinks = List.copyOf(sharedLinks);
  }

  /** A group named in a pair. */
  public record GroupRef(String slug, String name) {}

  /**
   * One link both groups have.
   *
   * @param identity the link identity both URLs fold to ({@code Link.identity})
   * @param urlOfA the URL as group A has it
   * @param urlOfB the URL as group B has it
   */
  public record SharedLink(String identity, String urlOfA, String urlOfB) {}

  /**
   * Names that are close.
   *
   * @param foldedA A's name in the one fold, the words that tell groups apart
   * @param foldedB B's
   * @param similarity 0..1: the larger of the word overlap and the edit-distance similarity
   */
  public record CloseNames(String foldedA, String foldedB, double similarity) {}

  /**
   * Where the two are.
   *
   * @param sameRegions names of the regions that list both (empty when none)
   * @param distanceKm the distance between their places, when both are placed on the map
   */
  public record Area(List<String> sameRegions, Optional<Double> distanceKm) {
    public Area {
      sameRegions = List.copyOf(sameRegions);
    }

    /** In one region, or within {@code km} of each other. */
    public boolean isNear(double km) {
      return !sameRegions.isEmpty() || distanceKm.filter(d -> d <= km).isPresent();
    }
  }
}

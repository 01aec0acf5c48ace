package org.localgroups.search;

import java.util.ArrayList;
import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;

/**
 * The placed groups of one directory version, for "nearest to a point": a {@link SphereTree} over
 * their points and their slugs. Built once per version, read by any number of threads.
 */
final class NearestGroups {
  static final NearestGroups NONE =
      new NearestGroups(SphereTree.of(new double[0], new double[0]), new String[0]);

  private final SphereTree tree;
  private final String[] slugs;

  private NearestGroups(SphereTree tree, String[] slugs) {
    this.tree = tree;
    this.slugs = slugs;
  }

  static NearestGroups of(Directory directory) {
    List<Group> placed = new ArrayList<>();
    for (Group group : directory.groups()) {
      if (group.placement().hasPoint()) {
        placed.add(group);
      }
    }
    double[] latitudes = new double[placed.size()];
    double[] longitudes = new double[placed.size()];
    String[] slugs = new String[placed.size()];
    for (int i = 0; i < placed.size(); i++) {
      Placement placement = placed.get(i).placement();
      latitudes[i] = placement.latitude();
      longitudes[i] = placement.longitude();
      slugs[i] = placed.get(i).slug();
    }
    return new NearestGroups(SphereTree.of(latitudes, longitudes), slugs);
  }

  /**
   * Placed groups nearest to a point, nearest first (equally far: in the directory's order).
   *
   * @param k at most this many (1..100)
   * @param radiusKm only groups within this distance; {@code Double.POSITIVE_INFINITY} for no limit
   */
  List<NearGroup> nearest(double latitude, double longitude, int k, double radiusKm) {
    List<SphereTree.Found> found = tree.nearest(latitude, longitude, k, radiusKm);
    List<NearGroup> groups = new ArrayList<>(found.size());
    for (SphereTree.Found point : found) {
      groups.add(new NearGroup(slugs[point.id()], point.km()));
    }
    return List.copyOf(groups);
  }
}

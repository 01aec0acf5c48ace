package org.localgroups.search;

import java.util.List;
import org.localgroups.directory.Group;

/**
 * What a map shows of one view: every group in it, or, when there are more than it can draw,
 * bubbles for the crowded cells and the groups alone in theirs.
 *
 * @param total how many groups lie in the view; the groups plus the clusters' counts
 * @param groups the groups drawn one by one, in grid order
 * @param clusters the bubbles, in grid order; empty when all the view's groups are in {@code
 *     groups}
 */
public record MapAnswer(int total, List<Group> groups, List<MapCluster> clusters) {
  public MapAnswer {
    groups = List.copyOf(groups);
    clusters = List.copyOf(clusters);
  }

  /** Whether some groups are drawn as bubbles. */
  public boolean clustered() {
    return !clusters.isEmpty();
  }
}

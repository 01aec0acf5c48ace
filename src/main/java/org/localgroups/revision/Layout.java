package org.localgroups.revision;

import java.util.List;
import java.util.Map;

/**
 * Where a page put things, kept on the current rows and never in revisions: the order of groups and
 * regions, the order of groups within each region, and the source lines. An import gives the page's
 * whole layout; an edit gives none (a new entity goes last).
 *
 * @param groupOrder group id -> its place in the directory's order of groups
 * @param regionOrder region id -> its place in the page's order of regions (parents before
 *     children)
 * @param memberOrder region id -> (group id -> its place among the region's groups)
 * @param groupLines group id -> the source lines that made it
 * @param regionLines region id -> the source line of its heading
 */
public record Layout(
    Map<String, Integer> groupOrder,
    Map<String, Integer> regionOrder,
    Map<String, Map<String, Integer>> memberOrder,
    Map<String, List<Integer>> groupLines,
    Map<String, Integer> regionLines) {
  public static final Layout NONE = new Layout(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  public Layout {
    groupOrder = Map.copyOf(groupOrder);
    regionOrder = Map.copyOf(regionOrder);
    memberOrder = Map.copyOf(memberOrder);
    groupLines = Map.copyOf(groupLines);
    regionLines = Map.copyOf(regionLines);
  }
}

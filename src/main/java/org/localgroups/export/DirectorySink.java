package org.localgroups.export;

import java.util.List;
import org.localgroups.directory.Group;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Region;

/**
 * Where {@link DirectoryFiles} sends a directory file's records, one at a time in the file's order:
 * regions before the groups they list. Record numbers count regions and groups from 1.
 */
public interface DirectorySink {
  /** The title and introduction (JSON only; a CSV file has none). */
  void intro(String title, List<IntroLine> lines);

  /** A region with all its fields (JSON); its parent came before it. */
  void region(Region region, long record);

  /**
   * A region known only by slug and name (CSV): the stored region of that slug as it is, else a new
   * one at the top level. Called before the first group that names it.
   */
  void regionNamed(String slug, String name, long record);

  /**
   * A group and the slugs of the regions that list it, in order.
   *
   * @param positions its place in each region's list (JSON: the region's {@code group_slugs}), or
   *     empty when regions list their groups in the file's order (CSV)
   * @param record its record number in the file, for messages
   */
  void group(Group group, List<String> regionSlugs, List<Integer> positions, long record);
}

package org.localgroups.store;

import java.util.List;
import org.localgroups.directory.Group;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Region;

/**
 * What a bulk import is given, record by record, in the file's order (see {@link
 * DirectoryStore#importBulk}): the intro, then regions (a parent before its children), then groups.
 * Regions may also come between groups, before the first group that names them. Each call may write
 * to the database; none holds more than one batch of groups.
 */
public interface BulkWriter {
  /** The directory's title and introduction (a file that has none does not call this). */
  void intro(String title, List<IntroLine> lines);

  /**
   * A region; its {@code parentSlug} names a region given before, its {@code groupSlugs} are
   * ignored (groups name their regions).
   *
   * @param record the region's record number in the file, for messages
   */
  void region(Region region, long record);

  /**
   * A region known only by slug and name (a CSV file): the stored region of that slug as it is
   * (restored if removed), else a new region at the top level.
   */
  void regionNamed(String slug, String name, long record);

  /**
   * A group (its id, if any, ignored: groups are matched by slug).
   *
   * @param regionSlugs the regions that list it, given before, in order
   * @param positions its place in each of those regions' lists, or empty for the file's order
   * @param record the group's record number in the file, for messages
   */
  void group(Group group, List<String> regionSlugs, List<Integer> positions, long record);
}

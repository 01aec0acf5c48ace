package org.localgroups.search;

import java.util.List;
import org.localgroups.directory.Directory;

/**
 * Text and geo search over the groups of a directory (Lucene). Thread-safe; one owner closes it.
 * Built from a {@link Directory}; {@link #replace(Directory)} swaps in a new one atomically.
 */
public interface GroupIndex extends AutoCloseable {

  /** Rebuilds the index from a directory; searches running meanwhile see the old or the new one. */
  void replace(Directory directory);

  /**
   * Placed groups nearest to a point, nearest first.
   *
   * @param k        at most this many (1..100)
   * @param radiusKm only groups within this distance; {@code Double.POSITIVE_INFINITY} for no limit
   */
  List<NearGroup> nearest(double latitude, double longitude, int k, double radiusKm);

  /**
   * Full-text search over names, descriptions, links' labels and places: accent- and case-insensitive,
   * typo-tolerant, with synonyms (PUG, PIG, piggies, user group, meetup). Best first.
   */
  List<TextHit> search(String query, SearchFilter filter, int limit);

  @Override
  void close();
}

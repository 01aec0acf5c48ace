package org.localgroups.links;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.Directory;

/**
 * The duplicates report of the directory being served, worked out once per directory version: a
 * directory is immutable and a new version is a new object, so the report is kept against the
 * object it was made from (by identity) and made again only when another comes. Thread-safe; two
 * requests for a new version wait for one computation.
 */
public final class DuplicateReports {
  private @Nullable Directory last;
  private List<DuplicatePair> pairs = List.of();

  /** The pairs of {@code directory}, as {@link Duplicates#in} finds them. */
  public synchronized List<DuplicatePair> of(Directory directory) {
    if (directory != last) {
      pairs = List.copyOf(Duplicates.in(directory));
      last = directory;
    }
    return pairs;
  }
}

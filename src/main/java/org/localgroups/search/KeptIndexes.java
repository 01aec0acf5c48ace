package org.localgroups.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a server keeps its search indexes between runs: one folder per directory version under a
 * root (the data folder's {@code index}), for directories large enough that indexing them costs
 * more than opening a kept index (a restart at the same version then indexes nothing). Smaller
 * directories are indexed in memory. A folder that cannot be kept (read-only, held by another
 * process) means an index in memory, not a refusal.
 */
final class KeptIndexes {
  /** From this many groups an index is kept on disk. */
  static final int FROM_GROUPS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(KeptIndexes.class);
  private static final String PREFIX = "v";

  private final @Nullable Path root;
  private final int fromGroups;

  /**
   * @param root the folder under which versions are kept; {@code null}: every index in memory
   * @param fromGroups directories with at least this many groups are kept
   */
  KeptIndexes(@Nullable Path root, int fromGroups) {
    this.root = root;
    this.fromGroups = fromGroups;
  }

  static KeptIndexes none() {
    return new KeptIndexes(null, Integer.MAX_VALUE);
  }

  /** The index of this version of the directory: kept (opened or built) or in memory. */
  LuceneGroupIndex open(long version, Directory directory) {
    Path under = root;
    if (under != null && directory.groups().size() >= fromGroups) {
      try {
        LuceneGroupIndex kept =
            LuceneGroupIndex.persisted(folder(under, version), version, directory);
        sweep(under, version);
        return kept;
      } catch (LocalGroupsException e) {
        LOG.warn("the search index is built in memory: {}", e.getMessage());
      }
    }
    LuceneGroupIndex index = LuceneGroupIndex.inMemory();
    try {
      index.replace(directory);
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Closes a replaced version's index and deletes its folder. */
  void discard(long version, LuceneGroupIndex index) {
    index.close();
    Path under = root;
    if (under != null) {
      LuceneGroupIndex.deleteKept(folder(under, version));
    }
  }

  private static Path folder(Path root, long version) {
    return root.resolve(PREFIX + version);
  }

  /** Deletes the folders of other versions that no process holds (left by an earlier run). */
  private static void sweep(Path root, long keep) {
    List<Path> others;
    try (Stream<Path> folders = Files.list(root)) {
      others =
          folders
              .filter(f -> f.getFileName().toString().startsWith(PREFIX))
              .filter(f -> !f.equals(folder(root, keep)))
              .toList();
    } catch (IOException e) {
      return;
    }
    others.forEach(LuceneGroupIndex::deleteKept);
  }
}

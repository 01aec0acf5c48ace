package org.localgroups.store;

import java.util.concurrent.atomic.LongAdder;
import org.localgroups.directory.Directory;
import org.localgroups.directory.DirectorySource;

/**
 * The directory as a server reads it when a read replica is named: the version always from the
 * primary (one small query, so a change made anywhere is seen at once), the directory itself (the
 * large read) from the replica when it has caught up with that version, else from the primary. A
 * lagging replica therefore never serves an older directory than the primary's, and a change made
 * through this or another instance shows on the very next request.
 */
public final class ReplicaReads implements DirectorySource {
  private final DirectorySource primary;
  private final DirectorySource replica;
  private final LongAdder fromReplica = new LongAdder();
  private final LongAdder fromPrimary = new LongAdder();

  public ReplicaReads(DirectorySource primary, DirectorySource replica) {
    this.primary = primary;
    this.replica = replica;
  }

  @Override
  public long version() {
    return primary.version();
  }

  @Override
  public Directory directory() {
    long wanted = primary.version();
    if (replica.version() >= wanted) {
      fromReplica.increment();
      return replica.directory();
    }
    fromPrimary.increment();
    return primary.directory();
  }

  /** How many directory reads the replica served. */
  public long readsFromReplica() {
    return fromReplica.sum();
  }

  /** How many directory reads fell back to the primary because the replica lagged. */
  public long readsFromPrimary() {
    return fromPrimary.sum();
  }
}

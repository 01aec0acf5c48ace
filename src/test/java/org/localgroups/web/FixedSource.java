package org.localgroups.web;

import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.DirectorySource;

/**
 * Test fixture: a store held in memory; a test may change its directory, or make it unavailable.
 */
public final class FixedSource implements DirectorySource {
  private volatile Directory directory;
  private volatile long version = 1;
  private volatile boolean unavailable;

  public FixedSource(Directory directory) {
    this.directory = directory;
  }

  /** Replaces the directory, as an import by another process would. */
  public void change(Directory next) {
    directory = next;
    version++;
  }

  /** From now on the store answers as a locked database does. */
  public void breakDown() {
    unavailable = true;
  }

  @Override
  public long version() {
    check();
    return version;
  }

  @Override
  public Directory directory() {
    check();
    return directory;
  }

  private void check() {
    if (unavailable) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "The directory is being reloaded; try again in a moment.");
    }
  }
}

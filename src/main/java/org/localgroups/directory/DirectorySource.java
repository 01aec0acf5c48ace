package org.localgroups.directory;

/**
 * Where the current directory is kept (the store), as those who serve it need it: the directory,
 * and a number that is cheap to ask and changes whenever the directory does, so a server knows when
 * to read again.
 */
public interface DirectorySource {

  /**
   * A number that grows with every change to the directory (the same number while nothing changed).
   */
  long version();

  /** The current directory, read whole. */
  Directory directory();
}

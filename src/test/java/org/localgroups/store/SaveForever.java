package org.localgroups.store;

import java.nio.file.Path;
import org.localgroups.directory.Directory;

/**
 * A process that saves two directories in turn until it is killed; see the SQLite test that kills
 * it.
 */
final class SaveForever {
  private SaveForever() {}

  public static void main(String[] args) {
    try (DirectoryStore store = Stores.sqlite(Path.of(args[0]))) {
      for (int i = 0; ; i++) {
        Directory d = i % 2 == 0 ? Directories.other() : Directories.sample();
        Saving.save(store, d, Directories.reportFor("run-" + i, d));
        System.out.println("saved " + i);
        System.out.flush();
      }
    }
  }
}

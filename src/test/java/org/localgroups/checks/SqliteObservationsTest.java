package org.localgroups.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;

/** Observations on SQLite. */
class SqliteObservationsTest extends ObservationsContract {
  private Path folder;

  @Override
  protected DirectoryStore openStore() throws Exception {
    folder = Files.createTempDirectory("localgroups-checks");
    return Stores.sqlite(folder);
  }

  @Override
  protected void dropStore() throws Exception {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

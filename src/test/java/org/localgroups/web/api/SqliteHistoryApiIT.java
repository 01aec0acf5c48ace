package org.localgroups.web.api;

import java.nio.file.Files;
import java.nio.file.Path;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;

/** The API over revisions on SQLite: a store in a fresh temp folder per test. */
class SqliteHistoryApiIT extends HistoryApiContract {
  private Path folder;

  @Override
  protected DirectoryStore openStore() throws Exception {
    folder = Files.createTempDirectory("localgroups-history-api");
    return Stores.sqlite(folder);
  }

  @Override
  protected void dropStore() throws Exception {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

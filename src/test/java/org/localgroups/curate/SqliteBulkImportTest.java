package org.localgroups.curate;

import org.localgroups.store.StoreFixtures;

/** Bulk imports on SQLite. */
class SqliteBulkImportTest extends BulkImportContract {
  @Override
  protected StoreFixtures.Database newDatabase() throws Exception {
    return StoreFixtures.sqlite();
  }
}

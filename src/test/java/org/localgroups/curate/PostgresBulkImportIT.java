package org.localgroups.curate;

import org.localgroups.store.StoreFixtures;
import org.localgroups.tiers.PostgresTier;

/** Bulk imports on the PostgreSQL at 127.0.0.1:5432 (a fresh schema each test). */
@PostgresTier
class PostgresBulkImportIT extends BulkImportContract {
  @Override
  protected StoreFixtures.Database newDatabase() throws Exception {
    return StoreFixtures.postgres();
  }
}

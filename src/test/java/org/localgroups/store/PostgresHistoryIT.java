package org.localgroups.store;

import org.localgroups.tiers.PostgresTier;

/** Revisions and history on the real PostgreSQL of this machine. */
@PostgresTier
class PostgresHistoryIT extends HistoryContract {
  @Override
  protected DirectoryStoreContract.Fixture newFixture() throws Exception {
    return PostgresDirectoryStoreIT.postgresFixture();
  }
}

package org.localgroups.web;

import org.localgroups.store.StoreFixtures;
import org.localgroups.tiers.PostgresTier;

/** The history pages and the Atom feed on the real PostgreSQL of this machine. */
@PostgresTier
class PostgresHistoryPagesIT extends HistoryPagesContract {
  @Override
  protected StoreFixtures.Database newDatabase() throws Exception {
    return StoreFixtures.postgres();
  }
}

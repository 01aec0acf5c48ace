package org.localgroups.web;

import org.localgroups.store.StoreFixtures;

/** The history pages and the Atom feed on SQLite. */
class SqliteHistoryPagesIT extends HistoryPagesContract {
  @Override
  protected StoreFixtures.Database newDatabase() throws Exception {
    return StoreFixtures.sqlite();
  }
}

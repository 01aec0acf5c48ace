package org.localgroups.store;

/** Revisions and history on SQLite. */
class SqliteHistoryTest extends HistoryContract {
  @Override
  protected DirectoryStoreContract.Fixture newFixture() throws Exception {
    return SqliteDirectoryStoreTest.sqliteFixture();
  }
}

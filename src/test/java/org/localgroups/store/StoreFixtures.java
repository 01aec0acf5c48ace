package org.localgroups.store;

import java.io.IOException;
import java.sql.SQLException;
import org.localgroups.directory.Directory;

/**
 * Test helper for tests outside this package (the web's history pages): a fresh store on SQLite or
 * on the PostgreSQL of this machine, made as the store's own contract tests make theirs, and a
 * directory saved into it as an import.
 */
public final class StoreFixtures {
  private StoreFixtures() {}

  /** A fresh database with a store open on it; closing it closes the store and drops the data. */
  public interface Database extends AutoCloseable {
    DirectoryStore store();

    @Override
    void close() throws IOException, SQLException;
  }

  /** A store in a new temp folder. */
  public static Database sqlite() throws IOException {
    return of(SqliteDirectoryStoreTest.sqliteFixture());
  }

  /**
   * A store in a new schema of the PostgreSQL at 127.0.0.1:5432 (tag the test {@code postgres}).
   */
  public static Database postgres() throws SQLException {
    return of(PostgresDirectoryStoreIT.postgresFixture());
  }

  private static Database of(DirectoryStoreContract.Fixture f) {
    return new Database() {
      @Override
      public DirectoryStore store() {
        return f.store();
      }

      @Override
      public void close() throws IOException, SQLException {
        f.close();
      }
    };
  }

  /** Saves the directory as an import of "fixture.moin" would (one change set). */
  public static void save(DirectoryStore store, Directory d) {
    Saving.save(store, d, Directories.reportFor("fixture.moin", d));
  }
}

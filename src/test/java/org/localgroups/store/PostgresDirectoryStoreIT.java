package org.localgroups.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;
import org.localgroups.LocalGroupsException.Kind;
import org.localgroups.tiers.PostgresTier;

/**
 * The store contract on the real PostgreSQL of this machine (127.0.0.1:5432, database {@code
 * test}). Each test gets its own fresh schema, dropped afterwards.
 */
@PostgresTier
class PostgresDirectoryStoreIT extends DirectoryStoreContract {
  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = System.getProperty("localgroups.pg.user", "postgres");

  @Override
  protected Fixture newFixture() throws SQLException {
    return postgresFixture();
  }

  /** A store in a new schema, dropped on close. */
  static Fixture postgresFixture() throws SQLException {
    String schema = "lg_store_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    String url = SERVER + "?currentSchema=" + schema;
    DirectoryStore store;
    try {
      store = Stores.postgres(url, USER, "");
    } catch (RuntimeException e) {
      execute("DROP SCHEMA " + schema + " CASCADE");
      throw e;
    }
    return new Fixture() {
      @Override
      public DirectoryStore store() {
        return store;
      }

      @Override
      public DirectoryStore openAnother() {
        return Stores.postgres(url, USER, "");
      }

      @Override
      public void close() throws SQLException {
        store.close();
        execute("DROP SCHEMA " + schema + " CASCADE");
      }
    };
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "")) {
      c.createStatement().execute(sql);
    }
  }

  @Test
  void aServerThatCannotBeReachedIsUnavailable() {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    assertThatThrownBy(
            () -> Stores.postgres("jdbc:postgresql://127.0.0.1:1/test?password=secret", USER, ""))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.getMessage())
                  .contains("127.0.0.1:1/test", "cannot be reached")
                  .doesNotContain("secret");
            });
  }

  @Test
  void aSnapshotDatabaseOpensWithItsDirectoryAsTheFirstChangeSet() throws Exception {
    String schema = "lg_legacy_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    String url = SERVER + "?currentSchema=" + schema;
    try {
      LegacyUpgradeTest.writeLegacy(url, "classpath:db/migration/postgresql", USER);
      try (DirectoryStore store = Stores.postgres(url, USER, "")) {
        LegacyUpgradeTest.assertUpgraded(store);
      }
    } finally {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}

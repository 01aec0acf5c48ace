package org.localgroups.web.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.localgroups.tiers.PostgresTier;

/**
 * The API over revisions on the real PostgreSQL of this machine (127.0.0.1:5432, database {@code
 * test}): a fresh schema per test, dropped afterwards.
 */
@PostgresTier
class PostgresHistoryApiIT extends HistoryApiContract {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String USER = System.getProperty("localgroups.pg.user", "postgres");
  private String schema;

  @Override
  protected DirectoryStore openStore() throws SQLException {
    schema = "lg_api_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    return Stores.postgres(SERVER + "?currentSchema=" + schema, USER, "");
  }

  @Override
  protected void dropStore() throws SQLException {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "")) {
      c.createStatement().execute(sql);
    }
  }
}

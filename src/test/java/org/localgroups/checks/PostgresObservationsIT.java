package org.localgroups.checks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.localgroups.tiers.PostgresTier;

/** Observations on the real PostgreSQL of this machine, in a schema of their own. */
@PostgresTier
class PostgresObservationsIT extends ObservationsContract {
  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = System.getProperty("localgroups.pg.user", "postgres");
  private String schema;

  @Override
  protected DirectoryStore openStore() throws Exception {
    schema = "lg_checks_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    return Stores.postgres(SERVER + "?currentSchema=" + schema, USER, "");
  }

  @Override
  protected void dropStore() throws Exception {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "")) {
      c.createStatement().execute(sql);
    }
  }
}

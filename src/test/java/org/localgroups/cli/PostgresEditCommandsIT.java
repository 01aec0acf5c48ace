package org.localgroups.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.localgroups.tiers.PostgresTier;

/** The command-line edits on the PostgreSQL of this machine, in a schema of their own. */
@PostgresTier
class PostgresEditCommandsIT extends EditCommandsContract {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  @Override
  protected Database open() throws SQLException {
    String schema = "lg_edits_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    return new Database() {
      @Override
      public List<String> where() {
        return List.of("--database-url", SERVER + "&currentSchema=" + schema);
      }

      @Override
      public long count(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER);
            var rs =
                c.createStatement().executeQuery("SELECT COUNT(*) FROM " + schema + "." + table)) {
          rs.next();
          return rs.getLong(1);
        }
      }

      @Override
      public void close() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
      }
    };
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER)) {
      c.createStatement().execute(sql);
    }
  }
}

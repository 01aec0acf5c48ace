package org.localgroups.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A process that takes SQLite's write lock on a database file, half-writes, says {@code locked},
 * and rolls back when a line arrives on its input; see the SQLite test of a lock held by another
 * process.
 */
final class HoldWriteLock {
  private HoldWriteLock() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
        Statement st = c.createStatement();
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      st.execute("BEGIN IMMEDIATE");
      st.execute("DELETE FROM region_groups");
      System.out.println("locked");
      System.out.flush();
      in.readLine();
      st.execute("ROLLBACK");
    } catch (SQLException e) {
      System.out.println("failed: " + e.getMessage());
      System.exit(1);
    }
  }
}

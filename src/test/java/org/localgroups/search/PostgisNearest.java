package org.localgroups.search;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Nearest points by PostGIS, for comparison: a table of {@code geography(Point,4326)} with a GiST
 * index, asked {@code ORDER BY geog <-> point LIMIT k} through one prepared statement (the index's
 * nearest-neighbour scan, distances on the sphere). Loads with {@code COPY}; {@link #close()} drops
 * the table.
 */
final class PostgisNearest implements AutoCloseable {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final int COPY_BATCH = 100_000;

  private final Connection connection;
  private final String table;
  private final PreparedStatement nearest;

  private PostgisNearest(Connection connection, String table) throws SQLException {
    this.connection = connection;
    this.table = table;
    this.nearest =
        connection.prepareStatement(
            "SELECT id FROM "
                + table
                + " ORDER BY geog <-> ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography LIMIT ?");
  }

  /**
   * Creates {@code table} (replacing one of that name) in the database at {@code url}, which must
   * have the {@code postgis} extension, and loads the points, their index being their id.
   */
  static PostgisNearest load(String url, String table, ProbeQueries.Points points)
      throws SQLException, IOException {
    if (!TABLE_NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("not a plain table name: " + table);
    }
    Connection connection = DriverManager.getConnection(url);
    try (Statement sql = connection.createStatement()) {
      sql.execute("SET maintenance_work_mem = '256MB'");
      sql.execute("DROP TABLE IF EXISTS " + table);
      sql.execute(
          "CREATE TABLE " + table + " (id integer PRIMARY KEY, geog geography(Point,4326))");
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (int from = 0; from < points.size(); from += COPY_BATCH) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i < Math.min(points.size(), from + COPY_BATCH); i++) {
          // Double.toString round-trips: the database holds exactly the probe's points
          rows.append(i)
              .append("\tSRID=4326;POINT(")
              .append(points.longitudes()[i])
              .append(' ')
              .append(points.latitudes()[i])
              .append(")\n");
        }
        copy.copyIn("COPY " + table + " (id, geog) FROM STDIN", new StringReader(rows.toString()));
      }
      sql.execute("CREATE INDEX ON " + table + " USING gist (geog)");
      sql.execute("ANALYZE " + table);
    } catch (SQLException | IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return new PostgisNearest(connection, table);
  }

  /** The ids of the k points nearest to a point, nearest first. */
  int[] nearest(double latitude, double longitude, int k) throws SQLException {
    nearest.setDouble(1, longitude);
    nearest.setDouble(2, latitude);
    nearest.setInt(3, k);
    int[] ids = new int[k];
    int n = 0;
    try (ResultSet rows = nearest.executeQuery()) {
      while (rows.next()) {
        ids[n++] = rows.getInt(1);
      }
    }
    return n == k ? ids : java.util.Arrays.copyOf(ids, n);
  }

  /** The plan of one query, to show that it is the index's nearest-neighbour scan. */
  String plan(double latitude, double longitude, int k) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                String.format(
                    Locale.ROOT,
                    "EXPLAIN SELECT id FROM %s ORDER BY geog <->"
                        + " ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography LIMIT %d",
                    table,
                    longitude,
                    latitude,
                    k))) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  @Override
  public void close() throws SQLException {
    try (connection;
        nearest;
        Statement sql = connection.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS " + table);
    }
  }
}

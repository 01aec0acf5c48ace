package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the tests of {@code serve} processes on PostgreSQL share: the test database, a schema's URL,
 * a statement run on it, and a page asked of a server on loopback that must answer 200.
 */
final class PostgresServing {
  static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PostgresServing() {}

  /** The test database with this schema first on the search path. */
  static String url(String schema) {
    return POSTGRES + "&currentSchema=" + schema;
  }

  static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The body of a page of the server at this port on 127.0.0.1; fails unless it answers 200. */
  static String get(int port, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}

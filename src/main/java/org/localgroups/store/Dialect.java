package org.localgroups.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** What differs between the two databases, beyond the schema files. */
enum Dialect {
  SQLITE("classpath:db/migration/sqlite", TransactionIsolationLevel.SERIALIZABLE) {
    @Override
    void lockForWrite(Handle handle) {
      // Nothing to do: write connections open their transactions with BEGIN IMMEDIATE.
    }

    @Override
    Object instant(Instant at) {
      return at.toString();
    }

    @Override
    Instant instant(ResultSet rs, String column) throws SQLException {
      return Instant.parse(rs.getString(column));
    }
  },

  POSTGRESQL("classpath:db/migration/postgresql", TransactionIsolationLevel.REPEATABLE_READ) {
    @Override
    void lockForWrite(Handle handle) {
      // Serialises writers (each reads the stored directory, then replaces it); readers are not
      // blocked.
      handle.execute("LOCK TABLE import_runs IN SHARE ROW EXCLUSIVE MODE");
    }

    @Override
    Object instant(Instant at) {
      return at;
    }

    @Override
    Instant instant(ResultSet rs, String column) throws SQLException {
      return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
  };

  private final String migrations;
  private final TransactionIsolationLevel readIsolation;

  Dialect(String migrations, TransactionIsolationLevel readIsolation) {
    this.migrations = migrations;
    this.readIsolation = readIsolation;
  }

  /** Where the Flyway migrations of this dialect are. */
  String migrations() {
    return migrations;
  }

  /** The isolation that gives a read transaction one snapshot of the whole directory. */
  TransactionIsolationLevel readIsolation() {
    return readIsolation;
  }

  /** Makes the current write transaction the only writer until it ends. */
  abstract void lockForWrite(Handle handle);

  /** An instant as a bind argument for this database's column type. */
  abstract Object instant(Instant at);

  abstract Instant instant(ResultSet rs, String column) throws SQLException;
}

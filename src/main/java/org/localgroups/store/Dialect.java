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
    boolean tableExists(Handle handle, String table) {
      return handle
              .createQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :t")
              .bind("t", table)
              .mapTo(Integer.class)
              .one()
          > 0;
    }

    @Override
    Instant instant(ResultSet rs, String column) throws SQLException {
      return Instant.parse(rs.getString(column));
    }

    @Override
    void bulkCache(Handle handle, boolean on) {
      // a million groups' rows and index pages written at random places: with the default 2 MB of
      // page cache SQLite spills and reads back pages all the time (native memory, not the heap)
      handle.execute("PRAGMA cache_size = " + (on ? -262_144 : -2_000));
    }
  },

  POSTGRESQL("classpath:db/migration/postgresql", TransactionIsolationLevel.REPEATABLE_READ) {
    @Override
    void lockForWrite(Handle handle) {
      // Serialises writers (each checks the entities' current revisions, then gives the next ids);
      // readers are not blocked.
      handle.execute("LOCK TABLE change_sets IN SHARE ROW EXCLUSIVE MODE");
    }

    @Override
    Object instant(Instant at) {
      return at;
    }

    @Override
    boolean tableExists(Handle handle, String table) {
      return handle
          .createQuery("SELECT to_regclass(:t) IS NOT NULL")
          .bind("t", table)
          .mapTo(Boolean.class)
          .one();
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

  /**
   * Gives the connection a larger page cache for a bulk import ({@code on}), or its usual one back.
   */
  void bulkCache(Handle handle, boolean on) {
    // PostgreSQL's buffers are the server's
  }

  /** Whether a table of that name is in the store's schema. */
  abstract boolean tableExists(Handle handle, String table);
}

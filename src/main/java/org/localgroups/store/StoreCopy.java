package org.localgroups.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;

/**
 * Copies every row of one store into another, empty one, as it is: the same ids, revisions, change
 * sets, import runs and reports, slug history and whatever later migrations add (the tables are
 * read from the target's schema, so a new table is copied without a change here). From SQLite to
 * PostgreSQL when a directory outgrows one machine, and back. The source is read in one snapshot;
 * the target is written in one transaction with its write lock held, so it ends with all of it or
 * none of it; the row counts of every table are compared before the commit.
 */
public final class StoreCopy {
  /** How many rows go to the target in one batch. */
  private static final int BATCH = 1000;

  /** Tables that are not the directory's: the schema's own history, SQLite's bookkeeping. */
  private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history");

  /**
   * What was copied.
   *
   * @param rows the number of rows per table, in the order they were written
   */
  public record Copied(Map<String, Long> rows) {
    public Copied {
      rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long total() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private StoreCopy() {}

  /**
   * Copies {@code from} into {@code to}.
   *
   * @param progress told each table's name and row count when it is done
   * @throws LocalGroupsException (BAD_INPUT) when the target is not empty or its schema differs
   *     from the source's; nothing is written then
   */
  public static Copied copy(DirectoryStore from, DirectoryStore to, Consumer<String> progress) {
    JdbiDirectoryStore source = jdbi(from);
    JdbiDirectoryStore target = jdbi(to);
    return source.readSnapshot(
        in ->
            target.writeLocked(out -> copy(in, source.dialect(), out, target.dialect(), progress)));
  }

  private static JdbiDirectoryStore jdbi(DirectoryStore store) {
    if (store instanceof JdbiDirectoryStore s) {
      return s;
    }
    throw new IllegalArgumentException("not a database store: " + store.getClass().getName());
  }

  private static Copied copy(
      Handle in, Dialect inDialect, Handle out, Dialect outDialect, Consumer<String> progress) {
    try {
      Connection source = in.getConnection();
      Connection target = out.getConnection();
      List<String> tables = tablesInOrder(target);
      Set<String> sourceTables = new HashSet<>(tables(source));
      for (String table : tables) {
        if (!sourceTables.contains(table)) {
          throw LocalGroupsException.badInput(
              "The source database has no table "
                  + table
                  + ": open it once with this version (which brings its schema up to date), then"
                  + " migrate.");
        }
        long rows = count(target, table);
        if (rows > 0) {
          throw LocalGroupsException.badInput(
              "The target database is not empty (its table "
                  + table
                  + " has "
                  + rows
                  + " rows): migrate only into a new, empty database or schema.");
        }
      }
      Map<String, Long> copied = new LinkedHashMap<>();
      for (String table : tables) {
        long n = copyTable(source, inDialect, target, outDialect, table);
        long there = count(target, table);
        if (there != n || count(source, table) != n) {
          throw new IllegalStateException(
              "copied " + n + " rows of " + table + " but the target holds " + there);
        }
        copied.put(table, n);
        progress.accept(table + ": " + n);
      }
      if (outDialect == Dialect.POSTGRESQL) {
        restartIdentities(target);
      }
      return new Copied(copied);
    } catch (SQLException e) {
      throw new IllegalStateException("copying the store failed: " + e.getMessage(), e);
    }
  }

  /** The column kinds whose values the two databases keep differently. */
  private enum Kind {
    PLAIN,
    BOOLEAN,
    INSTANT
  }

  private static long copyTable(
      Connection source, Dialect inDialect, Connection target, Dialect outDialect, String table)
      throws SQLException {
    Map<String, Kind> columns = columns(target, outDialect, source, inDialect, table);
    Set<String> identity =
        outDialect == Dialect.POSTGRESQL ? identityColumns(target, table) : Set.of();
    // a column that refers to its own table (a region's parent, a revision's parent) is written
    // after every row is in, so that the order of the rows does not matter
    Set<String> selfRefs = selfReferences(target, table);
    List<String> names = new ArrayList<>(columns.keySet());
    String insert =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", names)
            + ")"
            + (identity.isEmpty() ? "" : " OVERRIDING SYSTEM VALUE")
            + " VALUES ("
            + String.join(", ", names.stream().map(n -> "?").toList())
            + ")";
    List<String> keys = primaryKey(target, table);
    String select =
        "SELECT "
            + String.join(", ", names)
            + " FROM "
            + table
            + (keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys));
    List<Object[]> later = new ArrayList<>();
    long n = 0;
    try (Statement read = source.createStatement();
        PreparedStatement write = target.prepareStatement(insert)) {
      read.setFetchSize(BATCH);
      try (ResultSet rs = read.executeQuery(select)) {
        while (rs.next()) {
          for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Kind kind = columns.getOrDefault(name, Kind.PLAIN);
            @Nullable Object value = read(rs, name, kind, inDialect);
            if (selfRefs.contains(name) && value != null) {
              later.add(laterUpdate(rs, keys, name, value));
              value = null;
            }
            bind(write, i + 1, value, kind, outDialect);
          }
          write.addBatch();
          if (++n % BATCH == 0) {
            write.executeBatch();
          }
        }
      }
      write.executeBatch();
    }
    for (String column : selfRefs) {
      setSelfReferences(target, table, keys, column, later);
    }
    return n;
  }

  private static Object[] laterUpdate(ResultSet rs, List<String> keys, String column, Object value)
      throws SQLException {
    Object[] row = new Object[keys.size() + 2];
    row[0] = column;
    row[1] = value;
    for (int k = 0; k < keys.size(); k++) {
      row[k + 2] = rs.getObject(keys.get(k));
    }
    return row;
  }

  private static void setSelfReferences(
      Connection target, String table, List<String> keys, String column, List<Object[]> rows)
      throws SQLException {
    String where = String.join(" AND ", keys.stream().map(k -> k + " = ?").toList());
    try (PreparedStatement update =
        target.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + where)) {
      int pending = 0;
      for (Object[] row : rows) {
        if (!row[0].equals(column)) {
          continue;
        }
        update.setObject(1, row[1]);
        for (int k = 0; k < keys.size(); k++) {
          update.setObject(k + 2, row[k + 2]);
        }
        update.addBatch();
        if (++pending % BATCH == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
  }

  private static @Nullable Object read(ResultSet rs, String column, Kind kind, Dialect dialect)
      throws SQLException {
    Object value = rs.getObject(column);
    if (value == null || rs.wasNull()) {
      return null;
    }
    return switch (kind) {
      case BOOLEAN -> rs.getBoolean(column);
      case INSTANT -> dialect.instant(rs, column);
      case PLAIN -> value;
    };
  }

  private static void bind(
      PreparedStatement write, int index, @Nullable Object value, Kind kind, Dialect dialect)
      throws SQLException {
    if (value == null) {
      write.setObject(index, null);
    } else if (kind == Kind.INSTANT) {
      // SQLite keeps the instant's text; PostgreSQL's driver takes an offset date-time
      Object bound = dialect.instant((java.time.Instant) value);
      write.setObject(
          index,
          bound instanceof java.time.Instant at
              ? java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)
              : bound);
    } else {
      write.setObject(index, value);
    }
  }

  /**
   * The target table's columns and their kinds; the kinds are read from whichever of the two is
   * PostgreSQL, whose types say what SQLite's declared types only suggest.
   */
  private static Map<String, Kind> columns(
      Connection target, Dialect outDialect, Connection source, Dialect inDialect, String table)
      throws SQLException {
    Map<String, Kind> out = new LinkedHashMap<>();
    Connection typed = inDialect == Dialect.POSTGRESQL ? source : target;
    boolean typedByPostgres = inDialect == Dialect.POSTGRESQL || outDialect == Dialect.POSTGRESQL;
    Map<String, String> types = new HashMap<>();
    try (ResultSet rs = typed.getMetaData().getColumns(null, typed.getSchema(), table, null)) {
      while (rs.next()) {
        types.put(
            rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
            rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    try (ResultSet rs = target.getMetaData().getColumns(null, target.getSchema(), table, null)) {
      while (rs.next()) {
        String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
        String type = types.getOrDefault(name, "");
        Kind kind =
            !typedByPostgres
                ? Kind.PLAIN
                : type.startsWith("timestamp")
                    ? Kind.INSTANT
                    : type.equals("bool") || type.equals("boolean") ? Kind.BOOLEAN : Kind.PLAIN;
        out.put(name, kind);
      }
    }
    return out;
  }

  private static Set<String> identityColumns(Connection target, String table) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement q =
        target.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = ? AND is_identity = 'YES'")) {
      q.setString(1, table);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** After ids were written as they were, identity columns go on from the largest. */
  private static void restartIdentities(Connection target) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (Statement q = target.createStatement();
        ResultSet rs =
            q.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns WHERE"
                    + " table_schema = current_schema() AND is_identity = 'YES'")) {
      while (rs.next()) {
        identities.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] id : identities) {
      try (Statement s = target.createStatement()) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + id[0]
                + "', '"
                + id[1]
                + "'), COALESCE((SELECT MAX("
                + id[1]
                + ") FROM "
                + id[0]
                + "), 0) + 1, false)");
      }
    }
  }

  private static List<String> primaryKey(Connection c, String table) throws SQLException {
    Map<Integer, String> keys = new java.util.TreeMap<>();
    try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
      while (rs.next()) {
        keys.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return new ArrayList<>(keys.values());
  }

  private static Set<String> selfReferences(Connection c, String table) throws SQLException {
    Set<String> out = new HashSet<>();
    try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
      while (rs.next()) {
        if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
          out.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!NOT_COPIED.contains(name) && !name.startsWith("sqlite_")) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /** The target's tables, each after the tables it refers to. */
  private static List<String> tablesInOrder(Connection c) throws SQLException {
    List<String> all = tables(c);
    Map<String, Set<String>> refersTo = new HashMap<>();
    for (String table : all) {
      Set<String> refs = new HashSet<>();
      try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
        while (rs.next()) {
          String other = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!other.equals(table)) {
            refs.add(other);
          }
        }
      }
      refersTo.put(table, refs);
    }
    Set<String> ordered = new LinkedHashSet<>();
    while (ordered.size() < all.size()) {
      boolean progressed = false;
      for (String table : all) {
        if (!ordered.contains(table) && ordered.containsAll(refersTo.get(table))) {
          ordered.add(table);
          progressed = true;
        }
      }
      if (!progressed) {
        throw new IllegalStateException("tables refer to each other in a cycle: " + all);
      }
    }
    return new ArrayList<>(ordered);
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

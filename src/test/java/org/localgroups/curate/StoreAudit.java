package org.localgroups.curate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.RegionState;
import org.localgroups.revision.StateJson;

/**
 * What {@link DurabilityIT} checks in a store after each kill, in plain SQL on one read-only
 * snapshot (so that the check neither repairs nor changes what the killed process left):
 *
 * <ul>
 *   <li>every acknowledged change set is there, with the revisions it was acknowledged with (an
 *       edit's revision with the description it wrote; an import's run and revision count);
 *   <li>no change set is half-applied: each has revisions and, when it is an import's, its run; the
 *       current rows of every group, region and the intro name their entity's last revision and
 *       agree with its state; no current row lacks a revision, and no entity lacks its row;
 *   <li>every revision's parent exists and is the entity's revision before it (one line of history
 *       per entity);
 *   <li>on SQLite, {@code PRAGMA integrity_check} says ok and {@code PRAGMA foreign_key_check}
 *       finds nothing.
 * </ul>
 */
final class StoreAudit {
  /** Opens a connection to the store's database; empty when there is no database yet. */
  @FunctionalInterface
  interface Opener {
    Optional<Connection> open() throws SQLException;
  }

  /** What the store held when checked. */
  record Counts(int changeSets, int revisions, int importRuns) {}

  /** How many problems one failure lists at most. */
  private static final int SHOWN = 20;

  private final Opener opener;
  private final boolean sqlite;

  StoreAudit(Opener opener, boolean sqlite) {
    this.opener = opener;
    this.sqlite = sqlite;
  }

  /**
   * Checks the store, and that each of these acknowledged changes is in it.
   *
   * @throws AssertionError listing what is wrong
   */
  Counts check(List<Ack> acknowledged) throws SQLException {
    List<String> problems = new ArrayList<>();
    Counts counts = new Counts(0, 0, 0);
    Optional<Connection> opened = opener.open();
    if (opened.isEmpty() && !acknowledged.isEmpty()) {
      problems.add(
          "there is no database, yet " + acknowledged.size() + " changes were acknowledged");
    }
    if (opened.isPresent()) {
      counts = check(opened.get(), acknowledged, problems);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          problems.size()
              + " problem(s) in the store:\n  "
              + String.join("\n  ", problems.subList(0, Math.min(SHOWN, problems.size()))));
    }
    return counts;
  }

  private Counts check(Connection connection, List<Ack> acknowledged, List<String> problems)
      throws SQLException {
    try (Connection c = connection) {
      if (!hasTable(c, "change_sets")) {
        // Killed before its first migration was committed: nothing can have been acknowledged.
        if (!acknowledged.isEmpty()) {
          problems.add(
              "there are no tables, yet " + acknowledged.size() + " changes were acknowledged");
        }
        return new Counts(0, 0, 0);
      }
      c.setAutoCommit(false);
      if (!sqlite) {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      try {
        if (sqlite) {
          sqliteChecks(c, problems);
        }
        Counts counts = history(c, problems);
        for (Ack ack : acknowledged) {
          acknowledged(c, ack, problems);
        }
        return counts;
      } finally {
        c.rollback();
      }
    }
  }

  private static boolean hasTable(Connection c, String table) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, null)) {
      return rs.next();
    }
  }

  private static void sqliteChecks(Connection c, List<String> problems) throws SQLException {
    List<String> integrity = strings(c, "PRAGMA integrity_check");
    if (!integrity.equals(List.of("ok"))) {
      problems.add("PRAGMA integrity_check: " + integrity);
    }
    List<String> foreignKeys = strings(c, "PRAGMA foreign_key_check");
    if (!foreignKeys.isEmpty()) {
      problems.add("PRAGMA foreign_key_check: " + foreignKeys);
    }
  }

  /** The whole history and the current rows, checked against each other. */
  private static Counts history(Connection c, List<String> problems) throws SQLException {
    Map<Long, String> origins = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, origin FROM change_sets")) {
      while (rs.next()) {
        origins.put(rs.getLong(1), rs.getString(2));
      }
    }
    Map<Long, Integer> revisionsPerSet = new HashMap<>();
    Map<String, Long> last = new HashMap<>();
    int revisions = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, change_set_id, entity_kind, entity_id, parent_id FROM revisions"
                    + " ORDER BY id")) {
      while (rs.next()) {
        revisions++;
        long id = rs.getLong(1);
        long set = rs.getLong(2);
        String entity = rs.getString(3) + " " + rs.getString(4);
        long parent = rs.getLong(5);
        if (!origins.containsKey(set)) {
          problems.add("revision " + id + " is in change set " + set + ", which is not there");
        }
        revisionsPerSet.merge(set, 1, Integer::sum);
        long before = last.getOrDefault(entity, 0L);
        if (parent != before) {
          problems.add(
              "revision "
                  + id
                  + " of "
                  + entity
                  + " names parent "
                  + parent
                  + "; the entity's revision before it is "
                  + before);
        }
        last.put(entity, id);
      }
    }
    for (long set : origins.keySet()) {
      if (!revisionsPerSet.containsKey(set)) {
        problems.add("change set " + set + " has no revision");
      }
    }
    Map<Long, Long> runs = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, change_set_id FROM import_runs")) {
      while (rs.next()) {
        runs.put(rs.getLong(1), rs.getLong(2));
        long set = rs.getLong(2);
        if (set != 0 && !origins.containsKey(set)) {
          problems.add("import run " + rs.getLong(1) + " names change set " + set + ", not there");
        }
      }
    }
    origins.forEach(
        (set, origin) -> {
          if (origin.equals("IMPORT") && !runs.containsValue(set)) {
            problems.add("import change set " + set + " has no import run");
          }
        });
    currentRows(c, last, problems);
    return new Counts(origins.size(), revisions, runs.size());
  }

  /** The current tables against each entity's last revision. */
  private static void currentRows(Connection c, Map<String, Long> last, List<String> problems)
      throws SQLException {
    Map<String, Integer> links = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT group_id, COUNT(*) FROM group_links GROUP BY group_id")) {
      while (rs.next()) {
        links.put(rs.getString(1), rs.getInt(2));
      }
    }
    int rows = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT g.id, g.slug, g.removed, g.revision_id, g.name, g.description, g.status,"
                    + " r.state, r.removed FROM groups g LEFT JOIN revisions r ON r.id ="
                    + " g.revision_id")) {
      while (rs.next()) {
        rows++;
        String id = rs.getString(1);
        String entity = "GROUP " + id;
        long revision = rs.getLong(4);
        if (!Objects.equals(last.get(entity), revision)) {
          problems.add(
              entity + " is at revision " + revision + "; its last is " + last.get(entity));
          continue;
        }
        var state = (GroupState) StateJson.read(EntityKind.GROUP, rs.getString(8));
        List<Object> row =
            List.of(
                rs.getString(2),
                rs.getBoolean(3),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                links.getOrDefault(id, 0));
        List<Object> revised =
            List.of(
                state.slug(),
                rs.getBoolean(9),
                state.name(),
                state.description(),
                state.status().name(),
                state.links().size());
        if (!row.equals(revised)) {
          problems.add(
              entity + " row " + row + " differs from its revision " + revision + ": " + revised);
        }
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT t.id, t.slug, t.removed, t.revision_id, t.name, r.state, r.removed"
                    + " FROM regions t LEFT JOIN revisions r ON r.id = t.revision_id")) {
      while (rs.next()) {
        rows++;
        String entity = "REGION " + rs.getString(1);
        long revision = rs.getLong(4);
        if (!Objects.equals(last.get(entity), revision)) {
          problems.add(
              entity + " is at revision " + revision + "; its last is " + last.get(entity));
          continue;
        }
        var state = (RegionState) StateJson.read(EntityKind.REGION, rs.getString(6));
        List<Object> row = List.of(rs.getString(2), rs.getBoolean(3), rs.getString(5));
        List<Object> revised = List.of(state.slug(), rs.getBoolean(7), state.label());
        if (!row.equals(revised)) {
          problems.add(
              entity + " row " + row + " differs from its revision " + revision + ": " + revised);
        }
      }
    }
    List<String> intro = strings(c, "SELECT revision_id FROM directory_meta");
    Long lastIntro = last.get("INTRO " + EntityRef.INTRO.id());
    if (lastIntro != null) {
      rows++;
      if (!intro.equals(List.of(String.valueOf(lastIntro)))) {
        problems.add("the intro is at revision " + intro + "; its last is " + lastIntro);
      }
    }
    if (rows != last.size()) {
      problems.add(last.size() + " entities have revisions, " + rows + " have a current row");
    }
  }

  private static void acknowledged(Connection c, Ack ack, List<String> problems)
      throws SQLException {
    if (ack.isImport()) {
      try (PreparedStatement s =
          c.prepareStatement("SELECT change_set_id FROM import_runs WHERE id = ?")) {
        s.setLong(1, ack.run());
        List<Long> sets = longs(s);
        if (!sets.equals(List.of(ack.changeSet()))) {
          problems.add(ack + ": its run names change set(s) " + sets);
        }
      }
      if (ack.changeSet() == 0) {
        return;
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, entity_kind, entity_id, state FROM revisions WHERE change_set_id = ?"
                + " ORDER BY id")) {
      s.setLong(1, ack.changeSet());
      int found = 0;
      boolean edited = ack.isImport();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found++;
          if (!ack.isImport()
              && rs.getLong(1) == ack.revision()
              && rs.getString(2).equals("GROUP")
              && rs.getString(3).equals(ack.group())) {
            var state = (GroupState) StateJson.read(EntityKind.GROUP, rs.getString(4));
            edited = state.description().equals(ack.description());
          }
        }
      }
      if (found != ack.revisions() || !edited) {
        problems.add(
            ack
                + " was acknowledged; its change set has "
                + found
                + " revision(s)"
                + (edited ? "" : ", and not that edit"));
      }
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static List<Long> longs(PreparedStatement s) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }
}

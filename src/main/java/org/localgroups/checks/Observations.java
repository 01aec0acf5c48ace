package org.localgroups.checks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.localgroups.fetch.Outcome;
import org.localgroups.store.Database;

/**
 * Where link checks and what people say of groups are kept: append-only tables beside the directory
 * (migration V4), in the store's database. Nothing here is ever updated or deleted. Thread-safe.
 */
public final class Observations {
  private static final String CHECK_COLUMNS =
      "id, group_id, link_identity, url, outcome, status_code, final_url, suggested_url, millis,"
          + " checked_at, detail";

  private final Database db;

  public Observations(Database db) {
    this.db = db;
  }

  /** Keeps a check; returns it with its id. */
  public LinkCheck record(LinkCheck c) {
    long id =
        db.write(
            h -> {
              db.lockForWrite(h);
              long next = nextId(h, "link_checks");
              h.createUpdate(
                      "INSERT INTO link_checks (id, group_id, link_identity, url, outcome,"
                          + " status_code, final_url, suggested_url, millis, checked_at, detail)"
                          + " VALUES (:id, :g, :i, :u, :o, :s, :f, :sug, :ms, :at, :d)")
                  .bind("id", next)
                  .bind("g", c.groupId())
                  .bind("i", c.linkIdentity())
                  .bind("u", c.url())
                  .bind("o", c.outcome().name())
                  .bind("s", c.statusCode())
                  .bind("f", c.finalUrl())
                  .bind("sug", c.suggestedUrl())
                  .bind("ms", c.millis())
                  .bind("at", db.instant(c.checkedAt()))
                  .bind("d", c.detail())
                  .execute();
              return next;
            });
    return new LinkCheck(
        id,
        c.groupId(),
        c.linkIdentity(),
        c.url(),
        c.outcome(),
        c.statusCode(),
        c.finalUrl(),
        c.suggestedUrl(),
        c.millis(),
        c.checkedAt(),
        c.detail());
  }

  /** The checks of one link of a group, newest first. */
  public List<LinkCheck> history(String groupId, String linkIdentity) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + CHECK_COLUMNS
                        + " FROM link_checks WHERE group_id = :g AND link_identity = :i"
                        + " ORDER BY id DESC")
                .bind("g", groupId)
                .bind("i", linkIdentity)
                .map((rs, ctx) -> check(rs))
                .list());
  }

  /**
   * Every link's history folded, by group id and then link identity (in the order first checked).
   */
  public Map<String, Map<String, LinkHistory>> histories() {
    return db.read(
        h -> {
          Map<String, Map<String, LinkHistory>> out = new LinkedHashMap<>();
          h.createQuery("SELECT " + CHECK_COLUMNS + " FROM link_checks ORDER BY id")
              .map((rs, ctx) -> check(rs))
              .forEach(
                  c ->
                      out.computeIfAbsent(c.groupId(), g -> new LinkedHashMap<>())
                          .merge(
                              c.linkIdentity(), LinkHistory.first(c), (old, first) -> old.then(c)));
          return out;
        });
  }

  /** Keeps what a person says of a group; returns it with its id. */
  public Statement say(Statement s) {
    long id =
        db.write(
            h -> {
              db.lockForWrite(h);
              long next = nextId(h, "group_statements");
              h.createUpdate(
                      "INSERT INTO group_statements (id, group_id, kind, by_whom, said, said_at)"
                          + " VALUES (:id, :g, :k, :b, :s, :at)")
                  .bind("id", next)
                  .bind("g", s.groupId())
                  .bind("k", s.kind().name())
                  .bind("b", s.by())
                  .bind("s", s.said())
                  .bind("at", db.instant(s.at()))
                  .execute();
              return next;
            });
    return new Statement(id, s.groupId(), s.kind(), s.by(), s.said(), s.at());
  }

  /** What people said, by group id, oldest first. */
  public Map<String, List<Statement>> statements() {
    return db.read(
        h -> {
          Map<String, List<Statement>> out = new LinkedHashMap<>();
          h.createQuery(
                  "SELECT id, group_id, kind, by_whom, said, said_at FROM group_statements"
                      + " ORDER BY id")
              .map((rs, ctx) -> statement(rs))
              .forEach(s -> out.computeIfAbsent(s.groupId(), g -> new ArrayList<>()).add(s));
          return out;
        });
  }

  /**
   * A number that grows with every observation kept (the newest ids added): readers cache what they
   * derived until it changes.
   */
  public long version() {
    return db.read(Observations::version);
  }

  private static long nextId(Handle h, String table) {
    return h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).mapTo(Long.class).one();
  }

  private static long version(Handle h) {
    return h.createQuery(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM link_checks)"
                + " + (SELECT COALESCE(MAX(id), 0) FROM group_statements)")
        .mapTo(Long.class)
        .one();
  }

  private LinkCheck check(ResultSet rs) throws SQLException {
    return new LinkCheck(
        rs.getLong("id"),
        rs.getString("group_id"),
        rs.getString("link_identity"),
        rs.getString("url"),
        Outcome.valueOf(rs.getString("outcome")),
        rs.getInt("status_code"),
        rs.getString("final_url"),
        rs.getString("suggested_url"),
        rs.getLong("millis"),
        instant(rs, "checked_at"),
        rs.getString("detail"));
  }

  private Statement statement(ResultSet rs) throws SQLException {
    return new Statement(
        rs.getLong("id"),
        rs.getString("group_id"),
        Statement.Kind.valueOf(rs.getString("kind")),
        rs.getString("by_whom"),
        rs.getString("said"),
        instant(rs, "said_at"));
  }

  private Instant instant(ResultSet rs, String column) throws SQLException {
    return db.instant(rs, column);
  }
}

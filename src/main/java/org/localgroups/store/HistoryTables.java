package org.localgroups.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.localgroups.revision.Change;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.ChangeSetInfo;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.EntityState;
import org.localgroups.revision.Origin;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.StateJson;
import org.localgroups.revision.Stored.StoredEntity;

/**
 * Change sets and revisions in their tables: appended, never changed. Runs inside the caller's
 * transaction.
 */
final class HistoryTables {
  /** How many revisions one read of Recent Changes looks through for its filters, at most. */
  static final int SCAN_LIMIT = 20_000;

  private static final int SCAN_BATCH = 500;
  private static final String REVISION_COLUMNS =
      "r.id, r.change_set_id, r.entity_kind, r.parent_id, r.kind, r.removed,"
          + " r.state, cs.at, cs.author, cs.comment";
  private static final String FROM =
      " FROM revisions r JOIN change_sets cs ON cs.id = r.change_set_id";

  private HistoryTables() {}

  /**
   * Appends a change set and its revisions (the write lock held), each revision's parent the
   * entity's current revision.
   *
   * @return the change set's id and the revision each change made
   */
  static Map<EntityRef, Long> append(
      Handle h, Dialect dialect, ChangeSet set, long changeSetId, Instant at, String author) {
    insertChangeSet(h, dialect, set, changeSetId, at, author);
    return appendRevisions(h, set.changes(), changeSetId);
  }

  /** The change set's own row, before its revisions. */
  static void insertChangeSet(
      Handle h, Dialect dialect, ChangeSet set, long changeSetId, Instant at, String author) {
    h.createUpdate(
            "INSERT INTO change_sets (id, origin, at, author, comment, source, source_revision)"
                + " VALUES (:id, :origin, :at, :author, :comment, :source, :sourceRevision)")
        .bind("id", changeSetId)
        .bind("origin", set.origin().name())
        .bind("at", dialect.instant(at))
        .bind("author", author)
        .bind("comment", set.comment())
        .bind("source", set.source())
        .bind("sourceRevision", set.sourceRevision())
        .execute();
  }

  /**
   * Appends revisions to a change set already inserted (a bulk import appends them batch by batch).
   *
   * @return the revision each change made
   */
  static Map<EntityRef, Long> appendRevisions(Handle h, List<Change> changes, long changeSetId) {
    long next = nextId(h, "revisions");
    Map<EntityRef, Long> ids = new LinkedHashMap<>();
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO revisions (id, change_set_id, entity_kind, entity_id, parent_id,"
                + " kind, removed, slug, label, state) VALUES (:id, :changeSet, :entityKind, :entityId, :parent, :kind,"
                + " :removed, :slug, :label, :state)");
    for (Change c : changes) {
      long id = next++;
      ids.put(c.ref(), id);
      batch
          .bind("id", id)
          .bind("changeSet", changeSetId)
          .bind("entityKind", c.ref().kind().name())
          .bind("entityId", c.ref().id())
          .bind("parent", c.parent() == 0 ? null : c.parent())
          .bind("kind", c.kind().name())
          .bind("removed", c.removed())
          .bind("slug", c.state().slug())
          .bind("label", c.state().label())
          .bind("state", StateJson.write(c.state()))
          .add();
    }
    if (batch.size() > 0) {
      batch.execute();
    }
    return ids;
  }

  static long nextId(Handle h, String table) {
    return h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).mapTo(Long.class).one();
  }

  /** The id of the last change set: the store's version. */
  static long lastChangeSet(Handle h) {
    return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM change_sets").mapTo(Long.class).one();
  }

  /** An entity's revisions, newest first. */
  static List<Revision> history(Handle h, Dialect dialect, EntityRef ref, int limit, long before) {
    return h.createQuery(
            "SELECT "
                + REVISION_COLUMNS
                + FROM
                + " WHERE r.entity_kind = :kind AND r.entity_id = :id"
                + (before > 0 ? " AND r.id < :before" : "")
                + " ORDER BY r.id DESC LIMIT :limit")
        .bind("kind", ref.kind().name())
        .bind("id", ref.id())
        .bind("before", before)
        .bind("limit", limit)
        .map((rs, ctx) -> revision(rs, dialect))
        .list();
  }

  /** How many revisions an entity has. */
  static int count(Handle h, EntityRef ref) {
    return h.createQuery(
            "SELECT COUNT(*) FROM revisions WHERE entity_kind = :kind AND entity_id = :id")
        .bind("kind", ref.kind().name())
        .bind("id", ref.id())
        .mapTo(Integer.class)
        .one();
  }

  static Optional<Revision> revision(Handle h, Dialect dialect, long id) {
    return h.createQuery("SELECT " + REVISION_COLUMNS + FROM + " WHERE r.id = :id")
        .bind("id", id)
        .map((rs, ctx) -> revision(rs, dialect))
        .findOne();
  }

  /**
   * Recent changes: newest first, filtered in the database where it can and by {@code
   * query.where()} after.
   */
  static List<Revision> changes(Handle h, Dialect dialect, ChangeQuery query) {
    List<Revision> out = new ArrayList<>();
    long before = query.before() > 0 ? query.before() : Long.MAX_VALUE;
    int scanned = 0;
    // the first read asks for as many as wanted (all of them when nothing is filtered out by
    // reading), each next one for more
    int batch = query.limit();
    while (out.size() < query.limit() && scanned < SCAN_LIMIT) {
      StringBuilder sql =
          new StringBuilder("SELECT " + REVISION_COLUMNS + FROM + " WHERE r.id < :before");
      if (!query.kinds().isEmpty()) {
        sql.append(" AND r.kind IN (")
            .append(
                query.kinds().stream()
                    .map(k -> "'" + k.name() + "'")
                    .collect(Collectors.joining(", ")))
            .append(")");
      }
      if (!query.author().isEmpty()) {
        sql.append(" AND cs.author = :author");
      }
      query
          .entity()
          .ifPresent(e -> sql.append(" AND r.entity_kind = '").append(e.name()).append("'"));
      sql.append(" ORDER BY r.id DESC LIMIT ").append(batch);
      Query q = h.createQuery(sql.toString()).bind("before", before).bind("author", query.author());
      List<Revision> read = q.map((rs, ctx) -> revision(rs, dialect)).list();
      if (read.isEmpty()) {
        break;
      }
      scanned += read.size();
      for (Revision r : read) {
        if (query.where().test(r) && out.size() < query.limit()) {
          out.add(r);
        }
      }
      before = read.getLast().id();
      batch = Math.min(SCAN_BATCH, batch * 4);
    }
    return out;
  }

  static Optional<ChangeSetInfo> changeSet(Handle h, Dialect dialect, long id) {
    return h.createQuery(
            "SELECT cs.*, (SELECT COUNT(*) FROM revisions r WHERE r.change_set_id = cs.id) AS revisions"
                + " FROM change_sets cs WHERE cs.id = :id")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new ChangeSetInfo(
                    rs.getLong("id"),
                    Origin.valueOf(rs.getString("origin")),
                    dialect.instant(rs, "at"),
                    rs.getString("author"),
                    rs.getString("comment"),
                    rs.getString("source"),
                    rs.getString("source_revision"),
                    rs.getInt("revisions")))
        .findOne();
  }

  static List<Revision> revisionsOf(Handle h, Dialect dialect, long changeSet) {
    return h.createQuery(
            "SELECT " + REVISION_COLUMNS + FROM + " WHERE r.change_set_id = :cs ORDER BY r.id")
        .bind("cs", changeSet)
        .map((rs, ctx) -> revision(rs, dialect))
        .list();
  }

  /**
   * Every entity's current state with its revision and removed flag, read from its current revision
   * (one query: the current rows name the revision).
   */
  static List<StoredEntity> currentStates(Handle h, EntityKind kind) {
    String sql =
        switch (kind) {
          case INTRO ->
              "SELECT r.id, r.entity_kind, r.state, r.removed FROM directory_meta m"
                  + " JOIN revisions r ON r.id = m.revision_id";
          case GROUP, REGION ->
              "SELECT r.id, r.entity_kind, r.state, r.removed FROM "
                  + CurrentTables.table(kind)
                  + " t JOIN revisions r ON r.id = t.revision_id ORDER BY t.position, t.id";
        };
    return h.createQuery(sql)
        .map(
            (rs, ctx) ->
                new StoredEntity(
                    StateJson.read(
                        EntityKind.valueOf(rs.getString("entity_kind")), rs.getString("state")),
                    rs.getLong("id"),
                    rs.getBoolean("removed")))
        .list();
  }

  /**
   * Every entity's state as of a revision: its latest revision up to that one (removed ones
   * included).
   */
  static List<StoredEntity> statesAt(Handle h, long revision) {
    return h.createQuery(
            "SELECT r.id, r.entity_kind, r.state, r.removed FROM revisions r JOIN ("
                + "SELECT entity_kind, entity_id, MAX(id) AS id FROM revisions WHERE id <= :at"
                + " GROUP BY entity_kind, entity_id) latest ON latest.id = r.id ORDER BY r.id")
        .bind("at", revision)
        .map(
            (rs, ctx) ->
                new StoredEntity(
                    StateJson.read(
                        EntityKind.valueOf(rs.getString("entity_kind")), rs.getString("state")),
                    rs.getLong("id"),
                    rs.getBoolean("removed")))
        .list();
  }

  /** The last revision made at or before an instant, 0 when none. */
  static long revisionAt(Handle h, Dialect dialect, Instant at) {
    return h.createQuery("SELECT COALESCE(MAX(r.id), 0)" + FROM + " WHERE cs.at <= :at")
        .bind("at", dialect.instant(at))
        .mapTo(Long.class)
        .one();
  }

  /** Retired slugs by entity kind. */
  static Map<EntityKind, Map<String, String>> retiredSlugs(Handle h) {
    Map<EntityKind, Map<String, String>> out = new HashMap<>();
    for (EntityKind k : EntityKind.values()) {
      out.put(k, new HashMap<>());
    }
    h.createQuery("SELECT entity_kind, slug, entity_id FROM slug_history")
        .map(
            (rs, ctx) ->
                List.of(
                    rs.getString("entity_kind"), rs.getString("slug"), rs.getString("entity_id")))
        .forEach(
            row ->
                out.computeIfAbsent(EntityKind.valueOf(row.get(0)), k -> new HashMap<>())
                    .put(row.get(1), row.get(2)));
    return out;
  }

  private static Revision revision(ResultSet rs, Dialect dialect) throws SQLException {
    EntityKind kind = EntityKind.valueOf(rs.getString("entity_kind"));
    EntityState state = StateJson.read(kind, rs.getString("state"));
    return new Revision(
        rs.getLong("id"),
        rs.getLong("change_set_id"),
        rs.getLong("parent_id"),
        RevisionKind.valueOf(rs.getString("kind")),
        dialect.instant(rs, "at"),
        rs.getString("author"),
        rs.getString("comment"),
        state,
        rs.getBoolean("removed"));
  }
}

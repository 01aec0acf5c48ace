package org.localgroups.store;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.EntityState;
import org.localgroups.revision.StateJson;

/**
 * What each source (page) said at its last import, per entity: the base of its next three-way
 * merge. Runs inside the caller's transaction.
 */
final class BaseTables {
  private BaseTables() {}

  static Map<EntityRef, EntityState> read(Handle h, String source) {
    Map<EntityRef, EntityState> out = new HashMap<>();
    h.createQuery("SELECT entity_kind, entity_id, state FROM import_bases WHERE source = :source")
        .bind("source", source)
        .map(
            (rs, ctx) -> {
              EntityKind kind = EntityKind.valueOf(rs.getString("entity_kind"));
              return StateJson.read(kind, rs.getString("state"));
            })
        .forEach(s -> out.put(s.ref(), s));
    return out;
  }

  /** Replaces a source's base by the page's reading now. */
  static void replace(Handle h, String source, Map<EntityRef, EntityState> base) {
    h.createUpdate("DELETE FROM import_bases WHERE source = :source")
        .bind("source", source)
        .execute();
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO import_bases (source, entity_kind, entity_id, state)"
                + " VALUES (:source, :kind, :id, :state)");
    base.forEach(
        (ref, state) ->
            batch
                .bind("source", source)
                .bind("kind", ref.kind().name())
                .bind("id", ref.id())
                .bind("state", StateJson.write(state))
                .add());
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}

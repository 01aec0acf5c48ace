package org.localgroups.revision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the store holds, as a merge needs it: every group and region (removed ones too) with its
 * current revision, the intro, what the source said at its last import (the merge's base), and the
 * slugs that once were others' and still redirect.
 *
 * @param intro the intro's current state and revision, empty before the first import
 * @param entities every group and region, live or removed
 * @param base the source's base: its reading at its last import, per entity (empty the first time)
 * @param retiredGroupSlugs old slugs of groups, to the id of the group they redirect to: not given
 *     to another
 * @param retiredRegionSlugs old slugs of regions, likewise
 */
public record Stored(
    Optional<StoredEntity> intro,
    List<StoredEntity> entities,
    Map<EntityRef, EntityState> base,
    Map<String, String> retiredGroupSlugs,
    Map<String, String> retiredRegionSlugs) {
  public Stored {
    entities = List.copyOf(entities);
    base = Map.copyOf(base);
    retiredGroupSlugs = Map.copyOf(retiredGroupSlugs);
    retiredRegionSlugs = Map.copyOf(retiredRegionSlugs);
  }

  /** An empty store. */
  public static Stored empty() {
    return new Stored(Optional.empty(), List.of(), Map.of(), Map.of(), Map.of());
  }

  /**
   * One stored entity.
   *
   * @param state its current state (its last one, when removed)
   * @param revision its current revision's id
   * @param removed whether it is removed
   */
  public record StoredEntity(EntityState state, long revision, boolean removed) {}
}

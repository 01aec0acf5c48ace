package org.localgroups.revision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the store holds, as a merge needs it: every group and region (removed ones too) with its
 * current revision, the intro, what the source said at its last import (the merge's base), and the
 * slugs that once were others' and still redirect.
 *
 * @param intro the intro's current state and revision, empty before the first import
 * @param entities every group and region, live or removed
 * @param base the source's base: its reading at its last import, per entity (empty the first time)
 * @param retiredGroupSlugs old slugs of groups, which still redirect and are not given again
 * @param retiredRegionSlugs old slugs of regions, likewise
 */
public record Stored(
    Optional<StoredEntity> intro,
    List<StoredEntity> entities,
    Map<EntityRef, EntityState> base,
    Set<String> retiredGroupSlugs,
    Set<String> retiredRegionSlugs) {
  public Stored {
    entities = List.copyOf(entities);
    base = Map.copyOf(base);
    retiredGroupSlugs = Set.copyOf(retiredGroupSlugs);
    retiredRegionSlugs = Set.copyOf(retiredRegionSlugs);
  }

  /** An empty store. */
  public static Stored empty() {
    return new Stored(Optional.empty(), List.of(), Map.of(), Set.of(), Set.of());
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

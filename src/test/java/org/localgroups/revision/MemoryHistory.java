package org.localgroups.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localgroups.directory.Directory;
import org.localgroups.revision.Stored.StoredEntity;

/**
 * Test double of the store's revision rules, in memory: applies change sets (checking each change's
 * parent), keeps one source's base and the retired slugs, and gives back what a merge reads and the
 * live directory.
 */
final class MemoryHistory {
  private final Map<EntityRef, StoredEntity> entities = new LinkedHashMap<>();
  private final Map<EntityRef, EntityState> base = new HashMap<>();
  private final Map<String, String> retiredGroupSlugs = new HashMap<>();
  private final Map<String, String> retiredRegionSlugs = new HashMap<>();
  private Layout layout = Layout.NONE;
  private long revisions;
  final List<ChangeSet> applied = new ArrayList<>();

  Stored stored() {
    Optional<StoredEntity> intro = Optional.ofNullable(entities.get(EntityRef.INTRO));
    List<StoredEntity> rest =
        entities.values().stream().filter(e -> e.state().ref().kind() != EntityKind.INTRO).toList();
    return new Stored(intro, rest, base, retiredGroupSlugs, retiredRegionSlugs);
  }

  /**
   * Applies a plan as the store would: all or nothing, each change on the revision it was computed
   * from.
   */
  void apply(Merge.Plan plan) {
    ChangeSet set =
        new ChangeSet(
            Origin.IMPORT,
            "",
            "",
            Optional.empty(),
            "page",
            "",
            plan.changes(),
            plan.layout(),
            Optional.of(plan.base()));
    apply(set);
  }

  void apply(ChangeSet set) {
    for (Change c : set.changes()) {
      StoredEntity now = entities.get(c.ref());
      long current = now == null ? 0 : now.revision();
      if (current != c.parent()) {
        throw new IllegalStateException(
            c.ref() + " is at revision " + current + ", not " + c.parent());
      }
    }
    for (Change c : set.changes()) {
      StoredEntity before = entities.get(c.ref());
      if (before != null && !before.state().slug().equals(c.state().slug())) {
        (c.state() instanceof GroupState ? retiredGroupSlugs : retiredRegionSlugs)
            .put(before.state().slug(), c.ref().id());
      }
      entities.put(c.ref(), new StoredEntity(c.state(), ++revisions, c.removed()));
    }
    set.base()
        .ifPresent(
            b -> {
              base.clear();
              base.putAll(b);
            });
    if (!set.layout().equals(Layout.NONE)) {
      layout = set.layout();
    }
    applied.add(set);
  }

  /** Replaces an entity's state as a local edit would (one revision). */
  void edit(EntityState state) {
    StoredEntity now = entities.get(state.ref());
    apply(
        ChangeSet.edit(
            Origin.EDIT,
            "tester",
            "",
            List.of(new Change(now.revision(), RevisionKind.EDIT, state, false))));
  }

  void remove(EntityRef ref) {
    StoredEntity now = entities.get(ref);
    apply(
        ChangeSet.edit(
            Origin.EDIT,
            "tester",
            "",
            List.of(new Change(now.revision(), RevisionKind.REMOVE, now.state(), true))));
  }

  StoredEntity get(EntityRef ref) {
    return entities.get(ref);
  }

  /** The live directory these entities make. */
  Directory directory() {
    IntroState intro =
        entities.containsKey(EntityRef.INTRO)
            ? (IntroState) entities.get(EntityRef.INTRO).state()
            : IntroState.empty();
    List<RegionState> regions = new ArrayList<>();
    List<GroupState> groups = new ArrayList<>();
    for (StoredEntity e : entities.values()) {
      if (!e.removed() && e.state() instanceof RegionState r) {
        regions.add(r);
      } else if (!e.removed() && e.state() instanceof GroupState g) {
        groups.add(g);
      }
    }
    return States.directory(intro, regions, groups, layout);
  }
}

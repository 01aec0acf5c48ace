package org.localgroups.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.Region;
import org.localgroups.directory.Slugs;
import org.localgroups.revision.Stored.StoredEntity;
import org.localgroups.text.Fold;

/**
 * An imported page merged into what is stored: the changes it makes, as one change set. See
 * docs/living-directory.md ("Import is a merge"). Pure and single-use: {@link #plan} makes one.
 *
 * <ol>
 *   <li>Each region and group of the page is matched to a stored one (links first, then name and
 *       country; regions by their path of headings), base states before current ones; unmatched
 *       ones are new.
 *   <li>Matched entities merge field by field against the base (what the source said at its last
 *       import): a field only the page changed takes the page's value, one only changed here keeps
 *       it, one changed on both sides to different values is a conflict and keeps the value made
 *       here.
 *   <li>What the base had and the page no longer lists is removed, unless it was edited here since.
 * </ol>
 */
public final class Merge {
  /** How the page's reading is applied. */
  public enum Mode {
    /** a three-way merge with the source's base: edits made here are kept */
    MERGE,
    /** the directory becomes exactly the page: every field the page's, everything else removed */
    REPLACE
  }

  /**
   * What a page changes.
   *
   * @param changes one per entity that changes, intro first, then regions and groups in page order
   * @param layout where the page puts things
   * @param base the page's reading per entity: the base of the next import of the same source
   * @param conflicts fields changed on both sides, kept as they are here
   * @param groupIds the page's group slugs (as read) to the ids they were matched to or given
   */
  public record Plan(
      List<Change> changes,
      Layout layout,
      Map<EntityRef, EntityState> base,
      List<Conflict> conflicts,
      Map<String, String> groupIds) {}

  private final Directory page;
  private final Stored stored;
  private final Ids ids;
  private final Mode mode;
  private final Map<EntityRef, StoredEntity> current = new HashMap<>();
  private final Set<String> claimed = new HashSet<>();
  private final Map<String, String> regionIds = new HashMap<>();
  private final Map<String, String> groupIds = new LinkedHashMap<>();
  private final List<Change> changes = new ArrayList<>();
  private final List<Conflict> conflicts = new ArrayList<>();
  private final Map<EntityRef, EntityState> newBase = new LinkedHashMap<>();

  /**
   * Every group's state once the plan is applied, live ones only: to tell which regions still hold
   * groups.
   */
  private final Map<String, GroupState> liveGroupsAfter = new HashMap<>();

  private final Slugs groupSlugs;
  private final Slugs regionSlugs;

  private Merge(Directory page, Stored stored, Ids ids, Mode mode) {
    this.page = page;
    this.stored = stored;
    this.ids = ids;
    this.mode = mode;
    Set<String> takenGroups = new HashSet<>(stored.retiredGroupSlugs().keySet());
    Set<String> takenRegions = new HashSet<>(stored.retiredRegionSlugs().keySet());
    for (StoredEntity e : stored.entities()) {
      current.put(e.state().ref(), e);
      (e.state() instanceof GroupState ? takenGroups : takenRegions).add(e.state().slug());
      if (e.state() instanceof GroupState g && !e.removed()) {
        liveGroupsAfter.put(g.id(), g);
      }
    }
    this.groupSlugs = new Slugs(takenGroups);
    this.regionSlugs = new Slugs(takenRegions);
  }

  /**
   * The changes that importing {@code page} (as the importer read it, without ids) makes to what is
   * stored.
   */
  public static Plan plan(Directory page, Stored stored, Ids ids, Mode mode) {
    return new Merge(page, stored, ids, mode).run();
  }

  private Plan run() {
    intro();
    List<RegionState> pageRegions = matchRegions();
    List<GroupState> pageGroups = matchGroups();
    for (GroupState g : pageGroups) {
      group(g);
    }
    removeGroupsGoneFromThePage();
    List<Change> regionChanges = new ArrayList<>();
    for (RegionState r : pageRegions) {
      region(r).ifPresent(regionChanges::add);
    }
    regionChanges.addAll(removeRegionsGoneFromThePage());
    // regions before groups: a group's new region exists before the group names it
    List<Change> ordered = new ArrayList<>();
    changes.stream().filter(c -> c.ref().kind() == EntityKind.INTRO).forEach(ordered::add);
    ordered.addAll(regionChanges);
    changes.stream().filter(c -> c.ref().kind() == EntityKind.GROUP).forEach(ordered::add);
    return new Plan(ordered, layout(), newBase, conflicts, groupIds);
  }

  // ---- the intro
  // ------------------------------------------------------------------------------------

  private void intro() {
    IntroState theirs = new IntroState(page.title(), page.intro());
    newBase.put(EntityRef.INTRO, theirs);
    Optional<StoredEntity> local = stored.intro();
    if (local.isEmpty()) {
      if (!theirs.equals(IntroState.empty())) {
        changes.add(new Change(0, RevisionKind.CREATE, theirs, false));
      }
      return;
    }
    IntroState l = (IntroState) local.get().state();
    IntroState b = (IntroState) stored.base().get(EntityRef.INTRO);
    IntroState merged =
        mode == Mode.REPLACE || b == null
            ? theirs
            : new IntroState(
                field(b.title(), l.title(), theirs.title(), l, "title", List.of()),
                field(b.lines(), l.lines(), theirs.lines(), l, "introduction", List.of()));
    if (!merged.equals(l)) {
      changes.add(
          new Change(
              local.get().revision(),
              mode == Mode.REPLACE ? RevisionKind.IMPORT : RevisionKind.EDIT,
              merged,
              false));
    }
  }

  // ---- matching
  // -------------------------------------------------------------------------------------

  /** The page's regions as states with ids (slugs not yet decided), parents before children. */
  private List<RegionState> matchRegions() {
    Map<String, RegionState> all = new HashMap<>();
    currentStates(RegionState.class, false).forEach(r -> all.put(r.id(), r));
    currentStates(RegionState.class, true).forEach(r -> all.put(r.id(), r));
    Map<String, RegionState> baseAll = new HashMap<>(all);
    baseStates(RegionState.class).forEach(r -> baseAll.put(r.id(), r));
    Map<String, Deque<String>> byBasePath = paths(baseStates(RegionState.class), baseAll);
    Map<String, Deque<String>> byLivePath = paths(currentStates(RegionState.class, false), all);
    Map<String, Deque<String>> byRemovedPath = paths(currentStates(RegionState.class, true), all);
    Map<String, String> pathOfSlug = new HashMap<>();
    List<RegionState> out = new ArrayList<>();
    for (Region r : page.regions()) {
      String parentPath =
          r.parentSlug().isEmpty() ? "" : pathOfSlug.getOrDefault(r.parentSlug(), "");
      String path = parentPath + "/" + Fold.key(r.name());
      pathOfSlug.put(r.slug(), path);
      String id =
          first(path, List.of(byBasePath, byLivePath, byRemovedPath))
              .orElseGet(() -> ids.next(EntityKind.REGION));
      claimed.add(id);
      regionIds.put(r.slug(), id);
      String parent = r.parentSlug().isEmpty() ? "" : regionIds.getOrDefault(r.parentSlug(), "");
      out.add(
          new RegionState(
              id, r.slug(), r.name(), r.level(), parent, r.kind(), r.place(), r.resources()));
    }
    return out;
  }

  /** The page's groups as states with ids (slugs not yet decided), in page order. */
  private List<GroupState> matchGroups() {
    Map<String, Deque<String>> byBaseKey = keys(baseStates(GroupState.class));
    List<GroupState> currentGroups = new ArrayList<>(currentStates(GroupState.class, false));
    currentGroups.addAll(currentStates(GroupState.class, true));
    Map<String, Deque<String>> byCurrentKey = keys(currentGroups);
    List<GroupState> out = new ArrayList<>();
    for (Group g : page.groups()) {
      List<String> regions =
          page.regionsOf(g.slug()).stream().map(r -> regionIds.get(r.slug())).toList();
      GroupState theirs =
          new GroupState(
              "",
              g.slug(),
              g.name(),
              g.description(),
              g.links(),
              g.status(),
              g.founded(),
              g.meeting(),
              g.notes(),
              g.placement(),
              regions);
      String id = null;
      for (String key : keysOf(theirs)) {
        id = first(key, List.of(byBaseKey, byCurrentKey)).orElse(null);
        if (id != null) {
          break;
        }
      }
      if (id == null) {
        id = ids.next(EntityKind.GROUP);
      }
      claimed.add(id);
      groupIds.put(g.slug(), id);
      out.add(
          new GroupState(
              id,
              g.slug(),
              g.name(),
              g.description(),
              g.links(),
              g.status(),
              g.founded(),
              g.meeting(),
              g.notes(),
              g.placement(),
              regions));
    }
    return out;
  }

  /**
   * Keys that tell a group again: its links' identities (main link first), then its folded name in
   * its country.
   */
  static List<String> keysOf(GroupState g) {
    List<String> keys = new ArrayList<>();
    for (Link link : g.links()) {
      if (!link.isSharedSiteRoot()) {
        keys.add("link:" + link.identity());
      }
    }
    String name = Fold.key(g.name());
    if (!name.isEmpty()) {
      keys.add("name:" + name + "|" + g.placement().countryCode());
    }
    // last: the address, for a group with neither links nor a name that tells it (the same page
    // again)
    if (!g.slug().isEmpty()) {
      keys.add("slug:" + g.slug());
    }
    return keys;
  }

  private static Map<String, Deque<String>> keys(List<GroupState> groups) {
    Map<String, Deque<String>> out = new HashMap<>();
    for (GroupState g : groups) {
      for (String key : keysOf(g)) {
        out.computeIfAbsent(key, k -> new ArrayDeque<>()).add(g.id());
      }
    }
    return out;
  }

  /** Regions by the folded path of their names from the top ("/europe/poland"). */
  private static Map<String, Deque<String>> paths(
      List<RegionState> regions, Map<String, RegionState> byId) {
    Map<String, Deque<String>> out = new HashMap<>();
    for (RegionState r : regions) {
      StringBuilder path = new StringBuilder();
      Set<String> seen = new HashSet<>();
      for (RegionState at = r; at != null && seen.add(at.id()); at = byId.get(at.parent())) {
        path.insert(0, "/" + Fold.key(at.name()));
      }
      out.computeIfAbsent(path.toString(), k -> new ArrayDeque<>()).add(r.id());
    }
    return out;
  }

  /** The first id under the key, in the first index that has one not matched yet. */
  private Optional<String> first(String key, List<Map<String, Deque<String>>> indexes) {
    for (Map<String, Deque<String>> index : indexes) {
      for (String id : index.getOrDefault(key, new ArrayDeque<>())) {
        if (!claimed.contains(id)) {
          return Optional.of(id);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The base's states of a kind, in the stored order (where they stand now): when two of them share
   * a key, the page's first listing matches the first stored one, so the same page matches the same
   * way each time.
   */
  private <T extends EntityState> List<T> baseStates(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (StoredEntity e : stored.entities()) {
      EntityState inBase = stored.base().get(e.state().ref());
      if (type.isInstance(inBase)) {
        out.add(type.cast(inBase));
      }
    }
    stored.base().values().stream()
        .filter(type::isInstance)
        .filter(s -> !current.containsKey(s.ref()))
        .map(type::cast)
        .forEach(out::add);
    return out;
  }

  private <T extends EntityState> List<T> currentStates(Class<T> type, boolean removed) {
    return stored.entities().stream()
        .filter(e -> e.removed() == removed)
        .map(StoredEntity::state)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  // ---- groups
  // ---------------------------------------------------------------------------------------

  private void group(GroupState theirsWithPageSlug) {
    EntityRef ref = EntityRef.group(theirsWithPageSlug.id());
    StoredEntity local = current.get(ref);
    GroupState b = (GroupState) stored.base().get(ref);
    List<Integer> lines = page.group(theirsWithPageSlug.slug()).map(Group::lines).orElse(List.of());
    if (local == null) {
      GroupState created = theirsWithPageSlug.withSlug(newGroupSlug(theirsWithPageSlug));
      newBase.put(ref, created);
      changes.add(new Change(0, RevisionKind.CREATE, created, false));
      liveGroupsAfter.put(created.id(), created);
      return;
    }
    GroupState l = (GroupState) local.state();
    GroupState theirs = theirsWithPageSlug.withSlug(l.slug());
    newBase.put(ref, theirs);
    if (local.removed() && mode == Mode.MERGE && b != null) {
      // removed here after the last import: it stays removed, and a page that changed it since is a
      // conflict
      if (!sameFields(b, theirs)) {
        conflicts.add(
            new Conflict(ref, l.name(), "removed", "", "was removed", "changed it", lines));
      }
      return;
    }
    GroupState merged =
        (mode == Mode.REPLACE || b == null ? theirs : mergeGroup(b, l, theirs, lines))
            // a page never says what the organisers set: their rules stay, in either mode
            .withMeetingRules(l.meetingRules());
    String wanted =
        mode == Mode.REPLACE
            ? theirsWithPageSlug.slug()
            : merged.name().equals(l.name()) ? l.slug() : Slugs.of(merged.name());
    merged = merged.withSlug(slugFor(l, wanted, groupSlugs, stored.retiredGroupSlugs()));
    if (local.removed()) {
      changes.add(new Change(local.revision(), RevisionKind.RESTORE, merged, false));
    } else if (!merged.equals(l)) {
      changes.add(new Change(local.revision(), kindOfChange(l, merged), merged, false));
    }
    liveGroupsAfter.put(merged.id(), merged);
  }

  private RevisionKind kindOfChange(GroupState before, GroupState after) {
    if (mode == Mode.REPLACE) {
      return RevisionKind.IMPORT;
    }
    return after.withRegions(before.regions()).equals(before)
        ? RevisionKind.MOVE
        : RevisionKind.EDIT;
  }

  private GroupState mergeGroup(GroupState b, GroupState l, GroupState t, List<Integer> lines) {
    List<String> regions = set(b.regions(), l.regions(), t.regions());
    return new GroupState(
        l.id(),
        l.slug(),
        field(b.name(), l.name(), t.name(), l, "name", lines),
        field(b.description(), l.description(), t.description(), l, "description", lines),
        links(b.links(), l.links(), t.links(), l, lines),
        field(b.status(), l.status(), t.status(), l, "status", lines),
        field(b.founded(), l.founded(), t.founded(), l, "founded", lines),
        field(b.meeting(), l.meeting(), t.meeting(), l, "meeting", lines),
        field(b.notes(), l.notes(), t.notes(), l, "notes", lines),
        field(b.placement(), l.placement(), t.placement(), l, "place", lines),
        regions.isEmpty() ? l.regions() : regions);
  }

  private String newGroupSlug(GroupState g) {
    if (groupSlugs.isFree(g.slug()) && !g.slug().isEmpty()) {
      return groupSlugs.take(g.slug());
    }
    String firstRegion = g.regions().isEmpty() ? "" : regionSlugOf(g.regions().getFirst());
    return groupSlugs.claim(g.name(), g.placement().countryCode(), firstRegion);
  }

  /**
   * The slug an entity moves to: the one wanted (its new name's on a rename, the page's on a
   * replace) when that is free or was its own before; otherwise it keeps its own.
   */
  private static String slugFor(
      EntityState current, String wanted, Slugs slugs, Map<String, String> retired) {
    if (wanted.isEmpty() || wanted.equals(current.slug())) {
      return current.slug();
    }
    String id = current.ref().id();
    return slugs.isFree(wanted) || id.equals(retired.get(wanted))
        ? slugs.take(wanted)
        : current.slug();
  }

  private String regionSlugOf(String regionId) {
    return page.regions().stream()
        .filter(r -> regionId.equals(regionIds.get(r.slug())))
        .map(Region::slug)
        .findFirst()
        .orElse("");
  }

  private void removeGroupsGoneFromThePage() {
    for (StoredEntity e : stored.entities()) {
      if (!(e.state() instanceof GroupState l) || e.removed() || claimed.contains(l.id())) {
        continue;
      }
      GroupState b = (GroupState) stored.base().get(l.ref());
      boolean listedBefore = b != null;
      if (mode == Mode.REPLACE || (b != null && sameFields(b, l))) {
        changes.add(new Change(e.revision(), RevisionKind.REMOVE, l, true));
        liveGroupsAfter.remove(l.id());
      } else if (listedBefore) {
        conflicts.add(
            new Conflict(
                l.ref(), l.name(), "removed", "", "was edited", "no longer lists it", List.of()));
      }
    }
  }

  // ---- regions
  // --------------------------------------------------------------------------------------

  private Optional<Change> region(RegionState theirsWithPageSlug) {
    EntityRef ref = theirsWithPageSlug.ref();
    StoredEntity local = current.get(ref);
    RegionState b = (RegionState) stored.base().get(ref);
    if (local == null) {
      String slug =
          regionSlugs.isFree(theirsWithPageSlug.slug())
              ? regionSlugs.take(theirsWithPageSlug.slug())
              : regionSlugs.claim(theirsWithPageSlug.name());
      RegionState created = theirsWithPageSlug.withSlug(slug);
      newBase.put(ref, created);
      return Optional.of(new Change(0, RevisionKind.CREATE, created, false));
    }
    RegionState l = (RegionState) local.state();
    RegionState theirs = theirsWithPageSlug.withSlug(l.slug());
    newBase.put(ref, theirs);
    if (local.removed() && mode == Mode.MERGE && b != null) {
      return Optional.empty();
    }
    RegionState merged =
        mode == Mode.REPLACE || b == null
            ? theirs
            : new RegionState(
                l.id(),
                l.slug(),
                field(b.name(), l.name(), theirs.name(), l, "name", List.of()),
                field(b.level(), l.level(), theirs.level(), l, "level", List.of()),
                field(b.parent(), l.parent(), theirs.parent(), l, "parent", List.of()),
                field(b.kind(), l.kind(), theirs.kind(), l, "kind", List.of()),
                field(b.place(), l.place(), theirs.place(), l, "place", List.of()),
                links(b.resources(), l.resources(), theirs.resources(), l, List.of()));
    String wanted =
        mode == Mode.REPLACE
            ? theirsWithPageSlug.slug()
            : merged.name().equals(l.name()) ? l.slug() : Slugs.of(merged.name());
    merged = merged.withSlug(slugFor(l, wanted, regionSlugs, stored.retiredRegionSlugs()));
    if (local.removed()) {
      return Optional.of(new Change(local.revision(), RevisionKind.RESTORE, merged, false));
    }
    if (merged.equals(l)) {
      return Optional.empty();
    }
    return Optional.of(
        new Change(
            local.revision(),
            mode == Mode.REPLACE ? RevisionKind.IMPORT : RevisionKind.EDIT,
            merged,
            false));
  }

  /**
   * Regions the page dropped: removed when they may go (a replace, or unchanged here since the
   * base) and nothing that stays needs them (a live group listed there, or a region that stays
   * below them).
   */
  private List<Change> removeRegionsGoneFromThePage() {
    Set<String> holdingGroups = new HashSet<>();
    liveGroupsAfter.values().forEach(g -> holdingGroups.addAll(g.regions()));
    Map<String, RegionState> mayGo = new LinkedHashMap<>();
    Map<String, Long> revisions = new HashMap<>();
    Map<String, String> parentOfStaying = new HashMap<>();
    for (EntityState s : newBase.values()) {
      if (s instanceof RegionState r) {
        parentOfStaying.put(r.id(), r.parent());
      }
    }
    for (StoredEntity e : stored.entities()) {
      if (!(e.state() instanceof RegionState l) || e.removed() || claimed.contains(l.id())) {
        continue;
      }
      RegionState b = (RegionState) stored.base().get(l.ref());
      boolean unchanged = b != null && b.withSlug(l.slug()).equals(l);
      if (mode == Mode.REPLACE || unchanged) {
        mayGo.put(l.id(), l);
        revisions.put(l.id(), e.revision());
      } else {
        parentOfStaying.put(l.id(), l.parent());
        if (b != null) {
          conflicts.add(
              new Conflict(
                  l.ref(), l.name(), "removed", "", "was edited", "no longer lists it", List.of()));
        }
      }
    }
    // a region that stays keeps its parent, which then stays too, and so on up the tree
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String id : List.copyOf(mayGo.keySet())) {
        if (holdingGroups.contains(id) || parentOfStaying.containsValue(id)) {
          parentOfStaying.put(id, Objects.requireNonNull(mayGo.remove(id)).parent());
          changed = true;
        }
      }
    }
    List<Change> out = new ArrayList<>();
    mayGo
        .values()
        .forEach(
            l ->
                out.add(
                    new Change(
                        Objects.requireNonNull(revisions.get(l.id())),
                        RevisionKind.REMOVE,
                        l,
                        true)));
    return out;
  }

  // ---- field rules
  // ----------------------------------------------------------------------------------

  /**
   * Three-way: the side that changed wins; both changed to different values keeps the local one.
   */
  private <T> T field(
      T base, T local, T theirs, EntityState entity, String name, List<Integer> lines) {
    if (Objects.equals(theirs, base) || Objects.equals(local, theirs)) {
      return local;
    }
    if (Objects.equals(local, base)) {
      return theirs;
    }
    conflicts.add(
        new Conflict(
            entity.ref(), entity.label(), name, show(base), show(local), show(theirs), lines));
    return local;
  }

  /**
   * Links merged by identity: the page's in its order, then those added here. One removed on either
   * side stays removed; one both sides changed is a conflict.
   */
  private List<Link> links(
      List<Link> base,
      List<Link> local,
      List<Link> theirs,
      EntityState entity,
      List<Integer> lines) {
    Map<String, Link> b = byIdentity(base);
    Map<String, Link> l = byIdentity(local);
    Map<String, Link> t = byIdentity(theirs);
    List<Link> out = new ArrayList<>();
    for (Map.Entry<String, Link> e : t.entrySet()) {
      Link inBase = b.get(e.getKey());
      Link inLocal = l.get(e.getKey());
      if (inLocal != null) {
        out.add(
            inBase == null
                ? inLocal
                : field(inBase, inLocal, e.getValue(), entity, "links", lines));
      } else if (inBase == null) {
        out.add(e.getValue()); // added on the page
      } // else removed here: stays removed
    }
    for (Map.Entry<String, Link> e : l.entrySet()) {
      if (!t.containsKey(e.getKey()) && !b.containsKey(e.getKey())) {
        out.add(e.getValue()); // added here
      }
    }
    return out;
  }

  /**
   * Ids merged as sets: the page's in its order, then those added here; one removed on either side
   * goes.
   */
  private static List<String> set(List<String> base, List<String> local, List<String> theirs) {
    List<String> out = new ArrayList<>();
    for (String id : theirs) {
      if (local.contains(id) || !base.contains(id)) {
        out.add(id);
      }
    }
    for (String id : local) {
      if (!theirs.contains(id) && !base.contains(id) && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * Links by identity; a second link of the same identity (the site written twice, with and without
   * "www.") is keyed by its occurrence, so no link is lost.
   */
  private static Map<String, Link> byIdentity(List<Link> links) {
    Map<String, Link> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Link link : links) {
      String identity = link.identity();
      int n = seen.merge(identity, 1, Integer::sum);
      out.put(n == 1 ? identity : identity + "#" + n, link);
    }
    return out;
  }

  /** Equal in everything a person can change; the slug (an address) does not count. */
  private static boolean sameFields(GroupState a, GroupState b) {
    return a.withSlug("").equals(b.withSlug(""));
  }

  private static String show(@Nullable Object value) {
    return switch (value) {
      case null -> "";
      case List<?> list -> String.join("; ", list.stream().map(Merge::show).toList());
      case Link link -> (link.label().isEmpty() ? "" : link.label() + " ") + "<" + link.url() + ">";
      case org.localgroups.directory.Placement p -> StateDiff.place(p);
      case Enum<?> e -> e.name().toLowerCase(java.util.Locale.ROOT);
      default -> value.toString();
    };
  }

  // ---- layout
  // ---------------------------------------------------------------------------------------

  private Layout layout() {
    Map<String, Integer> groupOrder = new HashMap<>();
    Map<String, List<Integer>> groupLines = new HashMap<>();
    for (int i = 0; i < page.groups().size(); i++) {
      Group g = page.groups().get(i);
      String id = groupIds.get(g.slug());
      groupOrder.put(id, i);
      groupLines.put(id, g.lines());
    }
    Map<String, Integer> regionOrder = new HashMap<>();
    Map<String, Integer> regionLines = new HashMap<>();
    Map<String, Map<String, Integer>> memberOrder = new HashMap<>();
    Function<String, String> groupId = groupIds::get;
    for (int i = 0; i < page.regions().size(); i++) {
      Region r = page.regions().get(i);
      String id = regionIds.get(r.slug());
      regionOrder.put(id, i);
      regionLines.put(id, r.line());
      Map<String, Integer> members = new HashMap<>();
      for (int j = 0; j < r.groupSlugs().size(); j++) {
        members.put(groupId.apply(r.groupSlugs().get(j)), j);
      }
      memberOrder.put(id, members);
    }
    return new Layout(groupOrder, regionOrder, memberOrder, groupLines, regionLines);
  }
}

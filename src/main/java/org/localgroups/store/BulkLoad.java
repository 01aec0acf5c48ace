package org.localgroups.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Group;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.revision.Change;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.Ids;
import org.localgroups.revision.IntroState;
import org.localgroups.revision.Layout;
import org.localgroups.revision.Origin;
import org.localgroups.revision.RegionState;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.StateJson;

/**
 * One bulk import inside one write transaction (the write lock held): one change set whose
 * revisions are appended batch by batch. Groups and regions are matched to stored ones by slug
 * (same slug: the same entity, changed only when its state differs); with replace, the live
 * entities the file does not list are removed at the end. Holds the regions, one batch of groups
 * and counters; never the file's groups. See docs/bulk-import.md.
 */
final class BulkLoad implements BulkWriter {
  /** Groups per batch: one query for the stored ones, one JDBC batch per table. */
  static final int BATCH = 2_000;

  private final Handle h;
  private final Dialect dialect;
  private final Ids ids;
  private final BulkImport how;
  private final Instant now;
  private final long changeSet;
  private final long firstRevision;
  private final boolean hadLive;
  private final boolean retiredSlugs;

  /** The stored regions by slug. */
  private final Map<String, StoredRow> storedRegions = new HashMap<>();

  /** The stored regions by id. */
  private final Map<String, StoredRow> storedRegionsById = new HashMap<>();

  /** The file's regions so far: slug to id. */
  private final Map<String, String> regionIds = new HashMap<>();

  /** Next position of a group within each region (by region id). */
  private final Map<String, Integer> nextInRegion = new HashMap<>();

  private final List<Pending> pending = new ArrayList<>();
  private int regionPosition;
  private int groupPosition;
  private long records;
  private long groups;
  private long revisions;
  private long created;
  private long changed;
  private long unchanged;
  private long removed;

  /** A stored entity's current row. */
  private record StoredRow(String id, long revision, boolean removed, String state) {}

  /** A group waiting for its batch. */
  private record Pending(Group group, List<String> regions, List<Integer> positions, long record) {}

  /** Thrown at the end of a dry run so that its transaction rolls back; carries what it did. */
  static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient BulkApplied applied;

    RolledBack(BulkApplied applied) {
      super("dry run", null, false, false);
      this.applied = applied;
    }
  }

  private BulkLoad(Handle h, Dialect dialect, Ids ids, BulkImport how, boolean hadLive) {
    this.h = h;
    this.dialect = dialect;
    this.ids = ids;
    this.how = how;
    this.hadLive = hadLive;
    this.now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    this.changeSet = HistoryTables.nextId(h, "change_sets");
    this.firstRevision = HistoryTables.nextId(h, "revisions");
    this.retiredSlugs =
        h.createQuery("SELECT COUNT(*) FROM slug_history").mapTo(Long.class).one() > 0;
  }

  /**
   * Begins a bulk import (the write lock held): refuses a directory that has groups or regions
   * unless replacing, records the change set.
   *
   * @throws LocalGroupsException BAD_INPUT when the directory is not empty and replace was not
   *     asked for
   */
  static BulkLoad begin(Handle h, Dialect dialect, BulkImport how, Ids ids) {
    long liveGroups = count(h, "SELECT COUNT(*) FROM groups WHERE removed = :no");
    long liveRegions = count(h, "SELECT COUNT(*) FROM regions WHERE removed = :no");
    if (!how.replace() && liveGroups + liveRegions > 0) {
      throw LocalGroupsException.badInput(
          "The directory has "
              + liveGroups
              + " groups in "
              + liveRegions
              + " regions; a JSON or CSV import replaces the directory, so it is done only into an"
              + " empty one or with --replace (import a wiki page to merge it with what is here).");
    }
    BulkLoad load = new BulkLoad(h, dialect, ids, how, liveGroups + liveRegions > 0);
    String author = how.author().isEmpty() ? "import of " + how.source() : how.author();
    HistoryTables.insertChangeSet(
        h,
        dialect,
        new ChangeSet(
            Origin.IMPORT,
            author,
            how.comment(),
            Optional.empty(),
            how.source(),
            "",
            List.of(),
            Layout.NONE,
            Optional.empty()),
        load.changeSet,
        load.now,
        author);
    h.createQuery(
            "SELECT t.id, t.slug, t.revision_id, t.removed, r.state FROM regions t"
                + " JOIN revisions r ON r.id = t.revision_id")
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("slug"),
                    new StoredRow(
                        rs.getString("id"),
                        rs.getLong("revision_id"),
                        rs.getBoolean("removed"),
                        rs.getString("state"))))
        .forEach(
            e -> {
              load.storedRegions.put(e.getKey(), e.getValue());
              load.storedRegionsById.put(e.getValue().id(), e.getValue());
            });
    if (load.hadLive) {
      h.execute("CREATE TEMP TABLE IF NOT EXISTS bulk_seen (id TEXT PRIMARY KEY)");
      h.execute("DELETE FROM bulk_seen");
    }
    return load;
  }

  // ---- records
  // --------------------------------------------------------------------------------------

  @Override
  public void intro(String title, List<IntroLine> lines) {
    IntroState state = new IntroState(title, lines);
    Optional<StoredRow> stored =
        h.createQuery(
                "SELECT r.id, r.state FROM directory_meta m JOIN revisions r ON r.id = m.revision_id")
            .map(
                (rs, ctx) -> new StoredRow("intro", rs.getLong("id"), false, rs.getString("state")))
            .findOne();
    if (stored.isPresent() && stored.get().state().equals(StateJson.write(state))) {
      return;
    }
    long parent = stored.map(StoredRow::revision).orElse(0L);
    if (parent == 0) {
      created++;
    } else {
      changed++;
    }
    write(
        List.of(
            new Change(
                parent, parent == 0 ? RevisionKind.CREATE : RevisionKind.IMPORT, state, false)),
        Layout.NONE);
  }

  @Override
  public void region(Region r, long record) {
    records++;
    putRegion(r, record);
  }

  @Override
  public void regionNamed(String slug, String name, long record) {
    if (regionIds.containsKey(slug)) {
      return;
    }
    StoredRow stored = storedRegions.get(slug);
    if (stored == null) {
      putRegion(
          new Region(
              slug,
              name,
              1,
              "",
              Region.RegionKind.OTHER,
              Placement.unplaced(""),
              List.of(),
              List.of(),
              0),
          record);
    } else {
      RegionState s = (RegionState) StateJson.read(EntityKind.REGION, stored.state());
      keep(
          new RegionState(
              s.id(), s.slug(), name, s.level(), s.parent(), s.kind(), s.place(), s.resources()),
          record);
    }
  }

  /** A stored region a file names without its fields, kept with its parents (parents first). */
  private void keep(RegionState s, long record) {
    String parentSlug = "";
    if (!s.parent().isEmpty()) {
      StoredRow parent = storedRegionsById.get(s.parent());
      if (parent != null) {
        RegionState p = (RegionState) StateJson.read(EntityKind.REGION, parent.state());
        if (!regionIds.containsKey(p.slug())) {
          keep(p, record);
        }
        parentSlug = p.slug();
      }
    }
    putRegion(
        new Region(
            s.slug(),
            s.name(),
            s.level(),
            parentSlug,
            s.kind(),
            s.place(),
            s.resources(),
            List.of(),
            0),
        record);
  }

  private void putRegion(Region r, long record) {
    if (r.slug().isBlank()) {
      throw bad(record, "region '" + r.name() + "' has no slug");
    }
    if (regionIds.containsKey(r.slug())) {
      throw bad(record, "region slug '" + r.slug() + "' is used by an earlier region in the file");
    }
    String parent = "";
    if (!r.parentSlug().isEmpty()) {
      parent = regionIds.get(r.parentSlug());
      if (parent == null) {
        throw bad(
            record,
            "region '"
                + r.slug()
                + "' names parent_slug '"
                + r.parentSlug()
                + "', which is not a region listed before it");
      }
    }
    StoredRow stored = storedRegions.get(r.slug());
    String id = stored != null ? stored.id() : ids.next(EntityKind.REGION);
    regionIds.put(r.slug(), id);
    RegionState state =
        new RegionState(
            id, r.slug(), r.name(), r.level(), parent, r.kind(), r.place(), r.resources());
    int position = regionPosition++;
    if (stored != null && !stored.removed() && stored.state().equals(StateJson.write(state))) {
      unchanged++;
      h.createUpdate("UPDATE regions SET position = :position, line = :line WHERE id = :id")
          .bind("position", position)
          .bind("line", r.line())
          .bind("id", id)
          .execute();
      return;
    }
    write(
        List.of(change(stored, state)),
        new Layout(Map.of(), Map.of(id, position), Map.of(), Map.of(), Map.of(id, r.line())));
  }

  @Override
  public void group(Group g, List<String> regionSlugs, List<Integer> positions, long record) {
    records++;
    groups++;
    if (g.slug().isBlank()) {
      throw bad(record, "group '" + g.name() + "' has no slug");
    }
    List<String> regions = new ArrayList<>(regionSlugs.size());
    for (String slug : regionSlugs) {
      String id = regionIds.get(slug);
      if (id == null) {
        throw bad(
            record,
            "group '"
                + g.slug()
                + "' is listed in region '"
                + slug
                + "', which the file does not have");
      }
      regions.add(id);
    }
    pending.add(new Pending(g, regions, positions, record));
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  // ---- batches
  // --------------------------------------------------------------------------------------

  /** Writes the pending groups: their stored rows read in one query, then one batch per table. */
  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    Map<String, Pending> bySlug = new LinkedHashMap<>();
    for (Pending p : pending) {
      Pending earlier = bySlug.putIfAbsent(p.group().slug(), p);
      if (earlier != null) {
        throw bad(
            p.record(),
            "group slug '"
                + p.group().slug()
                + "' is used by an earlier group in the file (record "
                + earlier.record()
                + ")");
      }
    }
    Map<String, StoredRow> stored = new HashMap<>();
    h.createQuery(
            "SELECT g.id, g.slug, g.revision_id, g.removed, r.state FROM groups g"
                + " JOIN revisions r ON r.id = g.revision_id WHERE g.slug IN (<slugs>)")
        .bindList("slugs", new ArrayList<>(bySlug.keySet()))
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("slug"),
                    new StoredRow(
                        rs.getString("id"),
                        rs.getLong("revision_id"),
                        rs.getBoolean("removed"),
                        rs.getString("state"))))
        .forEach(e -> stored.put(e.getKey(), e.getValue()));
    Set<String> seen = new HashSet<>();
    if (hadLive && !stored.isEmpty()) {
      // groups listed unchanged keep their revision: an earlier record's is known by bulk_seen
      seen.addAll(
          h.createQuery("SELECT id FROM bulk_seen WHERE id IN (<ids>)")
              .bindList("ids", stored.values().stream().map(StoredRow::id).toList())
              .mapTo(String.class)
              .list());
    }
    List<Change> changes = new ArrayList<>();
    Map<String, Integer> order = new HashMap<>();
    Map<String, Map<String, Integer>> members = new HashMap<>();
    Map<String, List<Integer>> lines = new HashMap<>();
    Map<String, Integer> keptOrder = new HashMap<>();
    Map<String, Map<String, Integer>> keptMembers = new HashMap<>();
    Map<String, List<Integer>> keptLines = new HashMap<>();
    for (Pending p : pending) {
      Group g = p.group();
      StoredRow row = stored.get(g.slug());
      if (row != null && (row.revision() >= firstRevision || seen.contains(row.id()))) {
        throw bad(
            p.record(), "group slug '" + g.slug() + "' is used by an earlier group in the file");
      }
      String id = row != null ? row.id() : ids.next(EntityKind.GROUP);
      GroupState before =
          row == null ? null : (GroupState) StateJson.read(EntityKind.GROUP, row.state());
      GroupState state = GroupState.of(id, g, p.regions());
      if (g.meetingRules().isEmpty() && before != null) {
        // the files carry no organisers' rules: a group keeps the ones set here
        state = state.withMeetingRules(before.meetingRules());
      }
      boolean same = row != null && !row.removed() && state.equals(before);
      (same ? keptOrder : order).put(id, groupPosition++);
      for (int i = 0; i < p.regions().size(); i++) {
        String region = p.regions().get(i);
        int at =
            p.positions().isEmpty()
                ? nextInRegion.merge(region, 1, Integer::sum) - 1
                : p.positions().get(i);
        (same ? keptMembers : members).computeIfAbsent(region, k -> new HashMap<>()).put(id, at);
      }
      (same ? keptLines : lines).put(id, g.lines());
      if (same) {
        unchanged++;
      } else {
        changes.add(change(row, state));
      }
    }
    pending.clear();
    write(changes, new Layout(order, Map.of(), members, Map.of(), Map.of()));
    writeLines(changes, lines);
    if (!keptOrder.isEmpty()) {
      CurrentTables.arrange(h, new Layout(keptOrder, Map.of(), keptMembers, keptLines, Map.of()));
      CurrentTables.batch(
          h.prepareBatch("INSERT INTO bulk_seen (id) VALUES (:id)"),
          b -> keptOrder.keySet().forEach(id -> b.bind("id", id).add()));
    }
  }

  /** The change that makes a stored entity (or none) this state. */
  private Change change(@Nullable StoredRow stored, org.localgroups.revision.EntityState state) {
    if (stored == null) {
      created++;
      return new Change(0, RevisionKind.CREATE, state, false);
    }
    if (stored.removed()) {
      created++;
      return new Change(stored.revision(), RevisionKind.RESTORE, state, false);
    }
    changed++;
    return new Change(stored.revision(), RevisionKind.IMPORT, state, false);
  }

  /** Appends the changes' revisions and rewrites their current rows. */
  private void write(List<Change> changes, Layout layout) {
    if (changes.isEmpty()) {
      return;
    }
    Map<EntityRef, Long> made = HistoryTables.appendRevisions(h, changes, changeSet);
    revisions += made.size();
    if (retiredSlugs) {
      // a slug taken back from slug_history answers for its new owner, not with a redirect
      CurrentTables.batch(
          h.prepareBatch("DELETE FROM slug_history WHERE entity_kind = :kind AND slug = :slug"),
          b ->
              changes.stream()
                  .filter(c -> c.parent() == 0 && c.ref().kind() != EntityKind.INTRO)
                  .forEach(
                      c ->
                          b.bind("kind", c.ref().kind().name())
                              .bind("slug", c.state().slug())
                              .add()));
    }
    CurrentTables.write(h, changes, made, layout);
  }

  /** The source lines of changed groups (a JSON file carries them; a CSV file has none). */
  private void writeLines(List<Change> changes, Map<String, List<Integer>> lines) {
    CurrentTables.batch(
        h.prepareBatch("DELETE FROM group_lines WHERE group_id = :id"),
        b ->
            changes.stream()
                .filter(c -> c.parent() != 0)
                .forEach(c -> b.bind("id", c.ref().id()).add()));
    CurrentTables.batch(
        h.prepareBatch(
            "INSERT INTO group_lines (group_id, position, line) VALUES (:id, :position, :line)"),
        b ->
            changes.forEach(
                c -> {
                  List<Integer> of = lines.getOrDefault(c.ref().id(), List.of());
                  for (int i = 0; i < of.size(); i++) {
                    b.bind("id", c.ref().id()).bind("position", i).bind("line", of.get(i)).add();
                  }
                }));
  }

  // ---- the end
  // --------------------------------------------------------------------------------------

  /**
   * Writes the last batch; with replace, removes the live groups and regions the file did not list;
   * records the import run. The change set is dropped again when the file changed nothing.
   */
  BulkApplied finish() {
    flush();
    if (hadLive) {
      removeGroupsNotListed();
      removeRegionsNotListed();
      h.execute("DROP TABLE bulk_seen");
    }
    // a bulk import keeps no merge base: the next import of a page of this name starts afresh
    h.createUpdate("DELETE FROM import_bases WHERE source = :source")
        .bind("source", how.source())
        .execute();
    long id = changeSet;
    if (revisions == 0) {
      h.createUpdate("DELETE FROM change_sets WHERE id = :id").bind("id", changeSet).execute();
      id = 0;
    }
    long regions = regionIds.size();
    ImportRun run =
        ImportRuns.insert(
            h,
            dialect,
            now,
            new ImportRecord(
                how.report(records), Math.toIntExact(regions), Math.toIntExact(groups), "", ""),
            id);
    BulkApplied applied =
        new BulkApplied(
            how.dryRun() ? 0 : id,
            how.dryRun() ? Optional.empty() : Optional.of(run),
            records,
            regions,
            groups,
            created,
            changed,
            unchanged,
            removed);
    if (how.dryRun()) {
      throw new RolledBack(applied);
    }
    return applied;
  }

  private void removeGroupsNotListed() {
    while (true) {
      List<Change> gone =
          h.createQuery(
                  "SELECT g.revision_id, r.state FROM groups g JOIN revisions r ON r.id ="
                      + " g.revision_id WHERE g.removed = :no AND g.revision_id < :first"
                      + " AND NOT EXISTS (SELECT 1 FROM bulk_seen s WHERE s.id = g.id)"
                      + " ORDER BY g.id LIMIT "
                      + BATCH)
              .bind("no", false)
              .bind("first", firstRevision)
              .map(
                  (rs, ctx) ->
                      new Change(
                          rs.getLong("revision_id"),
                          RevisionKind.REMOVE,
                          StateJson.read(EntityKind.GROUP, rs.getString("state")),
                          true))
              .list();
      if (gone.isEmpty()) {
        return;
      }
      removed += gone.size();
      write(gone, Layout.NONE);
    }
  }

  private void removeRegionsNotListed() {
    Set<String> listed = new HashSet<>(regionIds.values());
    List<Change> gone = new ArrayList<>();
    for (StoredRow r : storedRegions.values()) {
      if (!r.removed() && !listed.contains(r.id())) {
        gone.add(
            new Change(
                r.revision(),
                RevisionKind.REMOVE,
                StateJson.read(EntityKind.REGION, r.state()),
                true));
      }
    }
    removed += gone.size();
    write(gone, Layout.NONE);
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------

  private static long count(Handle h, String sql) {
    return h.createQuery(sql).bind("no", false).mapTo(Long.class).one();
  }

  private static LocalGroupsException bad(long record, String what) {
    return LocalGroupsException.badInput(
        "Record " + record + ": " + what + "; nothing was imported.");
  }
}

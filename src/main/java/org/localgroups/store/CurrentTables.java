package org.localgroups.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.revision.Change;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.IntroState;
import org.localgroups.revision.Layout;
import org.localgroups.revision.RegionState;

/**
 * The current directory in its tables, keyed by id: what every read of the directory reads. Each
 * change of a change set rewrites its entity's rows; the layout (order, source lines) is updated
 * beside. Runs inside the caller's transaction.
 */
final class CurrentTables {
  private static final String PLACE_COLUMNS =
      "place_precision, place_name, place_country_code, place_admin1, place_latitude, place_longitude,"
          + " place_geoname_id, place_confidence, place_reason";
  private static final String PLACE_VALUES =
      ":place_precision, :place_name, :place_country_code, :place_admin1, :place_latitude, :place_longitude,"
          + " :place_geoname_id, :place_confidence, :place_reason";
  private static final String PLACE_UPDATES =
      String.join(
          ", ",
          List.of(PLACE_COLUMNS.split(",\\s*")).stream().map(c -> c + " = excluded." + c).toList());

  private CurrentTables() {}

  // ---- reading
  // --------------------------------------------------------------------------------------

  /** The live directory: groups and regions not removed, in the page's order. */
  static Directory read(Handle h) {
    String title =
        h.createQuery("SELECT title FROM directory_meta WHERE id = 1")
            .mapTo(String.class)
            .findOne()
            .orElse("");
    Map<Integer, List<Link>> introLinks = new HashMap<>();
    h.createQuery(
            "SELECT intro_position, kind, url, label, written FROM directory_intro_links"
                + " ORDER BY intro_position, position")
        .map((rs, ctx) -> Map.entry(rs.getInt("intro_position"), link(rs)))
        .forEach(
            e -> introLinks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<IntroLine> intro =
        h.createQuery("SELECT position, line FROM directory_intro ORDER BY position")
            .map(
                (rs, ctx) ->
                    new IntroLine(
                        rs.getString("line"),
                        introLinks.getOrDefault(rs.getInt("position"), List.of())))
            .list();
    Map<String, List<Link>> groupLinks =
        lists(
            h,
            "SELECT group_id AS owner, kind, url, label, written FROM"
                + " group_links ORDER BY group_id, position",
            (rs, ctx) -> link(rs));
    Map<String, List<String>> notes =
        lists(
            h,
            "SELECT group_id AS owner, note AS item FROM group_notes"
                + " ORDER BY group_id, position",
            (rs, ctx) -> rs.getString("item"));
    Map<String, List<String>> rules =
        lists(
            h,
            "SELECT group_id AS owner, rule AS item FROM group_meeting_rules"
                + " ORDER BY group_id, position",
            (rs, ctx) -> rs.getString("item"));
    Map<String, List<Integer>> lines =
        lists(
            h,
            "SELECT group_id AS owner, line AS item FROM group_lines"
                + " ORDER BY group_id, position",
            (rs, ctx) -> rs.getInt("item"));
    List<Group> groups =
        h.createQuery("SELECT * FROM groups WHERE removed = :no ORDER BY position, id")
            .bind("no", false)
            .map(
                (rs, ctx) -> {
                  String id = rs.getString("id");
                  return new Group(
                      id,
                      rs.getString("slug"),
                      rs.getString("name"),
                      rs.getString("description"),
                      groupLinks.getOrDefault(id, List.of()),
                      GroupStatus.valueOf(rs.getString("status")),
                      rs.getString("founded"),
                      rs.getString("meeting"),
                      notes.getOrDefault(id, List.of()),
                      place(rs),
                      lines.getOrDefault(id, List.of()),
                      rules.getOrDefault(id, List.of()));
                })
            .list();
    Map<String, List<Link>> resources =
        lists(
            h,
            "SELECT region_id AS owner, kind, url, label, written FROM"
                + " region_resources ORDER BY region_id, position",
            (rs, ctx) -> link(rs));
    Map<String, List<String>> members =
        lists(
            h,
            "SELECT rg.region_id AS owner, g.slug AS item FROM region_groups rg"
                + " JOIN groups g ON g.id = rg.group_id WHERE g.removed = :no ORDER BY rg.region_id, rg.position, g.position",
            (rs, ctx) -> rs.getString("item"),
            false);
    Map<String, String> slugs = new HashMap<>();
    // a live region under a removed one shows at the top level
    h.createQuery("SELECT id, slug FROM regions WHERE removed = :no")
        .bind("no", false)
        .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("slug")))
        .forEach(e -> slugs.put(e.getKey(), e.getValue()));
    List<Region> regions =
        h.createQuery("SELECT * FROM regions WHERE removed = :no ORDER BY position, id")
            .bind("no", false)
            .map(
                (rs, ctx) -> {
                  String id = rs.getString("id");
                  String parent = rs.getString("parent_id");
                  return new Region(
                      id,
                      rs.getString("slug"),
                      rs.getString("name"),
                      rs.getInt("level"),
                      parent == null ? "" : slugs.getOrDefault(parent, ""),
                      Region.RegionKind.valueOf(rs.getString("kind")),
                      place(rs),
                      resources.getOrDefault(id, List.of()),
                      members.getOrDefault(id, List.of()),
                      rs.getInt("line"));
                })
            .list();
    return new Directory(title, intro, regions, groups);
  }

  /** Each group's or region's current revision, by id, removed ones included. */
  static Map<String, Long> revisions(Handle h, EntityKind kind) {
    Map<String, Long> out = new HashMap<>();
    h.createQuery("SELECT id, revision_id FROM " + table(kind))
        .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getLong("revision_id")))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** One entity's current revision, 0 when it is not stored. */
  static long revision(Handle h, EntityRef ref) {
    if (ref.kind() == EntityKind.INTRO) {
      return h.createQuery("SELECT revision_id FROM directory_meta WHERE id = 1")
          .mapTo(Long.class)
          .findOne()
          .orElse(0L);
    }
    return h.createQuery("SELECT revision_id FROM " + table(ref.kind()) + " WHERE id = :id")
        .bind("id", ref.id())
        .mapTo(Long.class)
        .findOne()
        .orElse(0L);
  }

  // ---- writing
  // --------------------------------------------------------------------------------------

  /**
   * Rewrites the rows of each changed entity as its new state says, pointing at its new revision.
   *
   * @param revisionIds the revision each change made, by entity
   */
  static void write(
      Handle h, List<Change> changes, Map<EntityRef, Long> revisionIds, Layout layout) {
    List<Change> regions = new ArrayList<>();
    List<Change> groups = new ArrayList<>();
    for (Change c : changes) {
      switch (c.state()) {
        case IntroState intro ->
            writeIntro(h, intro, Objects.requireNonNull(revisionIds.get(c.ref())));
        case RegionState r -> regions.add(c);
        case GroupState g -> groups.add(c);
      }
    }
    writeRegions(h, regions, revisionIds, layout);
    writeGroups(h, groups, revisionIds, layout);
  }

  private static void writeIntro(Handle h, IntroState intro, long revision) {
    h.createUpdate(
            "INSERT INTO directory_meta (id, title, revision_id) VALUES (1, :title, :revision)"
                + " ON CONFLICT (id) DO UPDATE SET title = excluded.title, revision_id = excluded.revision_id")
        .bind("title", intro.title())
        .bind("revision", revision)
        .execute();
    h.execute("DELETE FROM directory_intro_links");
    h.execute("DELETE FROM directory_intro");
    batch(
        h.prepareBatch("INSERT INTO directory_intro (position, line) VALUES (:position, :line)"),
        b -> {
          for (int i = 0; i < intro.lines().size(); i++) {
            b.bind("position", i).bind("line", intro.lines().get(i).text()).add();
          }
        });
    batch(
        h.prepareBatch(
            "INSERT INTO directory_intro_links (intro_position, position, kind, url, label, written)"
                + " VALUES (:owner, :position, :kind, :url, :label, :written)"),
        b -> {
          for (int i = 0; i < intro.lines().size(); i++) {
            bindLinks(b, i, intro.lines().get(i).links());
          }
        });
  }

  private static void writeRegions(
      Handle h, List<Change> changes, Map<EntityRef, Long> revisionIds, Layout layout) {
    if (changes.isEmpty()) {
      return;
    }
    int[] next = {-1};
    PreparedBatch rows =
        h.prepareBatch(
            "INSERT INTO regions (id, slug, position, removed, revision_id, name, level,"
                + " parent_id, kind, "
                + PLACE_COLUMNS
                + ", line) VALUES (:id, :slug, :position, :removed, :revision, :name,"
                + " :level, :parent, :kind, "
                + PLACE_VALUES
                + ", :line) ON CONFLICT (id) DO UPDATE SET slug = excluded.slug,"
                + " removed = excluded.removed, revision_id = excluded.revision_id, name = excluded.name,"
                + " level = excluded.level, parent_id = excluded.parent_id, kind = excluded.kind, "
                + PLACE_UPDATES);
    for (Change c : changes) {
      RegionState r = (RegionState) c.state();
      Integer position = layout.regionOrder().get(r.id());
      bindPlace(rows, r.place())
          .bind("id", r.id())
          .bind("slug", r.slug())
          .bind("position", position != null ? position : nextPosition(h, "regions", next))
          .bind("removed", c.removed())
          .bind("revision", revisionIds.get(c.ref()))
          .bind("name", r.name())
          .bind("level", r.level())
          .bind("parent", r.parent().isEmpty() ? null : r.parent())
          .bind("kind", r.kind().name())
          .bind("line", layout.regionLines().getOrDefault(r.id(), 0))
          .add();
    }
    rows.execute();
    deleteOwned(h, "region_resources", "region_id", changes);
    batch(
        h.prepareBatch(
            "INSERT INTO region_resources (region_id, position, kind, url, label, written)"
                + " VALUES (:owner, :position, :kind, :url, :label, :written)"),
        b -> {
          for (Change c : changes) {
            bindLinks(b, c.ref().id(), ((RegionState) c.state()).resources());
          }
        });
  }

  private static void writeGroups(
      Handle h, List<Change> changes, Map<EntityRef, Long> revisionIds, Layout layout) {
    if (changes.isEmpty()) {
      return;
    }
    int[] next = {-1};
    PreparedBatch rows =
        h.prepareBatch(
            "INSERT INTO groups (id, slug, position, removed, revision_id, name,"
                + " description, status, founded, meeting, "
                + PLACE_COLUMNS
                + ") VALUES (:id, :slug, :position, :removed,"
                + " :revision, :name, :description, :status, :founded, :meeting, "
                + PLACE_VALUES
                + ") ON CONFLICT (id) DO"
                + " UPDATE SET slug = excluded.slug, removed = excluded.removed, revision_id = excluded.revision_id,"
                + " name = excluded.name, description = excluded.description, status = excluded.status,"
                + " founded = excluded.founded, meeting = excluded.meeting, "
                + PLACE_UPDATES);
    for (Change c : changes) {
      GroupState g = (GroupState) c.state();
      Integer position = layout.groupOrder().get(g.id());
      bindPlace(rows, g.placement())
          .bind("id", g.id())
          .bind("slug", g.slug())
          .bind("position", position != null ? position : nextPosition(h, "groups", next))
          .bind("removed", c.removed())
          .bind("revision", revisionIds.get(c.ref()))
          .bind("name", g.name())
          .bind("description", g.description())
          .bind("status", g.status().name())
          .bind("founded", g.founded())
          .bind("meeting", g.meeting())
          .add();
    }
    rows.execute();
    deleteOwned(h, "group_links", "group_id", changes);
    deleteOwned(h, "group_notes", "group_id", changes);
    deleteOwned(h, "group_meeting_rules", "group_id", changes);
    deleteOwned(h, "region_groups", "group_id", changes);
    batch(
        h.prepareBatch(
            "INSERT INTO group_links (group_id, position, kind, url, label, written)"
                + " VALUES (:owner, :position, :kind, :url, :label, :written)"),
        b -> {
          for (Change c : changes) {
            bindLinks(b, c.ref().id(), ((GroupState) c.state()).links());
          }
        });
    batch(
        h.prepareBatch(
            "INSERT INTO group_notes (group_id, position, note) VALUES (:owner, :position, :note)"),
        b -> {
          for (Change c : changes) {
            List<String> notes = ((GroupState) c.state()).notes();
            for (int i = 0; i < notes.size(); i++) {
              b.bind("owner", c.ref().id()).bind("position", i).bind("note", notes.get(i)).add();
            }
          }
        });
    batch(
        h.prepareBatch(
            "INSERT INTO group_meeting_rules (group_id, position, rule) VALUES (:owner, :position,"
                + " :rule)"),
        b -> {
          for (Change c : changes) {
            List<String> rules = ((GroupState) c.state()).meetingRules();
            for (int i = 0; i < rules.size(); i++) {
              b.bind("owner", c.ref().id()).bind("position", i).bind("rule", rules.get(i)).add();
            }
          }
        });
    Map<String, Integer> nextInRegion = new HashMap<>();
    batch(
        h.prepareBatch(
            "INSERT INTO region_groups (region_id, group_id, position) VALUES (:region, :group,"
                + " :position)"),
        b -> {
          for (Change c : changes) {
            if (c.removed()) {
              continue; // a removed group is listed nowhere; its last state keeps where it was
            }
            GroupState g = (GroupState) c.state();
            for (String region : g.regions()) {
              Integer position = layout.memberOrder().getOrDefault(region, Map.of()).get(g.id());
              if (position == null) {
                position =
                    nextInRegion.computeIfAbsent(
                        region,
                        r ->
                            h.createQuery(
                                    "SELECT COALESCE(MAX(position), -1) + 1 FROM region_groups WHERE region_id = :r")
                                .bind("r", r)
                                .mapTo(Integer.class)
                                .one());
                nextInRegion.put(region, position + 1);
              }
              b.bind("region", region).bind("group", g.id()).bind("position", position).add();
            }
          }
        });
  }

  /**
   * Where the page put things, for every entity it lists (changed or not): order, order within
   * regions, source lines. An entity the layout does not name keeps its place.
   */
  static void arrange(Handle h, Layout layout) {
    batch(
        h.prepareBatch("UPDATE groups SET position = :position WHERE id = :id"),
        b -> layout.groupOrder().forEach((id, p) -> b.bind("id", id).bind("position", p).add()));
    batch(
        h.prepareBatch("UPDATE regions SET position = :position, line = :line WHERE id = :id"),
        b ->
            layout
                .regionOrder()
                .forEach(
                    (id, p) ->
                        b.bind("id", id)
                            .bind("position", p)
                            .bind("line", layout.regionLines().getOrDefault(id, 0))
                            .add()));
    batch(
        h.prepareBatch(
            "UPDATE region_groups SET position = :position WHERE region_id = :region AND group_id = :group"),
        b ->
            layout
                .memberOrder()
                .forEach(
                    (region, members) ->
                        members.forEach(
                            (group, p) ->
                                b.bind("region", region)
                                    .bind("group", group)
                                    .bind("position", p)
                                    .add())));
    batch(
        h.prepareBatch("DELETE FROM group_lines WHERE group_id = :id"),
        b -> layout.groupLines().keySet().forEach(id -> b.bind("id", id).add()));
    batch(
        h.prepareBatch(
            "INSERT INTO group_lines (group_id, position, line) VALUES (:id, :position, :line)"),
        b ->
            layout
                .groupLines()
                .forEach(
                    (id, lines) -> {
                      for (int i = 0; i < lines.size(); i++) {
                        b.bind("id", id)
                            .bind("position", i)
                            .bind("line", lines.get(i).intValue())
                            .add();
                      }
                    }));
  }

  /**
   * Where things are now: every group's and region's position, the order within regions, source
   * lines.
   */
  static Layout layout(Handle h) {
    Map<String, Integer> groupOrder = new HashMap<>();
    h.createQuery("SELECT id, position FROM groups")
        .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getInt("position")))
        .forEach(e -> groupOrder.put(e.getKey(), e.getValue()));
    Map<String, Integer> regionOrder = new HashMap<>();
    Map<String, Integer> regionLines = new HashMap<>();
    h.createQuery("SELECT id, position, line FROM regions")
        .map((rs, ctx) -> List.of(rs.getString("id"), rs.getInt("position"), rs.getInt("line")))
        .forEach(
            row -> {
              regionOrder.put((String) row.get(0), (Integer) row.get(1));
              regionLines.put((String) row.get(0), (Integer) row.get(2));
            });
    Map<String, Map<String, Integer>> memberOrder = new HashMap<>();
    h.createQuery("SELECT region_id, group_id, position FROM region_groups")
        .map(
            (rs, ctx) ->
                List.of(rs.getString("region_id"), rs.getString("group_id"), rs.getInt("position")))
        .forEach(
            row ->
                memberOrder
                    .computeIfAbsent((String) row.get(0), k -> new HashMap<>())
                    .put((String) row.get(1), (Integer) row.get(2)));
    Map<String, List<Integer>> groupLines =
        lists(
            h,
            "SELECT group_id AS owner, line AS item FROM group_lines ORDER BY group_id, position",
            (rs, ctx) -> rs.getInt("item"));
    return new Layout(groupOrder, regionOrder, memberOrder, groupLines, regionLines);
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------

  static String table(EntityKind kind) {
    return switch (kind) {
      case GROUP -> "groups";
      case REGION -> "regions";
      case INTRO -> throw new IllegalArgumentException("the intro has no table of its own");
    };
  }

  /**
   * The next free position at the end of a table, read once (only when a change has no position in
   * the layout) and counted on in {@code next}.
   */
  private static int nextPosition(Handle h, String table, int[] next) {
    if (next[0] < 0) {
      next[0] =
          h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM " + table)
              .mapTo(Integer.class)
              .one();
    }
    return next[0]++;
  }

  /** Deletes the rows an entity owns, for the entities already stored (a new one owns none). */
  private static void deleteOwned(
      Handle h, String table, String ownerColumn, Collection<Change> changes) {
    batch(
        h.prepareBatch("DELETE FROM " + table + " WHERE " + ownerColumn + " = :id"),
        b ->
            changes.stream()
                .filter(c -> c.parent() != 0)
                .forEach(c -> b.bind("id", c.ref().id()).add()));
  }

  static Link link(ResultSet rs) throws SQLException {
    return new Link(
        LinkKind.valueOf(rs.getString("kind")),
        rs.getString("url"),
        rs.getString("label"),
        rs.getString("written"));
  }

  /** The items of a child table, by owner, each list in the query's order. */
  private static <T> Map<String, List<T>> lists(
      Handle h, String sql, RowMapper<T> item, Object... noRemoved) {
    Map<String, List<T>> byOwner = new HashMap<>();
    var query = h.createQuery(sql);
    if (noRemoved.length > 0) {
      query.bind("no", noRemoved[0]);
    }
    query
        .map(
            (rs, ctx) ->
                byOwner
                    .computeIfAbsent(rs.getString("owner"), k -> new ArrayList<>())
                    .add(item.map(rs, ctx)))
        .list();
    return byOwner;
  }

  static Placement place(ResultSet rs) throws SQLException {
    return new Placement(
        Placement.Precision.valueOf(rs.getString("place_precision")),
        rs.getString("place_name"),
        rs.getString("place_country_code"),
        rs.getString("place_admin1"),
        rs.getDouble("place_latitude"),
        rs.getDouble("place_longitude"),
        rs.getLong("place_geoname_id"),
        rs.getDouble("place_confidence"),
        rs.getString("place_reason"));
  }

  private static PreparedBatch bindPlace(PreparedBatch batch, Placement p) {
    return batch
        .bind("place_precision", p.precision().name())
        .bind("place_name", p.name())
        .bind("place_country_code", p.countryCode())
        .bind("place_admin1", p.admin1())
        .bind("place_latitude", p.latitude())
        .bind("place_longitude", p.longitude())
        .bind("place_geoname_id", p.geonameId())
        .bind("place_confidence", p.confidence())
        .bind("place_reason", p.reason());
  }

  private static void bindLinks(PreparedBatch batch, Object owner, List<Link> links) {
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      batch
          .bind("owner", owner)
          .bind("position", i)
          .bind("kind", l.kind().name())
          .bind("url", l.url())
          .bind("label", l.label())
          .bind("written", l.written())
          .add();
    }
  }

  static void batch(PreparedBatch batch, Consumer<PreparedBatch> rows) {
    rows.accept(batch);
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}

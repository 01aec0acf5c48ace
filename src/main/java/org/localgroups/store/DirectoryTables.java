package org.localgroups.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** The directory in its tables: written whole, read whole. Runs inside the caller's transaction. */
final class DirectoryTables {
  private static final String PLACE_COLUMNS =
      "place_precision, place_name, place_country_code, place_admin1, place_latitude, place_longitude,"
          + " place_geoname_id, place_confidence, place_reason";
  private static final String PLACE_VALUES =
      ":place_precision, :place_name, :place_country_code, :place_admin1, :place_latitude, :place_longitude,"
          + " :place_geoname_id, :place_confidence, :place_reason";

  /** Children before parents, so that no reference is ever left dangling. */
  private static final List<String> TABLES_TO_CLEAR =
      List.of(
          "region_groups",
          "region_resources",
          "group_links",
          "group_notes",
          "group_lines",
          "groups",
          "regions",
          "directory_intro_links",
          "directory_intro",
          "directory_meta");

  private DirectoryTables() {}

  static void clear(Handle h) {
    for (String table : TABLES_TO_CLEAR) {
      h.execute("DELETE FROM " + table);
    }
  }

  static void insert(Handle h, Directory d) {
    h.createUpdate("INSERT INTO directory_meta (id, title) VALUES (1, :title)")
        .bind("title", d.title())
        .execute();
    run(
        h.prepareBatch("INSERT INTO directory_intro (position, line) VALUES (:position, :line)"),
        batch -> {
          for (int i = 0; i < d.intro().size(); i++) {
            batch.bind("position", i).bind("line", d.intro().get(i).text()).add();
          }
        });
    run(
        h.prepareBatch(
            "INSERT INTO directory_intro_links (intro_position, position, kind, url, label, written)"
                + " VALUES (:intro, :position, :kind, :url, :label, :written)"),
        batch -> {
          for (int i = 0; i < d.intro().size(); i++) {
            List<Link> links = d.intro().get(i).links();
            for (int j = 0; j < links.size(); j++) {
              Link l = links.get(j);
              batch
                  .bind("intro", i)
                  .bind("position", j)
                  .bind("kind", l.kind().name())
                  .bind("url", l.url())
                  .bind("label", l.label())
                  .bind("written", l.written())
                  .add();
            }
          }
        });
    insertGroups(h, d.groups());
    insertRegions(h, d.regions());
  }

  private static void insertGroups(Handle h, List<Group> groups) {
    run(
        h.prepareBatch(
            "INSERT INTO groups (slug, position, name, description, status, founded, meeting, "
                + PLACE_COLUMNS
                + ") VALUES (:slug, :position, :name, :description, :status, :founded, :meeting, "
                + PLACE_VALUES
                + ")"),
        batch -> {
          for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            bindPlace(batch, g.placement())
                .bind("slug", g.slug())
                .bind("position", i)
                .bind("name", g.name())
                .bind("description", g.description())
                .bind("status", g.status().name())
                .bind("founded", g.founded())
                .bind("meeting", g.meeting())
                .add();
          }
        });
    run(
        h.prepareBatch(
            "INSERT INTO group_links (group_slug, position, kind, url, label, written)"
                + " VALUES (:owner, :position, :kind, :url, :label, :written)"),
        batch -> {
          for (Group g : groups) {
            bindLinks(batch, g.slug(), g.links());
          }
        });
    run(
        h.prepareBatch(
            "INSERT INTO group_notes (group_slug, position, note) VALUES (:slug, :position, :note)"),
        batch -> {
          for (Group g : groups) {
            for (int i = 0; i < g.notes().size(); i++) {
              batch.bind("slug", g.slug()).bind("position", i).bind("note", g.notes().get(i)).add();
            }
          }
        });
    run(
        h.prepareBatch(
            "INSERT INTO group_lines (group_slug, position, line) VALUES (:slug, :position, :line)"),
        batch -> {
          for (Group g : groups) {
            for (int i = 0; i < g.lines().size(); i++) {
              batch
                  .bind("slug", g.slug())
                  .bind("position", i)
                  .bind("line", g.lines().get(i).intValue())
                  .add();
            }
          }
        });
  }

  private static void insertRegions(Handle h, List<Region> regions) {
    // In order: a region's parent comes before it, and the schema checks the reference.
    run(
        h.prepareBatch(
            "INSERT INTO regions (slug, position, name, level, parent_slug, kind, "
                + PLACE_COLUMNS
                + ", line) VALUES (:slug, :position, :name, :level, :parent, :kind, "
                + PLACE_VALUES
                + ", :line)"),
        batch -> {
          for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            bindPlace(batch, r.place())
                .bind("slug", r.slug())
                .bind("position", i)
                .bind("name", r.name())
                .bind("level", r.level())
                .bind("parent", r.parentSlug().isEmpty() ? null : r.parentSlug())
                .bind("kind", r.kind().name())
                .bind("line", r.line())
                .add();
          }
        });
    run(
        h.prepareBatch(
            "INSERT INTO region_resources (region_slug, position, kind, url, label, written)"
                + " VALUES (:owner, :position, :kind, :url, :label, :written)"),
        batch -> {
          for (Region r : regions) {
            bindLinks(batch, r.slug(), r.resources());
          }
        });
    run(
        h.prepareBatch(
            "INSERT INTO region_groups (region_slug, position, group_slug) VALUES (:region, :position, :group)"),
        batch -> {
          for (Region r : regions) {
            for (int i = 0; i < r.groupSlugs().size(); i++) {
              batch
                  .bind("region", r.slug())
                  .bind("position", i)
                  .bind("group", r.groupSlugs().get(i))
                  .add();
            }
          }
        });
  }

  static Directory read(Handle h) {
    String title =
        h.createQuery("SELECT title FROM directory_meta WHERE id = 1")
            .mapTo(String.class)
            .findOne()
            .orElse("");
    Map<Integer, List<Link>> introLinks = new java.util.HashMap<>();
    h.createQuery(
            "SELECT intro_position, kind, url, label, written FROM directory_intro_links"
                + " ORDER BY intro_position, position")
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getInt("intro_position"),
                    new Link(
                        LinkKind.valueOf(rs.getString("kind")),
                        rs.getString("url"),
                        rs.getString("label"),
                        rs.getString("written"))))
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
    Map<String, List<Link>> groupLinks = links(h, "group_links", "group_slug");
    Map<String, List<String>> notes =
        lists(
            h,
            "SELECT group_slug AS owner, note AS item FROM group_notes ORDER BY group_slug, position",
            (rs, ctx) -> rs.getString("item"));
    Map<String, List<Integer>> lines =
        lists(
            h,
            "SELECT group_slug AS owner, line AS item FROM group_lines ORDER BY group_slug, position",
            (rs, ctx) -> rs.getInt("item"));
    List<Group> groups =
        h.createQuery("SELECT * FROM groups ORDER BY position")
            .map(
                (rs, ctx) -> {
                  String slug = rs.getString("slug");
                  return new Group(
                      slug,
                      rs.getString("name"),
                      rs.getString("description"),
                      groupLinks.getOrDefault(slug, List.of()),
                      GroupStatus.valueOf(rs.getString("status")),
                      rs.getString("founded"),
                      rs.getString("meeting"),
                      notes.getOrDefault(slug, List.of()),
                      place(rs),
                      lines.getOrDefault(slug, List.of()));
                })
            .list();
    Map<String, List<Link>> resources = links(h, "region_resources", "region_slug");
    Map<String, List<String>> members =
        lists(
            h,
            "SELECT region_slug AS owner, group_slug AS item FROM region_groups ORDER BY region_slug, position",
            (rs, ctx) -> rs.getString("item"));
    List<Region> regions =
        h.createQuery("SELECT * FROM regions ORDER BY position")
            .map(
                (rs, ctx) -> {
                  String slug = rs.getString("slug");
                  String parent = rs.getString("parent_slug");
                  return new Region(
                      slug,
                      rs.getString("name"),
                      rs.getInt("level"),
                      parent == null ? "" : parent,
                      Region.RegionKind.valueOf(rs.getString("kind")),
                      place(rs),
                      resources.getOrDefault(slug, List.of()),
                      members.getOrDefault(slug, List.of()),
                      rs.getInt("line"));
                })
            .list();
    return new Directory(title, intro, regions, groups);
  }

  private static Map<String, List<Link>> links(Handle h, String table, String ownerColumn) {
    return lists(
        h,
        "SELECT "
            + ownerColumn
            + " AS owner, kind, url, label, written FROM "
            + table
            + " ORDER BY "
            + ownerColumn
            + ", position",
        (rs, ctx) ->
            new Link(
                LinkKind.valueOf(rs.getString("kind")),
                rs.getString("url"),
                rs.getString("label"),
                rs.getString("written")));
  }

  /** The items of a child table, by owner, each list in position order. */
  private static <T> Map<String, List<T>> lists(Handle h, String sql, RowMapper<T> item) {
    Map<String, List<T>> byOwner = new HashMap<>();
    h.createQuery(sql)
        .map(
            (rs, ctx) ->
                byOwner
                    .computeIfAbsent(rs.getString("owner"), k -> new ArrayList<>())
                    .add(item.map(rs, ctx)))
        .list();
    return byOwner;
  }

  private static Placement place(ResultSet rs) throws SQLException {
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

  private static void bindLinks(PreparedBatch batch, String owner, List<Link> links) {
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

  private static void run(PreparedBatch batch, java.util.function.Consumer<PreparedBatch> rows) {
    rows.accept(batch);
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}

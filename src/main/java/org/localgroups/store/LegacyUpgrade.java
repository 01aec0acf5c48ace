package org.localgroups.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.Region;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Layout;
import org.localgroups.revision.Merge;
import org.localgroups.revision.Origin;
import org.localgroups.revision.Stored;

/**
 * A database written before revisions were kept (schema V1/V2) holds one snapshot, which migration
 * V3 renamed to {@code legacy_*}. On opening, that directory becomes the store's first change set,
 * attributed to the upgrade and to the source of the last import (so that importing that page again
 * merges against it), and the legacy tables are dropped, in one transaction: nothing is lost, and
 * an interrupted upgrade is simply run again.
 */
final class LegacyUpgrade {
  /** Children before parents, so that no reference is ever left dangling. */
  private static final List<String> LEGACY_TABLES =
      List.of(
          "legacy_region_groups",
          "legacy_region_resources",
          "legacy_group_links",
          "legacy_group_notes",
          "legacy_group_lines",
          "legacy_groups",
          "legacy_regions",
          "legacy_directory_intro_links",
          "legacy_directory_intro",
          "legacy_directory_meta");

  static final String AUTHOR = "upgrade";

  private LegacyUpgrade() {}

  static boolean needed(Handle h, Dialect dialect) {
    return dialect.tableExists(h, "legacy_groups");
  }

  /**
   * Turns the legacy snapshot into the first change set (with the write lock held), then drops it.
   */
  static void run(Handle h, Dialect dialect, BiConsumer<ChangeSet, Layout> apply) {
    Directory legacy = read(h);
    if (!legacy.groups().isEmpty() || !legacy.regions().isEmpty()) {
      String source =
          h.createQuery("SELECT source FROM import_runs ORDER BY id DESC LIMIT 1")
              .mapTo(String.class)
              .findOne()
              .orElse("");
      Merge.Plan plan = Merge.plan(legacy, Stored.empty(), Ids.random(), Merge.Mode.REPLACE);
      ChangeSet set =
          new ChangeSet(
              Origin.IMPORT,
              AUTHOR,
              "the directory as stored before revisions were kept",
              Optional.empty(),
              source,
              "",
              plan.changes(),
              plan.layout(),
              Optional.of(plan.base()));
      apply.accept(set, plan.layout());
    }
    for (String table : LEGACY_TABLES) {
      h.execute("DROP TABLE " + table);
    }
  }

  /** The snapshot as the V1 reader read it. */
  private static Directory read(Handle h) {
    String title =
        h.createQuery("SELECT title FROM legacy_directory_meta WHERE id = 1")
            .mapTo(String.class)
            .findOne()
            .orElse("");
    Map<Integer, List<Link>> introLinks = new HashMap<>();
    h.createQuery(
            "SELECT intro_position, kind, url, label, written FROM legacy_directory_intro_links"
                + " ORDER BY intro_position, position")
        .map((rs, ctx) -> Map.entry(rs.getInt("intro_position"), CurrentTables.link(rs)))
        .forEach(
            e -> introLinks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<IntroLine> intro =
        h.createQuery("SELECT position, line FROM legacy_directory_intro ORDER BY position")
            .map(
                (rs, ctx) ->
                    new IntroLine(
                        rs.getString("line"),
                        introLinks.getOrDefault(rs.getInt("position"), List.of())))
            .list();
    Map<String, List<Link>> links = new HashMap<>();
    h.createQuery(
            "SELECT group_slug, kind, url, label, written FROM legacy_group_links ORDER BY group_slug, position")
        .map((rs, ctx) -> Map.entry(rs.getString("group_slug"), CurrentTables.link(rs)))
        .forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<String, List<String>> notes = new HashMap<>();
    h.createQuery("SELECT group_slug, note FROM legacy_group_notes ORDER BY group_slug, position")
        .map((rs, ctx) -> Map.entry(rs.getString("group_slug"), rs.getString("note")))
        .forEach(e -> notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<String, List<Integer>> lines = new HashMap<>();
    h.createQuery("SELECT group_slug, line FROM legacy_group_lines ORDER BY group_slug, position")
        .map((rs, ctx) -> Map.entry(rs.getString("group_slug"), rs.getInt("line")))
        .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<Group> groups =
        h.createQuery("SELECT * FROM legacy_groups ORDER BY position")
            .map(
                (rs, ctx) -> {
                  String slug = rs.getString("slug");
                  return new Group(
                      slug,
                      rs.getString("name"),
                      rs.getString("description"),
                      links.getOrDefault(slug, List.of()),
                      GroupStatus.valueOf(rs.getString("status")),
                      rs.getString("founded"),
                      rs.getString("meeting"),
                      notes.getOrDefault(slug, List.of()),
                      CurrentTables.place(rs),
                      lines.getOrDefault(slug, List.of()));
                })
            .list();
    Map<String, List<Link>> resources = new HashMap<>();
    h.createQuery(
            "SELECT region_slug, kind, url, label, written FROM legacy_region_resources"
                + " ORDER BY region_slug, position")
        .map((rs, ctx) -> Map.entry(rs.getString("region_slug"), CurrentTables.link(rs)))
        .forEach(
            e -> resources.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<String, List<String>> members = new HashMap<>();
    h.createQuery(
            "SELECT region_slug, group_slug FROM legacy_region_groups ORDER BY region_slug, position")
        .map((rs, ctx) -> Map.entry(rs.getString("region_slug"), rs.getString("group_slug")))
        .forEach(
            e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<Region> regions =
        h.createQuery("SELECT * FROM legacy_regions ORDER BY position")
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
                      CurrentTables.place(rs),
                      resources.getOrDefault(slug, List.of()),
                      members.getOrDefault(slug, List.of()),
                      rs.getInt("line"));
                })
            .list();
    return new Directory(title, intro, regions, groups);
  }
}

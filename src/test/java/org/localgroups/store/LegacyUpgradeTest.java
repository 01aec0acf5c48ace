package org.localgroups.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Origin;
import org.localgroups.revision.RevisionKind;

/**
 * A database written before revisions were kept opens with its directory intact, as the first
 * change set.
 */
class LegacyUpgradeTest {
  @TempDir Path folder;

  /** A V2 database (one snapshot) holding one region with one group, as the old store wrote it. */
  static void writeLegacy(String url, String locations, String user) throws SQLException {
    Flyway.configure().dataSource(url, user, "").locations(locations).target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      String place =
          "'CITY', 'Kraków', 'PL', 'Lesser Poland', 50.06143, 19.93658, 3094802, 0.9, 'name'";
      s.execute("INSERT INTO directory_meta (id, title) VALUES (1, 'Old page')");
      s.execute(
          "INSERT INTO directory_intro (position, line) VALUES (0, 'Groups before revisions')");
      s.execute(
          "INSERT INTO regions (slug, position, name, level, parent_slug, kind, place_precision, place_name,"
              + " place_country_code, place_admin1, place_latitude, place_longitude, place_geoname_id, place_confidence,"
              + " place_reason, line) VALUES ('poland', 0, 'Poland', 1, NULL, 'COUNTRY', "
              + place
              + ", 3)");
      s.execute(
          "INSERT INTO groups (slug, position, name, description, status, founded, meeting, place_precision,"
              + " place_name, place_country_code, place_admin1, place_latitude, place_longitude, place_geoname_id,"
              + " place_confidence, place_reason) VALUES ('pykrakow', 0, 'PyKrakow', 'Cracow users', 'ACTIVE', '2012',"
              + " 'monthly', "
              + place
              + ")");
      s.execute(
          "INSERT INTO group_links (group_slug, position, kind, url, label, written) VALUES"
              + " ('pykrakow', 0, 'WEBSITE', 'http://pykrakow.org/', 'PyKrakow', 'http://pykrakow.org/')");
      s.execute(
          "INSERT INTO group_notes (group_slug, position, note) VALUES ('pykrakow', 0, 'a note')");
      s.execute("INSERT INTO group_lines (group_slug, position, line) VALUES ('pykrakow', 0, 5)");
      s.execute(
          "INSERT INTO region_groups (region_slug, position, group_slug) VALUES ('poland', 0, 'pykrakow')");
      s.execute(
          "INSERT INTO import_runs (source, format, at, line_count, regions, groups, unused_lines, changed)"
              + " VALUES ('Old.moin', 'moin', "
              + (url.contains("sqlite") ? "'2026-01-01T00:00:00Z'" : "now()")
              + ", 9, 1, 1, 0, "
              + (url.contains("sqlite") ? "1" : "true")
              + ")");
    }
  }

  static void assertUpgraded(DirectoryStore store) {
    Directory d = store.directory();
    assertThat(d.title()).isEqualTo("Old page");
    assertThat(d.intro()).extracting(i -> i.text()).containsExactly("Groups before revisions");
    Group g = d.group("pykrakow").orElseThrow();
    assertThat(g.id()).isNotEmpty();
    assertThat(g.description()).isEqualTo("Cracow users");
    assertThat(g.notes()).containsExactly("a note");
    assertThat(g.lines()).containsExactly(5);
    assertThat(g.links())
        .singleElement()
        .extracting(l -> l.url())
        .isEqualTo("http://pykrakow.org/");
    assertThat(d.region("poland").orElseThrow().groupSlugs()).containsExactly("pykrakow");
    assertThat(store.changeSet(1).orElseThrow().origin()).isEqualTo(Origin.IMPORT);
    assertThat(store.changeSet(1).orElseThrow().author()).isEqualTo(LegacyUpgrade.AUTHOR);
    assertThat(store.changeSet(1).orElseThrow().source()).isEqualTo("Old.moin");
    assertThat(store.history(EntityRef.group(g.id()), 5, 0))
        .extracting(r -> r.kind())
        .containsExactly(RevisionKind.CREATE);
    // the old run is still listed, and the page's base is the old snapshot: importing it again
    // changes nothing
    assertThat(store.importRuns()).extracting(ImportRun::source).containsExactly("Old.moin");
    assertThat(store.stored("Old.moin").base()).containsKey(EntityRef.group(g.id()));
  }

  @Test
  void aSnapshotDatabaseOpensWithItsDirectoryAsTheFirstChangeSet() throws Exception {
    String url = "jdbc:sqlite:" + folder.resolve(Stores.SQLITE_FILE);
    writeLegacy(url, "classpath:db/migration/sqlite", "");
    try (DirectoryStore store = Stores.sqlite(folder)) {
      assertUpgraded(store);
    }
    try (DirectoryStore again = Stores.sqlite(folder)) {
      assertThat(again.version()).isEqualTo(1);
      assertThat(again.directory().groups()).extracting(Group::slug).isEqualTo(List.of("pykrakow"));
    }
    try (Connection c = DriverManager.getConnection(url);
        var rs =
            c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'legacy_%'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("legacy tables left").isZero();
    }
  }
}

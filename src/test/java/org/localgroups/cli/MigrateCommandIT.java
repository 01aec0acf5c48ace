package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.tiers.PostgresTier;

/**
 * {@code localgroups migrate}: the seed with a history of edits, from the embedded SQLite file to
 * this machine's PostgreSQL (a schema of its own) and back; every table's rows, the directory, its
 * past and the history of a group read the same on both; a target that is not empty is refused and
 * left as it was.
 */
@PostgresTier
class MigrateCommandIT {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  @TempDir Path tmp;
  private String schema;
  private String url;

  @BeforeEach
  void schema() throws SQLException {
    schema = "lg_migrate_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    url = SERVER + "&currentSchema=" + schema;
  }

  @AfterEach
  void drop() throws SQLException {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Run ok(String... args) {
    Run r = Run.of(args);
    assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  /** Every table's row count, read straight from the database. */
  private static Map<String, Long> counts(String jdbcUrl) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl)) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String t = rs.getString("TABLE_NAME").toLowerCase();
          if (!t.equals("flyway_schema_history") && !t.startsWith("sqlite_")) {
            tables.add(t);
          }
        }
      }
      for (String t : tables) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
          rs.next();
          out.put(t, rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static String sqliteUrl(Path folder) {
    return "jdbc:sqlite:" + folder.resolve("localgroups.db");
  }

  /** What the directory says, now and in the past, the same however it is stored. */
  private static List<String> views(String... where) {
    List<String> out = new ArrayList<>();
    out.add(ok(concat(List.of("export", "--format", "json"), where)).out());
    out.add(ok(concat(List.of("export", "--format", "csv"), where)).out());
    out.add(ok(concat(List.of("export", "--format", "moin", "--at", "1"), where)).out());
    out.add(ok(concat(List.of("history", "pykonik"), where)).out());
    out.add(ok(concat(List.of("history", "gothpy"), where)).out());
    return out;
  }

  private static String[] concat(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void theWholeStoreGoesToPostgresAndBackAndReadsTheSame() throws Exception {
    Path sqlite = tmp.resolve("sqlite");
    String[] fromSqlite = {"--data", sqlite.toString()};
    ok(concat(List.of("import", SEED.toString()), fromSqlite));
    ok(
        concat(
            List.of(
                "edit",
                "pykonik",
                "--set",
                "description=Kraków's Python evenings",
                "--author",
                "ana",
                "--comment",
                "shorter"),
            fromSqlite));
    ok(concat(List.of("remove", "gothpy", "--author", "bo", "--comment", "closed"), fromSqlite));
    List<String> before = views(fromSqlite);
    Map<String, Long> rows = counts(sqliteUrl(sqlite));
    assertThat(rows.get("change_sets")).isEqualTo(3);

    Run migrated = ok(concat(List.of("migrate", "--to", url), fromSqlite));
    assertThat(migrated.out()).contains("change_sets: 3").contains("Copied ");
    assertThat(counts(url)).isEqualTo(rows);
    assertThat(views("--database-url", url)).isEqualTo(before);
    // the source is as it was
    assertThat(counts(sqliteUrl(sqlite))).isEqualTo(rows);

    // the copy goes on from where the source was: an import adds a change set and an import run
    Path renamed = tmp.resolve("renamed.moin");
    Files.writeString(
        renamed,
        Files.readString(SEED, StandardCharsets.UTF_8)
            .replace("|Pykonik]] - Cracow's", "|Smoczyca Pykonik]] - Cracow's"),
        StandardCharsets.UTF_8);
    ok("import", renamed.toString(), "--database-url", url);
    Map<String, Long> grown = counts(url);
    assertThat(grown.get("change_sets")).isEqualTo(4);
    assertThat(grown.get("import_runs")).isEqualTo(rows.get("import_runs") + 1);

    // a second migration into the same database is refused, and changes nothing there
    Run again = Run.of(concat(List.of("migrate", "--to", url), fromSqlite));
    assertThat(again.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(again.err()).contains("The target database is not empty");
    assertThat(counts(url)).isEqualTo(grown);

    // and back, into a new data folder
    Path back = tmp.resolve("back");
    ok("migrate", "--database-url", url, "--to-data", back.toString());
    assertThat(counts(sqliteUrl(back))).isEqualTo(grown);
    assertThat(views("--data", back.toString())).isEqualTo(views("--database-url", url));
  }

  @Test
  void aTargetThatIsNotPostgresOrIsTheSourceItselfIsRefused() {
    Path sqlite = tmp.resolve("sqlite");
    ok("import", SEED.toString(), "--data", sqlite.toString());
    Run mysql = Run.of("migrate", "--data", sqlite.toString(), "--to", "jdbc:mysql://127.0.0.1/x");
    assertThat(mysql.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(mysql.err()).contains("--to takes a PostgreSQL JDBC URL");
    Run self = Run.of("migrate", "--data", sqlite.toString(), "--to-data", sqlite.toString());
    assertThat(self.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(self.err()).contains("the source's own data folder");
    // and a backup copies the embedded file only: PostgreSQL has its own tools
    Run backup = Run.of("backup", tmp.resolve("pg.db").toString(), "--database-url", url);
    assertThat(backup.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(backup.err()).contains("pg_dump");
    assertThat(tmp.resolve("pg.db")).doesNotExist();
    Run neither = Run.of("migrate", "--data", sqlite.toString());
    assertThat(neither.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
  }
}

package org.localgroups.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.localgroups.curate.Curator;
import org.localgroups.curate.Editor;
import org.localgroups.curate.ImportOptions;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.Ids;
import org.localgroups.revision.StateJson;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sqlite.SQLiteConfig;

/**
 * Issue 8: one edit committed, on SQLite (WAL, synchronous=FULL, as {@code Stores.sqlite} opens it)
 * and on the PostgreSQL at 127.0.0.1:5432 (a schema of its own, dropped after): {@code Editor.edit}
 * of one group's description (the seed page imported first; the groups taken in turn), which reads
 * the group and the directory, checks the base revision and commits a change set with its revision
 * and the group's current rows. Baseline of the same run: a bare INSERT, committed, of one row of
 * the same size (a text as long as one revision's state) into a scratch table of the same database,
 * on a plain JDBC connection with the same settings. SampleTime prints the median (p0.50) and
 * p0.99. Run with {@code bin/bench EditBench}; {@code -p database=sqlite} for one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m", "--enable-native-access=ALL-UNNAMED"})
public class EditBench {
  static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = System.getProperty("localgroups.pg.user", "postgres");

  @Param({"sqlite", "postgres"})
  public String database;

  private Path folder;
  private String schema = "";
  private DirectoryStore store;
  private Editor editor;
  private List<String> slugs;
  private Connection plain;
  private PreparedStatement insert;
  private String row;
  private long n;

  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    folder = Files.createTempDirectory("localgroups-editbench");
    if (database.equals("sqlite")) {
      store = Stores.sqlite(folder);
      var config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      plain =
          DriverManager.getConnection(
              "jdbc:sqlite:" + folder.resolve(Stores.SQLITE_FILE), config.toProperties());
      try (Statement s = plain.createStatement()) {
        s.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT");
        System.out.println(
            "EditBench: SQLite synchronous="
                + setting(s, "PRAGMA synchronous")
                + " (2 = FULL), journal_mode="
                + setting(s, "PRAGMA journal_mode"));
      }
    } else {
      schema = "lg_editbench_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection c = DriverManager.getConnection(POSTGRES, USER, "");
          Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      String url = POSTGRES + "?currentSchema=" + schema;
      store = Stores.postgres(url, USER, "");
      plain = DriverManager.getConnection(url, USER, "");
      try (Statement s = plain.createStatement()) {
        s.execute("CREATE TABLE scratch (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)");
        System.out.println(
            "EditBench: PostgreSQL synchronous_commit="
                + setting(s, "SHOW synchronous_commit")
                + ", fsync="
                + setting(s, "SHOW fsync"));
      }
    }
    var gazetteer = GeoNamesGazetteer.bundled();
    new Curator(store, gazetteer, Ids.random())
        .importPage(
            new PageReader()
                .read(Path.of("src/main/resources/seed/LocalUserGroups.moin"), PageFormat.AUTO, ""),
            ImportOptions.MERGE);
    editor = new Editor(store, gazetteer, Ids.random());
    slugs = store.directory().groups().stream().map(Group::slug).toList();
    // The state an edit writes as its revision, the bulk of what it adds to the database.
    row =
        StateJson.write(
            store
                .entity(store.find(EntityKind.GROUP, slugs.getFirst()).orElseThrow())
                .orElseThrow()
                .state());
    insert = plain.prepareStatement("INSERT INTO scratch (payload) VALUES (?)");
    System.out.println("EditBench: baseline row of " + row.length() + " characters");
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException, IOException {
    insert.close();
    plain.close();
    store.close();
    if (!schema.isEmpty()) {
      try (Connection c = DriverManager.getConnection(POSTGRES, USER, "");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
    try (var files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public Editor.Edited edit() {
    long i = n++;
    return editor.edit(
        slugs.get((int) (i % slugs.size())),
        description("edited by EditBench, " + i),
        0,
        new Editor.Attribution("bench", "one edit"));
  }

  /**
   * What every edit reads besides its group: the whole current directory ({@code Editor.edit} looks
   * up the region of a move in it, moved or not).
   */
  @Benchmark
  public Directory readDirectory() {
    return store.directory();
  }

  @Benchmark
  public int bareInsert() throws SQLException {
    insert.setString(1, row);
    return insert.executeUpdate();
  }

  static String setting(Statement s, String query) throws SQLException {
    try (ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }

  static Editor.GroupFields description(String text) {
    Editor.GroupFields none = Editor.GroupFields.none();
    return new Editor.GroupFields(
        none.name(),
        Optional.of(text),
        none.status(),
        none.founded(),
        none.meeting(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }
}

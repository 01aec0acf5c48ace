package org.localgroups.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.LocalGroupsException;
import org.localgroups.LocalGroupsException.Kind;
import org.sqlite.SQLiteConfig.TransactionMode;

/** The store contract on SQLite in a temporary folder, and how the SQLite store fails. */
class SqliteDirectoryStoreTest extends DirectoryStoreContract {
  private static final Duration SHORT_BUSY_TIMEOUT = Duration.ofMillis(300);

  private final ReadOnly readOnly = new ReadOnly();

  /** Folders of the tests below; removed by JUnit after {@link #undoReadOnly()}. */
  @TempDir Path tmp;

  @Override
  protected Fixture newFixture() throws IOException {
    return sqliteFixture();
  }

  /** A store in a new temp folder, deleted on close. */
  static Fixture sqliteFixture() throws IOException {
    Path folder = Files.createTempDirectory("localgroups-store-test");
    DirectoryStore store = Stores.sqlite(folder);
    return new Fixture() {
      @Override
      public DirectoryStore store() {
        return store;
      }

      @Override
      public DirectoryStore openAnother() {
        return Stores.sqlite(folder);
      }

      @Override
      public void close() throws IOException {
        store.close();
        deleteTree(folder);
      }
    };
  }

  @AfterEach
  void undoReadOnly() throws Exception {
    readOnly.close();
  }

  @Test
  void commitsWaitForTheDiskInTheWriteAheadLog() throws Exception {
    for (var mode : List.of(TransactionMode.DEFERRED, TransactionMode.IMMEDIATE)) {
      try (Connection c =
              Stores.sqliteSource(tmp.resolve("sync.db"), SHORT_BUSY_TIMEOUT, mode)
                  .getConnection();
          Statement s = c.createStatement()) {
        // synchronous=FULL (2): each commit is on the disk before it returns, power cut included;
        // NORMAL (1) in WAL mode would survive a killed process but not a power cut.
        assertThat(pragma(s, "synchronous")).as(mode.name()).isEqualTo("2");
        assertThat(pragma(s, "journal_mode")).as(mode.name()).isEqualTo("wal");
      }
    }
  }

  @Test
  void readsNegativeZeroBackAsZero() {
    // SQLite stores a REAL with no fraction as an integer, which has no sign: -0.0 comes back as
    // 0.0.
    // PostgreSQL keeps it. The same point on the map either way; see the report.
    var place =
        new org.localgroups.directory.Placement(
            org.localgroups.directory.Placement.Precision.CITY,
            "Null Island",
            "",
            "",
            -0.0,
            0.0,
            0,
            1,
            "");
    var group =
        new org.localgroups.directory.Group(
            "null-island",
            "Null Island PUG",
            "",
            java.util.List.of(),
            org.localgroups.directory.GroupStatus.ACTIVE,
            "",
            "",
            java.util.List.of(),
            place,
            java.util.List.of());
    save(
        new org.localgroups.directory.Directory(
            "", java.util.List.of(), java.util.List.of(), java.util.List.of(group)));
    assertThat(Saving.read(store).groups().get(0).placement().latitude())
        .isEqualTo(0.0)
        .isNotNegative();
  }

  // ---- files and folders ----

  @Test
  void createsTheDataFolderAndTheDatabaseFile() throws Exception {
    Path folder = tmp.resolve("nested/data");
    try (DirectoryStore s = Stores.sqlite(folder)) {
      Saving.save(s, Directories.sample(), Directories.reportFor("x", Directories.sample()));
    }
    assertThat(folder.resolve("localgroups.db")).isRegularFile();
    try (DirectoryStore s = Stores.sqlite(folder)) {
      assertThat(Saving.read(s)).isEqualTo(Directories.sample());
    }
  }

  @Test
  void aReadOnlyDatabaseFileIsUnavailableAndKeepsItsDirectory() throws Exception {
    Path folder = savedFolder();
    Path file = folder.resolve("localgroups.db");
    readOnly.make(file);

    assertUnavailable(() -> Stores.sqlite(folder), file);

    readOnly.close();
    assertStillHoldsSample(folder);
  }

  @Test
  void aReadOnlyDataFolderIsUnavailableAndKeepsItsDirectory() throws Exception {
    Path folder = savedFolder();
    readOnly.make(folder);

    assertUnavailable(() -> Stores.sqlite(folder), folder.resolve("localgroups.db"));

    readOnly.close();
    assertStillHoldsSample(folder);
  }

  @Test
  void anEmptyFolderThatIsNotWritableIsUnavailable() throws Exception {
    Path folder = Files.createDirectory(tmp.resolve("data"));
    readOnly.make(folder);

    assertUnavailable(() -> Stores.sqlite(folder), folder.resolve("localgroups.db"));

    readOnly.close();
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aDataFolderThatCannotBeCreatedIsUnavailable() throws Exception {
    Path parent = Files.createDirectory(tmp.resolve("parent"));
    readOnly.make(parent);
    Path folder = parent.resolve("data");

    assertUnavailable(() -> Stores.sqlite(folder), folder);

    readOnly.close();
    assertThat(folder).doesNotExist();
  }

  @Test
  void aDataFolderThatIsAFileIsUnavailable() throws Exception {
    Path parent = Files.createDirectory(tmp.resolve("parent"));
    Path file = Files.writeString(parent.resolve("data"), "not a folder");

    assertUnavailable(() -> Stores.sqlite(file), file);
    assertUnavailable(() -> Stores.sqlite(file.resolve("below")), file);
    assertThat(file).hasContent("not a folder");
  }

  @Test
  void aFileThatIsNotADatabaseIsUnavailable() throws Exception {
    Path folder = Files.createDirectory(tmp.resolve("data"));
    Path file = Files.writeString(folder.resolve("localgroups.db"), "x".repeat(4096));

    assertUnavailable(() -> Stores.sqlite(folder), file);
    assertThat(file).hasContent("x".repeat(4096));
  }

  // ---- locks ----

  @Test
  void aWriteLockHeldByAnotherConnectionMakesSavingUnavailableAndChangesNothing() throws Exception {
    Path folder = savedFolder();
    Path file = folder.resolve("localgroups.db");
    try (DirectoryStore s = Stores.sqlite(folder, SHORT_BUSY_TIMEOUT);
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = other.createStatement()) {
      ImportRun before = s.importRuns().get(0);
      st.execute("BEGIN IMMEDIATE");
      st.execute("UPDATE directory_meta SET title = 'half-written' WHERE id = 1");

      assertUnavailable(
          () ->
              Saving.save(s, Directories.other(), Directories.reportFor("y", Directories.other())),
          file);
      // WAL: readers go on while another connection writes, and see the last committed directory.
      assertThat(Saving.read(s)).isEqualTo(Directories.sample());

      st.execute("ROLLBACK");
      assertThat(Saving.read(s)).isEqualTo(Directories.sample());
      assertThat(s.importRuns()).containsExactly(before);
      assertThat(
              Saving.save(s, Directories.other(), Directories.reportFor("y", Directories.other()))
                  .changed())
          .isTrue();
    }
  }

  @Test
  void aWriteLockHeldByAnotherProcessMakesSavingUnavailableAndChangesNothing() throws Exception {
    Path folder = savedFolder();
    Path file = folder.resolve("localgroups.db");
    Process holder = childJvm(HoldWriteLock.class, file.toString());
    try (DirectoryStore s = Stores.sqlite(folder, SHORT_BUSY_TIMEOUT);
        Writer in = holder.outputWriter(StandardCharsets.UTF_8);
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      String said = out.readLine();
      while (said != null && !said.equals("locked") && !said.startsWith("failed")) {
        said = out.readLine(); // a driver's log line, say
      }
      assertThat(said).isEqualTo("locked");

      assertUnavailable(
          () ->
              Saving.save(s, Directories.other(), Directories.reportFor("y", Directories.other())),
          file);
      assertThat(Saving.read(s)).isEqualTo(Directories.sample());

      in.write("rollback\n");
      in.flush();
      assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(holder.exitValue()).isZero();
      assertThat(Saving.read(s)).isEqualTo(Directories.sample());
      assertThat(s.importRuns()).hasSize(1);
    } finally {
      holder.destroyForcibly();
    }
  }

  // ---- crashes ----

  @Test
  void aProcessKilledWhileSavingLeavesTheOldOrTheNewDirectoryWhole() throws Exception {
    Path folder = savedFolder();
    Process child = childJvm(SaveForever.class, folder.toString());
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int saved = 0;
      for (String line = out.readLine(); line != null && saved < 7; line = out.readLine()) {
        if (line.startsWith("saved ")) {
          saved++;
        }
      }
      assertThat(saved).as("saves before the kill").isEqualTo(7);
      // SIGKILL, most likely in the middle of the next save: no shutdown hook, no rollback by the
      // process.
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    try (DirectoryStore s = Stores.sqlite(folder)) {
      List<ImportRun> runs = s.importRuns();
      assertThat(runs).hasSizeGreaterThanOrEqualTo(8);
      // The newest recorded run says which directory is stored: the run and its directory were one
      // transaction.
      String newest = runs.get(0).source();
      int i = Integer.parseInt(newest.substring("run-".length()));
      assertThat(Saving.read(s)).isEqualTo(i % 2 == 0 ? Directories.other() : Directories.sample());
      assertThat(s.report(runs.get(0).id())).isPresent();
    }
  }

  // ---- helpers ----

  private static String pragma(Statement s, String name) throws java.sql.SQLException {
    try (var rs = s.executeQuery("PRAGMA " + name)) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  /**
   * Another process: the main class in a JVM like this one, with its output and errors on one
   * stream.
   */
  private static Process childJvm(Class<?> main, String argument) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(), "-cp", System.getProperty("java.class.path"), main.getName(), argument)
        .redirectErrorStream(true)
        .start();
  }

  /** A new folder whose database holds the sample directory, with the store closed again. */
  private Path savedFolder() throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("saved"));
    try (DirectoryStore s = Stores.sqlite(folder)) {
      Saving.save(
          s,
          Directories.sample(),
          Directories.reportFor("LocalUserGroups.moin", Directories.sample()));
    }
    return folder;
  }

  private static void assertStillHoldsSample(Path folder) throws IOException {
    try (DirectoryStore s = Stores.sqlite(folder)) {
      assertThat(Saving.read(s)).isEqualTo(Directories.sample());
      assertThat(s.importRuns()).hasSize(1);
    }
  }

  private static void assertUnavailable(ThrowingCallable call, Path named) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.getMessage())
                  .contains(named.toAbsolutePath().normalize().toString())
                  .endsWith(".");
              assertThat(e.getMessage().lines().count()).isEqualTo(1);
            });
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

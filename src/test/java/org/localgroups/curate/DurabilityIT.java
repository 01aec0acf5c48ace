package org.localgroups.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.directory.Group;
import org.localgroups.revision.EntityKind;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.localgroups.tiers.DurabilityTier;
import org.sqlite.SQLiteConfig;

/**
 * Issue 8, durability: a process that edits and imports is SIGKILLed at random moments, {@value
 * #DEFAULT_KILLS} times on SQLite and as many on PostgreSQL (the two loops run side by side), and
 * after each kill the store holds every change the process acknowledged, no change set
 * half-applied, every revision's parent, and (SQLite) passes its integrity check; see {@link
 * KillLoop}, {@link ChangeStream} and {@link StoreAudit}. The random choices come from one seed,
 * printed, and replayed with {@code -Dlocalgroups.durability.seed=N}; {@code
 * -Dlocalgroups.durability.kills=N} sets the number of kills.
 */
@DurabilityTier
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class DurabilityIT {
  static final int DEFAULT_KILLS = 200;
  static final int KILLS = Integer.getInteger("localgroups.durability.kills", DEFAULT_KILLS);
  static final long SEED =
      Long.getLong("localgroups.durability.seed", new SecureRandom().nextLong());

  /** How long each loop's kills may take: well above what they take on a loaded machine. */
  private static final Duration LIMIT = Duration.ofMinutes(20);

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String USER = System.getProperty("localgroups.pg.user", "postgres");

  @TempDir static Path work;
  private static long started;
  private static String schema = "";
  private static ExecutorService loops = Executors.newFixedThreadPool(2);
  private static CompletableFuture<KillLoop.Result> sqlite = new CompletableFuture<>();
  private static CompletableFuture<KillLoop.Result> postgres = new CompletableFuture<>();

  @BeforeAll
  static void killOnBothDatabasesAtOnce() throws Exception {
    started = System.nanoTime();
    System.out.println("DurabilityIT: seed " + SEED + ", " + KILLS + " kills per database");
    ChildJvm jvm = ChildJvm.prepare(Files.createDirectories(work.resolve("jvm")));
    schema = "lg_durability_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    execute("CREATE SCHEMA " + schema + "_training");
    String url = POSTGRES + "?currentSchema=" + schema;
    // One training run per store, side by side: each store's driver goes into its own cache.
    CompletableFuture<ChildJvm> sqliteJvm =
        CompletableFuture.supplyAsync(
            () -> train(jvm, "sqlite", List.of("sqlite", work.resolve("training").toString())),
            loops);
    CompletableFuture<ChildJvm> postgresJvm =
        CompletableFuture.supplyAsync(
            () ->
                train(
                    jvm,
                    "postgres",
                    List.of("postgres", POSTGRES + "?currentSchema=" + schema + "_training", USER)),
            loops);
    ChildJvm onSqliteJvm = join(sqliteJvm);
    ChildJvm onPostgresJvm = join(postgresJvm);
    System.out.printf(
        "DurabilityIT: training runs %.1f s, ahead-of-time cache %s%n",
        seconds(started), onSqliteJvm.cached() ? "used" : "not available on this JDK");

    Path folder = work.resolve("sqlite");
    Path file = folder.resolve(Stores.SQLITE_FILE);
    var onSqlite =
        new KillLoop(
            "sqlite",
            onSqliteJvm,
            List.of("sqlite", folder.toString()),
            new StoreAudit(() -> readOnlySqlite(file), true),
            SEED,
            KILLS,
            LIMIT,
            work.resolve("sqlite.log"));
    var onPostgres =
        new KillLoop(
            "postgres",
            onPostgresJvm,
            List.of("postgres", url, USER),
            new StoreAudit(() -> readOnlyPostgres(url), false),
            SEED + 1,
            KILLS,
            LIMIT,
            work.resolve("postgres.log"));
    sqlite = CompletableFuture.supplyAsync(() -> run(onSqlite), loops);
    postgres = CompletableFuture.supplyAsync(() -> run(onPostgres), loops);
  }

  @AfterAll
  static void reportAndDropSchema() throws SQLException {
    loops.shutdownNow();
    System.out.printf(
        "DurabilityIT: %.1f s in all (training, both loops side by side, checks)%n",
        seconds(started));
    if (!schema.isEmpty()) {
      execute("DROP SCHEMA " + schema + " CASCADE");
      execute("DROP SCHEMA " + schema + "_training CASCADE");
    }
  }

  @Test
  void sqliteKeepsEveryAcknowledgedChangeThroughSigkills() throws Exception {
    KillLoop.Result result = join(sqlite);
    assertWorked(result);
    try (DirectoryStore store = Stores.sqlite(work.resolve("sqlite"))) {
      assertReadable(store);
    }
  }

  @Test
  void postgresKeepsEveryAcknowledgedChangeThroughSigkills() throws Exception {
    KillLoop.Result result = join(postgres);
    assertWorked(result);
    try (DirectoryStore store = Stores.postgres(POSTGRES + "?currentSchema=" + schema, USER, "")) {
      assertReadable(store);
    }
  }

  /** The loop killed as often as asked and saw both kinds of change acknowledged many times. */
  private static void assertWorked(KillLoop.Result result) {
    System.out.println("DurabilityIT: " + result.summary());
    assertThat(result.kills()).isEqualTo(KILLS);
    assertThat(result.edits()).as(result.summary()).isGreaterThanOrEqualTo(KILLS);
    assertThat(result.imports()).as(result.summary()).isGreaterThanOrEqualTo(KILLS / 20);
  }

  /** The store opens as the application opens it, and reads its directory and history. */
  private static void assertReadable(DirectoryStore store) {
    List<Group> groups = store.directory().groups();
    assertThat(groups).isNotEmpty();
    Group first = groups.getFirst();
    var ref = store.find(EntityKind.GROUP, first.slug()).orElseThrow();
    assertThat(store.history(ref, 1, 0).getFirst().id())
        .isEqualTo(store.entity(ref).orElseThrow().revision());
  }

  /** A short run of the child on a store of its own that ends by itself, to train its JVM. */
  private static ChildJvm train(ChildJvm jvm, String name, List<String> store) {
    List<String> arguments = new ArrayList<>(store);
    arguments.addAll(List.of("train", String.valueOf(SEED), "12"));
    try {
      return jvm.trained(name, arguments, work.resolve(name + "-training.log"));
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  private static KillLoop.Result run(KillLoop loop) {
    try {
      return loop.run();
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  private static <T> T join(CompletableFuture<T> loop) throws Exception {
    try {
      return loop.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static Optional<Connection> readOnlySqlite(Path file) throws SQLException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    var config = new SQLiteConfig();
    // Read-only: the check neither checkpoints nor rolls back what the killed process left.
    config.setReadOnly(true);
    config.setBusyTimeout(10_000);
    return Optional.of(DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties()));
  }

  private static Optional<Connection> readOnlyPostgres(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url, USER, "");
    c.setReadOnly(true);
    return Optional.of(c);
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(POSTGRES, USER, "")) {
      c.createStatement().execute(sql);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}

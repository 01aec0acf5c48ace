package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localgroups.cli.PostgresServing.execute;
import static org.localgroups.cli.PostgresServing.get;
import static org.localgroups.cli.PostgresServing.url;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.tiers.PostgresTier;

/**
 * {@code serve --replica-url} (issue 11 §6): the directory is read from a read replica when it has
 * caught up with the primary, and from the primary while it lags, so a change made on the primary
 * is on the very next page even when the replica has not received it yet.
 *
 * <p>The replica here is a second schema of the test database filled by {@code localgroups migrate}
 * (a copy of every row, the same change-set numbers), which is what a streaming replica holds; the
 * test alters one name in the copy only, without a change set, so that a page tells which database
 * it was read from.
 */
@PostgresTier
class ReplicaIT {
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  @TempDir Path tmp;

  private final String primary = "lg_primary_" + UUID.randomUUID().toString().replace("-", "");
  private final String replica = "lg_replica_" + UUID.randomUUID().toString().replace("-", "");

  @BeforeEach
  void schemas() throws SQLException {
    execute("CREATE SCHEMA " + primary);
  }

  @AfterEach
  void drop() throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + primary + " CASCADE");
    execute("DROP SCHEMA IF EXISTS " + replica + " CASCADE");
  }

  /**
   * The replica made anew as a copy of the primary, with Pykonik's name marked in the copy only.
   */
  private void replicate() throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + replica + " CASCADE");
    execute("CREATE SCHEMA " + replica);
    Run copied = Run.of("migrate", "--database-url", url(primary), "--to", url(replica));
    assertThat(copied.exit()).as(copied.err()).isZero();
    execute("UPDATE " + replica + ".groups SET name = 'Pykonik (replica)' WHERE name = 'Pykonik'");
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void readsComeFromTheReplicaWhenItHasCaughtUpAndFromThePrimaryWhileItLags() throws Exception {
    Run seeded = Run.of("import", SEED.toString(), "--database-url", url(primary));
    assertThat(seeded.exit()).as(seeded.err()).isZero();
    replicate();
    try (ServeProcess serve =
        ServeProcess.start(
            tmp.resolve("data"),
            "--database-url",
            url(primary),
            "--replica-url",
            url(replica),
            "--log-format",
            "off")) {
      int port = serve.port();
      // the replica has the primary's version: the directory is the replica's
      assertThat(get(port, "/api/groups?q=Pykonik")).contains("Pykonik (replica)");

      // a change on the primary that the replica has not received
      Path renamed = tmp.resolve("renamed.moin");
      Files.writeString(
          renamed,
          Files.readString(SEED, StandardCharsets.UTF_8).replace("|PyWaw]]", "|PyWaw Mermaid]]"),
          StandardCharsets.UTF_8);
      Run changed = Run.of("import", renamed.toString(), "--database-url", url(primary));
      assertThat(changed.exit()).as(changed.err()).isZero();
      String lagging = get(port, "/api/groups?q=Mermaid");
      assertThat(lagging)
          .as("the very next request, while the replica lags: read from the primary")
          .contains("PyWaw Mermaid");
      assertThat(get(port, "/api/groups?q=Pykonik"))
          .contains("\"Pykonik\"")
          .doesNotContain("(replica)");

      // the replica catches up: reads go back to it
      // a second change on the primary makes the server read again; the replica has it too
      Files.writeString(
          renamed,
          Files.readString(SEED, StandardCharsets.UTF_8).replace("|PyWaw]]", "|PyWaw Kraken]]"),
          StandardCharsets.UTF_8);
      Run again = Run.of("import", renamed.toString(), "--database-url", url(primary));
      assertThat(again.exit()).as(again.err()).isZero();
      replicate();
      assertThat(get(port, "/api/groups?q=Pykonik")).contains("Pykonik (replica)");
      assertThat(get(port, "/api/groups?q=Kraken")).contains("PyWaw Kraken");
    }
  }

  @Test
  void aReplicaWithoutThePrimaryOrWithoutTheSchemaIsRefusedWithAReason() throws Exception {
    Run noPrimary =
        Run.of("serve", "--port", "0", "--data", tmp.toString(), "--replica-url", url(replica));
    assertThat(noPrimary.exit()).isNotZero();
    assertThat(noPrimary.err()).contains("--replica-url").contains("--database-url");

    Run seeded = Run.of("import", SEED.toString(), "--database-url", url(primary));
    assertThat(seeded.exit()).as(seeded.err()).isZero();
    execute("CREATE SCHEMA " + replica);
    Run empty =
        Run.of(
            "serve", "--port", "0", "--database-url", url(primary), "--replica-url", url(replica));
    assertThat(empty.exit()).isNotZero();
    assertThat(empty.err()).contains("read replica").contains("cannot be read");

    Run mysql =
        Run.of(
            "serve",
            "--port",
            "0",
            "--database-url",
            url(primary),
            "--replica-url",
            "jdbc:mysql://127.0.0.1/test");
    assertThat(mysql.exit()).isNotZero();
    assertThat(mysql.err()).contains("PostgreSQL JDBC URL");
  }
}

package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localgroups.cli.PostgresServing.execute;
import static org.localgroups.cli.PostgresServing.get;
import static org.localgroups.cli.PostgresServing.url;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.tiers.PostgresTier;

/**
 * Several stateless web instances on one PostgreSQL (issue 11 §6): two {@code serve} processes on
 * the same database; a change made by a third process (the CLI) shows in both instances' pages,
 * search and near results on the very next request (the issue asks within 2 s), because each
 * request asks the store's version (one indexed read) and an instance reads the directory again
 * when it grew.
 */
@PostgresTier
class TwoInstancesIT {
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  @TempDir Path tmp;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void aChangeThroughOneProcessShowsInBothInstancesWithinTwoSeconds() throws Exception {
    String schema = "lg_two_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    String url = url(schema);
    try {
      Run seeded = Run.of("import", SEED.toString(), "--database-url", url);
      assertThat(seeded.exit()).as(seeded.err()).isZero();
      try (ServeProcess one =
              ServeProcess.start(tmp.resolve("one"), "--database-url", url, "--log-format", "off");
          ServeProcess two =
              ServeProcess.start(
                  tmp.resolve("two"), "--database-url", url, "--log-format", "off")) {
        List<Integer> ports = List.of(one.port(), two.port());
        for (int port : ports) {
          assertThat(get(port, "/api/groups?q=Pykonik")).contains("Pykonik");
          assertThat(get(port, "/api/groups?q=Smoczyca")).doesNotContain("Smoczyca");
        }

        // the page renamed by another process: an import through the command line
        Path renamed = tmp.resolve("renamed.moin");
        Files.writeString(
            renamed,
            Files.readString(SEED, StandardCharsets.UTF_8)
                .replace("|Pykonik]] - Cracow's", "|Smoczyca Pykonik]] - Cracow's"),
            StandardCharsets.UTF_8);
        Run changed = Run.of("import", renamed.toString(), "--database-url", url);
        assertThat(changed.exit()).as(changed.err()).isZero();
        // Each request asks the store's version and reads the directory again when it grew, so the
        // very next request to either instance shows the change: well within the 2 s,
        // however busy the machine (a wait measured in seconds here would only measure the load).
        for (int port : ports) {
          String search = get(port, "/api/groups?q=Smoczyca");
          assertThat(search)
              .as("the first search on the instance at port %d after the change", port)
              .contains("Smoczyca Pykonik");
          // its page, and the near results, of the same version
          String near = get(port, "/api/near?q=" + "Cracow");
          assertThat(near).contains("Smoczyca Pykonik");
          assertThat(get(port, "/regions")).contains("Smoczyca Pykonik");
        }
      }
    } finally {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}

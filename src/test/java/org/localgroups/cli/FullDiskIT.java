package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.tiers.DiskTier;
import org.localgroups.web.WebConfig;

/**
 * Issue 13 §6: the database on a full disk. The test mounts a 4 MB tmpfs of its own (as root;
 * {@code bin/test} checks up front that it can), imports the seed onto it, fills it up to 16 KB
 * free (less than SQLite's 32 KB shared-memory index), and then: a write says the disk is full
 * (exit 5); export and serve still read the directory.
 */
@DiskTier
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class FullDiskIT {
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");
  private static final int SEED_GROUPS = 201;
  private static final long LEFT_FREE_BYTES = 16 * 1024;

  @TempDir static Path tmp;
  private static Path disk;
  private static Path data;
  private static String exportedBefore;

  @BeforeAll
  static void mountImportAndFill() throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
    String mounted = command("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", disk);
    if (!mounted.isEmpty()) {
      disk = null;
      throw new IllegalStateException(
          "The full-disk test cannot mount a small tmpfs ("
              + mounted
              + "): it needs root (bin/test checks this before building), or opt out with"
              + " -Dlocalgroups.skip=disk.");
    }
    data = disk.resolve("data");
    Run imported = run("import", SEED.toString(), "--data", data.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    exportedBefore = exportJson().out();
    fill(disk);
    assertThat(Files.getFileStore(disk).getUsableSpace()).isLessThan(32 * 1024);
  }

  @AfterAll
  static void unmount() throws Exception {
    if (disk != null) {
      String unmounted = command("umount", disk);
      if (!unmounted.isEmpty()) {
        command("umount", "-l", disk);
      }
    }
  }

  @Test
  void aWriteSaysTheDiskIsFullAndChangesNothing() throws Exception {
    Path page =
        Files.writeString(
            tmp.resolve("other.moin"),
            "= Europe =\n== Poland ==\n * [[http://pykonik.org|Pykonik]] - Kraków's group\n");
    Run run = run("import", page.toString(), "--data", data.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(Main.EXIT_UNAVAILABLE);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("localgroups: ")
        .contains("disk holding it is full")
        .contains("KB free")
        .doesNotContain("permissions")
        .doesNotContain("Exception");
    assertThat(exportJson().out()).isEqualTo(exportedBefore);
  }

  @Test
  void exportStillReadsTheDirectory() {
    Run export = exportJson();
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).isEqualTo(exportedBefore);
  }

  @Test
  void exportToAFileOnTheFullDiskSaysWhy() {
    Path target = disk.resolve("export.json");
    Run run = run("export", "--format", "json", "-o", target.toString(), "--data", data.toString());
    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("No space left on device").doesNotContain("Exception");
    assertThat(target).doesNotExist();
  }

  @Test
  void serveStillServesTheDirectory() throws Exception {
    try (LocalGroupsServer server =
        LocalGroupsServer.start(data, "", "127.0.0.1", 0, WebConfig.defaults())) {
      assertThat(server.seeded()).isFalse();
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      JsonNode health =
          new ObjectMapper()
              .readTree(
                  http.send(
                          HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body());
      assertThat(health.path("groups").asInt()).isEqualTo(SEED_GROUPS);
      for (String page : List.of("/", "/groups/pykonik", "/api/near?q=Cracow")) {
        var answer =
            http.send(
                HttpRequest.newBuilder(URI.create(base + page)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(page).isEqualTo(200);
      }
      var export =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/export/json")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(export.body()).isEqualTo(exportedBefore);
    }
  }

  // ---- helpers ----

  private static Run exportJson() {
    return run("export", "--format", "json", "--data", data.toString());
  }

  private static Run run(String... args) {
    return Run.of(args);
  }

  /** Writes zeros until the disk is full, then frees {@link #LEFT_FREE_BYTES} of them. */
  private static void fill(Path disk) throws IOException {
    Path filler = disk.resolve("filler");
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      assertThat(full.getMessage()).contains("No space left on device");
    }
    try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
      file.setLength(Math.max(0, file.length() - LEFT_FREE_BYTES));
    }
  }

  /** Runs a command; "" when it succeeded, else what it said. */
  private static String command(Object... words) throws IOException, InterruptedException {
    List<String> command = java.util.Arrays.stream(words).map(String::valueOf).toList();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "timed out";
    }
    return p.exitValue() == 0 ? "" : output.isEmpty() ? "exit " + p.exitValue() : output;
  }
}

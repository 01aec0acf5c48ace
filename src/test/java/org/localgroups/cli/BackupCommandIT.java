package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code localgroups backup}: a copy of the embedded database that opens as a data folder of its
 * own and reads the same, history and all; an existing file is never overwritten.
 */
class BackupCommandIT {
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  @TempDir Path tmp;

  private static Run ok(String... args) {
    Run r = Run.of(args);
    assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  @Test
  void theCopyOpensAsADataFolderAndReadsTheSame() throws Exception {
    String data = tmp.resolve("data").toString();
    ok("import", SEED.toString(), "--data", data);
    ok("remove", "gothpy", "--author", "bo", "--comment", "closed", "--data", data);
    Path copy = Files.createDirectories(tmp.resolve("copy")).resolve("localgroups.db");

    Run backup = ok("backup", copy.toString(), "--data", data);
    assertThat(backup.out()).startsWith("Backed up ").contains("(change set 2)");
    assertThat(Files.list(copy.getParent()).map(p -> p.getFileName().toString()))
        .as("no partial file left beside it")
        .containsExactly("localgroups.db");

    String restored = copy.getParent().toString();
    for (String[] view :
        new String[][] {
          {"export", "--format", "json"},
          {"export", "--format", "moin", "--at", "1"},
          {"history", "gothpy"}
        }) {
      assertThat(ok(concat(view, "--data", restored)).out())
          .isEqualTo(ok(concat(view, "--data", data)).out());
    }
  }

  @Test
  void anExistingFileOrAMissingFolderIsRefusedAndLeftAsItWas() throws Exception {
    String data = tmp.resolve("data").toString();
    ok("import", SEED.toString(), "--data", data);
    Path existing = Files.writeString(tmp.resolve("earlier.db"), "an earlier backup");

    Run refused = Run.of("backup", existing.toString(), "--data", data);
    assertThat(refused.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(refused.err()).contains("already exists");
    assertThat(Files.readString(existing)).isEqualTo("an earlier backup");

    Run noFolder = Run.of("backup", tmp.resolve("no/such/x.db").toString(), "--data", data);
    assertThat(noFolder.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(noFolder.err()).contains("does not exist: create it first");
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}

package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code localgroups import-history} on the command line: a small history made here with JGit (six
 * groups, a spam revision, its revert, an edit) replayed with its progress and summary, run again
 * to no effect; and every refusal (not git, no such path, no such branch) with one message, its
 * exit code, and the stored directory, revisions and runs byte-for-byte as they were.
 */
class ImportHistoryCommandIT {
  private static final Path BUNDLE =
      Path.of("src/test/resources/wikihistory/LocalUserGroups-history.bundle");
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  private static final String PAGE =
      """
      = Europe =
      == Poland ==
       * [[http://pywaw.org|PyWaw]] - Warsaw Python User Group
       * [[http://pykonik.org|Pykonik]] - Kraków Python User Group
      == Germany ==
       * [[http://pycologne.de|PyCologne]] - Python User Group Köln
       * [[http://python-hamburg.de|Python Hamburg]] - Hamburg
      == France ==
       * [[http://pyparis.org|PyParis]] - Paris
       * [[http://pylyon.org|PyLyon]] - Lyon
      """;

  private static final String SPAM = "Look! Only now! Discounts!\n";

  @TempDir Path tmp;

  private static Path seeded;
  private static String seededState;

  @BeforeAll
  static void importTheSeed() throws Exception {
    seeded = Files.createTempDirectory("localgroups-history-cli");
    Run run = Run.of("import", SEED.toString(), "--data", seeded.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    seededState = state(seeded);
  }

  @Test
  void replaysAHistorySkippingTheSpamAndPrintsTheSummary() throws Exception {
    Path repo = tmp.resolve("wiki");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, PAGE, "ana", "six groups\n\nMirror-Commit: 1234", 1);
      commit(git, SPAM, "spammer", "Look! Only now!", 2);
      commit(git, PAGE, "bob", "revert spam", 3);
      commit(git, PAGE.replace("PyLyon]] - Lyon", "PyLyon]] - Lyon, monthly"), "ana", "Lyon", 4);
    }
    Path data = tmp.resolve("data");

    Run run = Run.of("import-history", repo.toString(), "--data", data.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.getFirst())
        .isEqualTo(
            "Replaying Groups.moin from "
                + repo
                + " (HEAD): 4 revisions, 1970-01-11 to 1970-02-10");
    assertThat(lines)
        .contains(
            "  4/4 revisions (1970-02-10)",
            "  2 applied, 1 unchanged, 1 skipped as vandalism, 0 skipped as not a directory,"
                + " 0 imported before",
            "  2 change sets; groups: 6 created, 1 edited",
            "Skipped as vandalism:");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "  #2 [0-9a-f]{10} 1970-01-21 spammer: page replaced: it lists 0 groups where"
                            + " the last revision replayed listed 6"));
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).matches("Replayed 4 revisions of Groups.moin in .*"));

    Run again = Run.of("import-history", repo.toString(), "--data", data.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out())
        .contains(
            "  0 applied, 0 unchanged, 0 skipped as vandalism, 0 skipped as not a directory,"
                + " 4 imported before",
            "  0 change sets; groups: none changed");
    Run history = Run.of("export", "--format", "json", "--data", data.toString());
    assertThat(history.out()).contains("Lyon, monthly");
  }

  @Test
  void resumesAfterNewCommitsJudgingThemAgainstTheLastRevisionReplayedBefore() throws Exception {
    Path repo = tmp.resolve("wiki");
    Path data = tmp.resolve("data");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, PAGE, "ana", "six groups", 1);
      Run first = Run.of("import-history", repo.toString(), "--data", data.toString());
      assertThat(first.out()).contains("  1 applied, 0 unchanged, 0 skipped as vandalism");
      commit(git, SPAM, "spammer", "Look! Only now!", 2);
      commit(git, PAGE, "bob", "revert spam", 3);
    }

    Run resumed = Run.of("import-history", repo.toString(), "--data", data.toString());

    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.out())
        .contains(
            "  0 applied, 1 unchanged, 1 skipped as vandalism, 0 skipped as not a directory,"
                + " 1 imported before",
            "listed 6");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource({
    "NOT_GIT, '', 2, is not a git bundle or repository",
    "PLAIN_FOLDER, '', 2, is a folder but not a git repository",
    "MISSING, '', 3, no such file or folder",
    "BUNDLE, --path=Nope.moin, 3, has no file Nope.moin on HEAD; its files there: LocalUserGroups.moin",
    "BUNDLE, --branch=trunk, 3, has no branch trunk; its branches: main",
  })
  void refusesWithOneMessageAndChangesNothing(String what, String option, int exit, String message)
      throws Exception {
    Path source =
        switch (what) {
          case "NOT_GIT" -> Files.writeString(tmp.resolve("history.bundle"), "not a bundle\n");
          case "PLAIN_FOLDER" -> Files.createDirectories(tmp.resolve("folder"));
          case "MISSING" -> tmp.resolve("missing.bundle");
          default -> BUNDLE;
        };
    List<String> args =
        new java.util.ArrayList<>(
            List.of("import-history", source.toString(), "--data", seeded.toString()));
    if (!option.isEmpty()) {
      args.add(option);
    }

    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.err()).isEqualTo(exit);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().getFirst()).startsWith("localgroups: ").contains(message);
    assertThat(state(seeded))
        .as("export, revisions and runs after the refusal")
        .isEqualTo(seededState);
  }

  @Test
  void aRefusedSourceDoesNotCreateTheDataFolder() throws IOException {
    Path notGit = Files.writeString(tmp.resolve("x.bundle"), "nope\n");
    Path data = tmp.resolve("never");
    Run run = Run.of("import-history", notGit.toString(), "--data", data.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(data).doesNotExist();
  }

  /** The JSON export, then the revision and import run counts, read from the SQLite file. */
  private static String state(Path data) throws SQLException {
    Run json = Run.of("export", "--format", "json", "--data", data.toString());
    assertThat(json.exit()).as(json.err()).isZero();
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("localgroups.db"));
        var s = c.createStatement();
        var revisions = s.executeQuery("SELECT COUNT(*), MAX(id) FROM revisions")) {
      revisions.next();
      String counts = "revisions=" + revisions.getLong(1) + " last=" + revisions.getLong(2);
      try (var runs = c.createStatement().executeQuery("SELECT COUNT(*) FROM import_runs")) {
        runs.next();
        return json.out() + "\n" + counts + " runs=" + runs.getLong(1);
      }
    }
  }

  private static void commit(Git git, String text, String author, String message, int week)
      throws Exception {
    Path file = git.getRepository().getWorkTree().toPath().resolve("Groups.moin");
    Files.writeString(file, text);
    git.add().addFilepattern("Groups.moin").call();
    PersonIdent who =
        new PersonIdent(
            author,
            author + "@example.org",
            Instant.EPOCH.plus(java.time.Duration.ofDays(week * 10L)),
            ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }
}

package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Organisers' meeting rules from the command line (issue 10 §5): {@code edit --meeting-rule} and
 * {@code --clear-meeting-rules} make one revision each, the rule wins over the phrase in {@code
 * meetings --report}, a later import keeps it; every bad rule is refused with one message and
 * leaves the export, the report and the counts of revisions and change sets as they were. Each
 * database runs these through its subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MeetingRuleCommandsContract {
  static final Path SEED = EditCommandsContract.SEED;

  /** A seed group whose phrase reads as "monthly on the 1st Monday, at Melbourne". */
  static final String SLUG = "melbournepug";

  private EditCommandsContract.Database db;

  /** A new, empty database for this class. */
  protected abstract EditCommandsContract.Database open() throws Exception;

  @BeforeAll
  void importSeed() throws Exception {
    db = open();
    Run seeded = run("import", SEED.toString());
    assertThat(seeded.exit()).as(seeded.err()).isZero();
  }

  @AfterAll
  void dropDatabase() throws Exception {
    db.close();
  }

  @Test
  void theOrganisersRuleIsARevisionThatWinsOverThePhraseAndOutlivesAnImport() throws Exception {
    assertThat(reportOf(SLUG)).contains("1st Monday").doesNotContain("set by its organisers");
    Snapshot before = snapshot();

    Run set =
        ok(
            "edit",
            SLUG,
            "--meeting-rule",
            "Monthly, 2nd thursday, 18:00 - 20:00, at the State Library",
            "--meeting-rule",
            "weekly, Tue, 12:30",
            "--author",
            "ann",
            "-m",
            "our own schedule");

    assertThat(set.out())
        .startsWith("Edited 'MelbournePUG' (" + SLUG + "): revision ")
        .contains(
            "monthly, 2nd Thursday, 18:00-20:00, at the State Library", "weekly, Tuesday, 12:30");
    Snapshot after = snapshot();
    assertThat(after.revisions()).isEqualTo(before.revisions() + 1);
    assertThat(after.changeSets()).isEqualTo(before.changeSets() + 1);
    assertThat(reportOf(SLUG))
        .contains(
            "set by its organisers (wins over the phrase): monthly on the 2nd Thursday,"
                + " 18:00–20:00, at the State Library; and every Tuesday, 12:30",
            "FREQ=MONTHLY;BYDAY=2TH; FREQ=WEEKLY;BYDAY=TU");
    assertThat(ok("meetings", "--report").out()).contains("; 1 set by the group's organisers.");
    assertThat(ok("history", SLUG).out())
        .contains("meeting rules", "monthly, 2nd Thursday, 18:00-20:00, at the State Library");

    // the page says nothing of organisers' rules: importing it again keeps them
    assertThat(run("import", SEED.toString()).exit()).isZero();
    assertThat(reportOf(SLUG)).contains("set by its organisers");

    Run cleared = ok("edit", SLUG, "--clear-meeting-rules", "--author", "ann");
    assertThat(cleared.out()).contains("meeting rules");
    assertThat(reportOf(SLUG)).contains("1st Monday").doesNotContain("set by its organisers");
  }

  // ---- bad rules: a clear message, exit 2, data and history unchanged ----

  static Stream<Arguments> badRules() {
    List<String> six = new ArrayList<>();
    for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")) {
      six.add("--meeting-rule");
      six.add("weekly, " + day);
    }
    return Stream.of(
        bad("'Thursdai' is not a weekday: write Monday to Sunday.", "monthly, 2nd Thursdai"),
        bad(
            "'0th' is not a place in the month: write 1st, 2nd, 3rd, 4th, 5th or last.",
            "monthly, 0th Thursday"),
        bad(
            "'6th' is not a place in the month: write 1st, 2nd, 3rd, 4th, 5th or last.",
            "monthly, 6th Thursday"),
        bad(
            "The interval of a meeting rule is 1 to 12 months, not 0.",
            "every 0 months, 2nd Monday"),
        bad(
            "The meeting ends (17:00) before it starts (18:00)",
            "monthly, 2nd Thursday, 18:00-17:00"),
        bad("'25:00' is not a time of day: write HH:MM, 00:00 to 23:59.", "weekly, Tuesday, 25:00"),
        bad(
            "A monthly rule says which Thursday of the month: 1st to 5th or last",
            "monthly, Thursday"),
        bad(
            "A rule meeting every 2 weeks needs its first meeting to tell which weeks",
            "every 2 weeks, Tuesday"),
        bad(
            "A meeting rule starts with how often: weekly, monthly, every N weeks or every N"
                + " months; not 'sometimes'.",
            "sometimes, Tuesday"),
        bad(
            "A meeting rule has at most 300 characters, not 313.",
            "weekly, Tuesday, at " + "x".repeat(293)),
        bad("A meeting rule must not hold control characters.", "weekly, Tuesday, at a\u0007bell"),
        Arguments.of(
            "A group has at most 5 meeting rules, not 6.",
            Stream.concat(Stream.of("edit", SLUG), six.stream()).toArray(String[]::new)),
        Arguments.of(
            "Give --meeting-rule or --clear-meeting-rules, not both.",
            new String[] {
              "edit", SLUG, "--meeting-rule", "weekly, Tuesday", "--clear-meeting-rules"
            }),
        Arguments.of(
            "The meeting rule 'weekly, Tuesday' is given twice.",
            new String[] {
              "edit", SLUG, "--meeting-rule", "weekly, Tuesday", "--meeting-rule", "Weekly, tue"
            }));
  }

  private static Arguments bad(String message, String rule) {
    return Arguments.of(message, new String[] {"edit", SLUG, "--meeting-rule", rule});
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("badRules")
  void aBadRuleIsRefusedWithOneMessageAndChangesNothing(String message, String[] args)
      throws SQLException {
    Snapshot before = snapshot();
    Run run = run(args);
    assertThat(run.exit()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("localgroups: ")
        .contains(message)
        .doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(snapshot()).as("the export, report and history after the refusal").isEqualTo(before);
  }

  // ---- helpers ----

  /** The JSON export, the meetings report and the numbers of revisions and change sets. */
  record Snapshot(String json, String report, long revisions, long changeSets) {}

  Snapshot snapshot() throws SQLException {
    return new Snapshot(
        ok("export", "--format", "json").out(),
        ok("meetings", "--report").out(),
        db.count("revisions"),
        db.count("change_sets"));
  }

  /** The report's two lines on one group. */
  String reportOf(String slug) {
    List<String> lines = ok("meetings", "--report").out().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(" " + slug + ": ")) {
        return lines.get(i) + "\n" + lines.get(i + 1);
      }
    }
    throw new AssertionError("the report has no line on " + slug);
  }

  Run run(String... args) {
    return Run.of(Stream.concat(Stream.of(args), db.where().stream()).toArray(String[]::new));
  }

  Run ok(String... args) {
    Run run = run(args);
    assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
    return run;
  }
}

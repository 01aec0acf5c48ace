package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.export.DirectoryJson;

/**
 * The command-line edits of the living directory (add, edit, remove, restore, revert, history,
 * diff, export --at, CSV timelines), run in this JVM through {@link Main#run} on one store holding
 * the seed page: each test changes its own groups. Every refusal is checked to leave the JSON
 * export and the counts of revisions and change sets exactly as they were. Each database runs these
 * through its subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EditCommandsContract {
  static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  /** Where the commands keep the directory: a SQLite data folder or a PostgreSQL schema. */
  interface Database extends AutoCloseable {
    /** The options that point a command at it ("--data DIR", "--database-url URL"). */
    List<String> where();

    /** How many rows a table holds. */
    long count(String table) throws SQLException;

    @Override
    void close() throws Exception;
  }

  /** A new, empty database for this class. */
  protected abstract Database open() throws Exception;

  private Database db;

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

  // ---- add ----

  @Test
  void addPutsANewGroupInItsRegionAsOneRevisionWithItsAuthorAndComment() throws SQLException {
    Snapshot before = snapshot();
    Run run =
        ok(
            "add",
            "PyKraków Nowa Huta",
            "--region",
            "poland",
            "--set",
            "description=Python evenings in Nowa Huta",
            "--set",
            "meeting=every 2nd Monday",
            "--add-link",
            "https://nowahuta.example.org/",
            "--place",
            "Kraków, PL",
            "--author",
            "ana",
            "--comment",
            "a new group");

    Matcher added =
        Pattern.compile(
                "Added 'PyKraków Nowa Huta' \\((\\S+)\\): revision (\\d+) in change set \\d+\\.")
            .matcher(run.out().lines().findFirst().orElseThrow());
    assertThat(added.matches()).as(run.out()).isTrue();
    String slug = added.group(1);
    assertThat(run.out())
        .contains(
            "  name: PyKraków Nowa Huta",
            "  description: Python evenings in Nowa Huta",
            "  meeting: every 2nd Monday",
            "  links: website: <https://nowahuta.example.org/>",
            "  place: Kraków, PL (city)",
            "  regions: Poland");
    Snapshot after = snapshot();
    assertThat(after.revisions()).isEqualTo(before.revisions() + 1);
    assertThat(after.changeSets()).isEqualTo(before.changeSets() + 1);

    Directory d = DirectoryJson.read(after.json());
    Group g = d.group(slug).orElseThrow();
    assertThat(g.description()).isEqualTo("Python evenings in Nowa Huta");
    assertThat(g.meeting()).isEqualTo("every 2nd Monday");
    assertThat(g.links()).extracting(l -> l.url()).containsExactly("https://nowahuta.example.org/");
    assertThat(g.placement().name()).isEqualTo("Kraków");
    assertThat(d.region("poland").orElseThrow().groupSlugs()).contains(slug);
    assertThat(ok("history", slug).out())
        .containsPattern(
            "revision "
                + added.group(2)
                + "  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  ana  create"
                + "  \"a new group\"");
  }

  // ---- edit ----

  @Test
  void editSetsFieldsLinksAndStatusAsOneRevision() throws SQLException {
    Snapshot before = snapshot();
    Run run =
        ok(
            "edit",
            "pywaw",
            "--set",
            "description=Warsaw's Python meetup",
            "--set",
            "meeting=first Tuesday of the month",
            "--add-link",
            "https://www.meetup.com/pywaw/",
            "--status",
            "inactive",
            "--author",
            "bob",
            "--comment",
            "from their site");

    assertThat(run.out())
        .startsWith("Edited 'PyWaw' (pywaw): revision ")
        .contains(
            " → Warsaw's Python meetup",
            "  meeting: (none) → first Tuesday of the month",
            "  status: active → inactive",
            "    + meetup: <https://www.meetup.com/pywaw/>");
    assertThat(snapshot().revisions()).isEqualTo(before.revisions() + 1);
    Group g = group("pywaw");
    assertThat(g.description()).isEqualTo("Warsaw's Python meetup");
    assertThat(g.status()).isEqualTo(GroupStatus.INACTIVE);
    assertThat(g.links()).extracting(l -> l.url()).contains("https://www.meetup.com/pywaw/");

    Run removed =
        ok("edit", "pywaw", "--remove-link", "https://www.meetup.com/pywaw/", "-m", "dead link");
    assertThat(removed.out()).contains("    - meetup: <https://www.meetup.com/pywaw/>");
    assertThat(group("pywaw").links())
        .extracting(l -> l.url())
        .doesNotContain("https://www.meetup.com/pywaw/");
  }

  @Test
  void aRenameGivesANewSlugAndTheOldOneStillFindsTheHistory() {
    Run run = ok("edit", "pysilesia", "--set", "name=Python Silesia", "-m", "their new name");
    assertThat(run.out())
        .startsWith("Edited 'Python Silesia' (python-silesia): ")
        .contains("  slug: pysilesia → python-silesia");
    assertThat(directory().group("python-silesia")).isPresent();
    assertThat(directory().group("pysilesia")).isEmpty();

    Run history = ok("history", "pysilesia");
    assertThat(history.out())
        .startsWith("History of 'Python Silesia' (python-silesia): 2 revisions, newest first")
        .contains("→ Python Silesia", "  \"their new name\"");
  }

  @Test
  void moveToAndPlaceChangeTheRegionAndThePlace() {
    Run moved = ok("edit", "leipzig-python-user-group", "--move-to", "poland");
    assertThat(moved.out())
        .startsWith("Moved ")
        .contains("  regions: Germany → Poland")
        .doesNotContain("  place:");

    Run edited =
        ok("edit", "hamburg-python-user-group", "--move-to", "poland", "--place", "Kraków, PL");
    assertThat(edited.out())
        .startsWith("Edited ")
        .contains("  regions: Germany → Poland")
        .containsPattern("  place: .+ → Kraków, PL \\(city\\)");
    Directory d = directory();
    assertThat(d.regionsOf("hamburg-python-user-group"))
        .extracting(r -> r.slug())
        .containsExactly("poland");
    assertThat(d.group("hamburg-python-user-group").orElseThrow().placement().countryCode())
        .isEqualTo("PL");
  }

  // ---- remove, restore, revert ----

  @Test
  void removeRestoreAndRevertKeepEveryStateInTheHistory() {
    long created = revisionIds("gothpy").getLast();
    String original = group("gothpy").description();
    ok("edit", "gothpy", "--set", "description=changed here", "-m", "first edit");

    Run removed = ok("remove", "gothpy", "--comment", "the group closed");
    assertThat(removed.out())
        .startsWith("Removed 'GothPy' (gothpy): revision ")
        .contains("`localgroups restore gothpy` brings it back.");
    assertThat(directory().group("gothpy")).isEmpty();
    long removal = revisionIds("gothpy").getFirst();

    Run restored = ok("restore", "gothpy", "-m", "it meets again");
    assertThat(restored.out()).startsWith("Restored 'GothPy' (gothpy): revision ");
    assertThat(group("gothpy").description()).isEqualTo("changed here");

    Run reverted = ok("revert", "gothpy", "--to", Long.toString(created));
    assertThat(reverted.out())
        .startsWith("Reverted 'GothPy' (gothpy): ")
        .contains("  description: changed here → " + original);
    assertThat(group("gothpy").description()).isEqualTo(original);

    Run toRemoved = ok("revert", "gothpy", "--to", Long.toString(removal));
    assertThat(toRemoved.out()).contains("it is removed, as it was then");
    assertThat(directory().group("gothpy")).isEmpty();

    assertThat(ok("history", "gothpy").out())
        .contains("GothPy' (gothpy, removed): 6 revisions")
        .contains("  remove  \"the group closed\"", "  restore  \"it meets again\"", "  revert")
        .contains("  removed: no → yes", "  removed: yes → no");
  }

  // ---- history and diff ----

  @Test
  void historyListsEachRevisionNewestFirstWithItsFields() {
    ok("edit", "python-portugal", "--set", "meeting=monthly", "--author", "carol", "-m", "one");
    ok("edit", "python-portugal", "--set", "meeting=weekly", "--author", "dan", "-m", "two");

    List<String> lines = ok("history", "python-portugal").out().lines().toList();
    assertThat(lines.getFirst())
        .isEqualTo("History of 'Python Portugal' (python-portugal): 3 revisions, newest first");
    String header = "revision \\d+  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  ";
    assertThat(lines.get(1)).matches(header + "dan  edit  \"two\"");
    assertThat(lines.get(2)).isEqualTo("  meeting: monthly → weekly");
    assertThat(lines.get(3)).matches(header + "carol  edit  \"one\"");
    assertThat(lines.get(4)).isEqualTo("  meeting: (none) → monthly");
    assertThat(lines.get(5)).matches(header + "import of LocalUserGroups.moin  create");
    assertThat(lines.get(6)).isEqualTo("  name: Python Portugal");

    assertThat(ok("history", "python-portugal", "--limit", "1").out())
        .contains("(2 older revisions not shown; --limit 3 shows them)");
  }

  @Test
  void diffShowsTheFieldsBetweenTwoRevisionsOfOneGroup() {
    long created = revisionIds("pysthlm").getLast();
    ok("edit", "pysthlm", "--set", "founded=2011", "--set", "meeting=Tuesdays");
    long edited = revisionIds("pysthlm").getFirst();

    Run diff = ok("diff", Long.toString(created), Long.toString(edited));
    assertThat(diff.out())
        .startsWith("group 'PySthlm' (pysthlm), from " + created + " to " + edited + ":")
        .contains("founded: (none) → 2011", "meeting: (none) → Tuesdays");
    assertThat(ok("diff", Long.toString(edited), Long.toString(created)).out())
        .contains("founded: 2011 → (none)");
    assertThat(ok("diff", Long.toString(edited), Long.toString(edited)).out())
        .contains("No field differs.");
  }

  // ---- nothing silently overwritten ----

  @Test
  void anEditFromAnOlderRevisionIsRefusedWithBothVersionsAndChangesNothing() throws SQLException {
    long base = revisionIds("afpy").getFirst();
    String original = group("afpy").description();
    ok(
        "edit",
        "afpy",
        "--set",
        "description=first edit",
        "--base-revision",
        Long.toString(base),
        "--author",
        "ana");
    long current = revisionIds("afpy").getFirst();
    Snapshot before = snapshot();

    Run stale =
        run(
            "edit",
            "afpy",
            "--set",
            "description=second edit",
            "--base-revision",
            Long.toString(base),
            "--author",
            "bob");

    assertThat(stale.exit()).as(stale.err()).isEqualTo(Main.EXIT_CONFLICT);
    assertThat(stale.out()).isEmpty();
    List<String> err = stale.errLines();
    assertThat(err.getFirst())
        .isEqualTo(
            "localgroups: The group 'AFPY' was changed by someone else since revision "
                + base
                + ": its current revision is "
                + current
                + ". Nothing was changed; look at both and apply your change to revision "
                + current
                + ".");
    assertThat(err.get(1)).startsWith("  your base: revision " + base + "  ").contains("create");
    assertThat(err.get(2))
        .startsWith("  current:   revision " + current + "  ")
        .contains("ana  edit");
    assertThat(err).contains("    description: " + original + " → first edit");
    assertThat(stale.err()).doesNotContain("second edit", "Exception");
    assertThat(snapshot()).isEqualTo(before);

    Run staleRemoval = run("remove", "afpy", "--base-revision", Long.toString(base));
    assertThat(staleRemoval.exit()).isEqualTo(Main.EXIT_CONFLICT);
    assertThat(staleRemoval.err()).contains("  your base: revision " + base);
    assertThat(snapshot()).isEqualTo(before);

    ok("edit", "afpy", "--set", "description=second edit", "--base-revision", "" + current);
    assertThat(group("afpy").description()).isEqualTo("second edit");
  }

  // ---- the directory's past ----

  @Test
  void exportAtARevisionOrDateWritesTheDirectoryAsItWasThen() throws SQLException {
    ok("edit", "python-ireland", "--set", "meeting=the last Monday");
    long then = revisionIds("python-ireland").getFirst();
    String jsonThen = snapshot().json();
    ok("edit", "python-ireland", "--set", "meeting=every Monday");

    assertThat(ok("export", "--format", "json", "--at", Long.toString(then)).out())
        .isEqualTo(jsonThen);
    String now = snapshot().json();
    assertThat(now).isNotEqualTo(jsonThen);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(ok("export", "--format", "json", "--at", today).out()).isEqualTo(now);
    assertThat(ok("export", "--format", "json", "--at", Instant.now().toString()).out())
        .isEqualTo(now);
  }

  @Test
  void csvHasEachGroupsTimeline() throws IOException {
    long created = revisionIds("pykonik").getLast();
    ok("edit", "pykonik", "--set", "founded=February 2012");
    long edited = revisionIds("pykonik").getFirst();

    CSVRecord row = csvRow(ok("export", "--format", "csv").out(), "pykonik");
    assertThat(row.get("first_listed_revision")).isEqualTo(Long.toString(created));
    assertThat(row.get("last_changed_revision")).isEqualTo(Long.toString(edited));
    assertThat(row.get("first_listed")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(Instant.parse(row.get("last_changed")))
        .isAfterOrEqualTo(Instant.parse(row.get("first_listed")));

    CSVRecord before =
        csvRow(ok("export", "--format", "csv", "--at", "" + (edited - 1)).out(), "pykonik");
    assertThat(before.get("last_changed_revision")).isEqualTo(Long.toString(created));
    assertThat(before.get("founded")).isEmpty();
  }

  // ---- bad input: a clear message, an exit code, data and history unchanged ----

  static Stream<Arguments> badInput() {
    String tooLong = "x".repeat(2_001);
    return Stream.of(
        refused(
            3,
            "No group 'no-such-group' is in the directory.",
            "edit",
            "no-such-group",
            "--set",
            "meeting=x"),
        refused(3, "No group 'no-such-group' is in the directory.", "remove", "no-such-group"),
        refused(3, "No group 'no-such-group' is in the directory.", "restore", "no-such-group"),
        refused(
            3,
            "No group 'no-such-group' is in the directory.",
            "revert",
            "no-such-group",
            "--to",
            "1"),
        refused(
            3, "No group 'no-such-group' is or was in the directory.", "history", "no-such-group"),
        refused(
            2,
            "The description has at most 2000 characters, not 2001.",
            "edit",
            "pyugat",
            "--set",
            "description=" + tooLong),
        refused(
            2,
            "The name has at most 200 characters, not 201.",
            "add",
            "x".repeat(201),
            "--region",
            "poland"),
        refused(
            2,
            "A link must be http, https, mailto or irc; 'javascript:alert(document.cookie)' is not.",
            "edit",
            "pyugat",
            "--add-link",
            "javascript:alert(document.cookie)"),
        refused(
            2,
            "A link must be http, https, mailto or irc; 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' is not.",
            "edit",
            "pyugat",
            "--add-link",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        refused(
            2,
            "A link must be http, https, mailto or irc; 'JavaScript:void(0)' is not.",
            "add",
            "Py Somewhere",
            "--region",
            "poland",
            "--add-link",
            "JavaScript:void(0)"),
        refused(
            3,
            "No region 'atlantis' is in the directory.",
            "edit",
            "pyugat",
            "--move-to",
            "atlantis"),
        refused(
            3,
            "No region 'atlantis' is in the directory.",
            "add",
            "Py Atlantis",
            "--region",
            "atlantis"),
        refused(
            3,
            "No place called 'Krakw, PL' is known; did you mean ",
            "edit",
            "pyugat",
            "--place",
            "Krakw, PL"),
        refused(
            2,
            "The comment is not valid UTF-8 text.",
            "edit",
            "pyugat",
            "--set",
            "meeting=x",
            "--comment",
            "half a pair \uD83D here"),
        refused(
            2,
            "The comment is not valid UTF-8 text.",
            "remove",
            "pyugat",
            "--comment",
            "bytes \uFFFD the system could not read"),
        refused(
            2,
            "The author is not valid UTF-8 text.",
            "edit",
            "pyugat",
            "--set",
            "meeting=x",
            "--author",
            "an\uDC00a"),
        refused(
            2,
            "The comment must not hold control characters.",
            "edit",
            "pyugat",
            "--set",
            "meeting=x",
            "--comment",
            "bell \u0007"),
        refused(
            2,
            "--set cannot set 'colour'; it sets name, description, meeting, founded, status.",
            "edit",
            "pyugat",
            "--set",
            "colour=red"),
        refused(2, "--set takes field=value", "edit", "pyugat", "--set", "description"),
        refused(
            2,
            "--set meeting is given twice.",
            "edit",
            "pyugat",
            "--set",
            "meeting=a",
            "--set",
            "meeting=b"),
        refused(
            2,
            "--set cannot set 'name'; it sets description, meeting, founded, status.",
            "add",
            "Py X",
            "--region",
            "poland",
            "--set",
            "name=Py Y"),
        refused(
            2,
            "The status is one of active, starting, inactive, defunct; not 'closed'.",
            "edit",
            "pyugat",
            "--status",
            "closed"),
        refused(
            2,
            "Give the status once: --status or --set status=.",
            "edit",
            "pyugat",
            "--status",
            "inactive",
            "--set",
            "status=defunct"),
        refused(2, "The edit changes nothing of 'PyUGAT'; nothing was saved.", "edit", "pyugat"),
        refused(
            2,
            "is not a revision of 'pyugat'; `localgroups history pyugat` lists them.",
            "edit",
            "pyugat",
            "--set",
            "meeting=x",
            "--base-revision",
            "1"),
        refused(
            2, "--base-revision is a revision number", "remove", "pyugat", "--base-revision", "0"),
        refused(2, "The group 'PyUGAT' is not removed.", "restore", "pyugat"),
        refused(2, "A group cannot be merged into itself ('pyugat').", "merge", "pyugat", "pyugat"),
        refused(
            3, "No group 'no-such-group' is in the directory.", "merge", "pyugat", "no-such-group"),
        refused(
            3, "No group 'no-such-group' is in the directory.", "merge", "no-such-group", "pyugat"),
        refused(
            2,
            "Revision 1 is not a revision of 'pyugat'",
            "merge",
            "pykonik",
            "pyugat",
            "--other-base-revision",
            "1"),
        refused(3, "Revision 1 is not a revision of 'pyugat'.", "revert", "pyugat", "--to", "1"),
        refused(3, "No revision 99999999 is stored.", "diff", "1", "99999999"),
        refused(2, "are of different entities (intro 'the introduction' and ", "diff", "1", "2"),
        refused(
            3,
            "No revision 99999999 is stored; the newest is ",
            "export",
            "--format",
            "json",
            "--at",
            "99999999"),
        refused(
            3,
            "The directory had no change by 2001-01-01; its first change was made at ",
            "export",
            "--format",
            "json",
            "--at",
            "2001-01-01"),
        refused(
            2,
            "--at takes a revision id, a date (2026-12-07) or a UTC time",
            "export",
            "--format",
            "json",
            "--at",
            "last week"));
  }

  private static Arguments refused(int exit, String message, String... args) {
    return Arguments.of(exit, message, args);
  }

  @ParameterizedTest(name = "[{index}] exit {0}: {1}")
  @MethodSource("badInput")
  void badInputIsRefusedWithOneMessageAndChangesNothing(int exit, String message, String[] args)
      throws SQLException {
    Snapshot before = snapshot();
    Run run = run(args);
    assertThat(run.exit()).as(run.err()).isEqualTo(exit);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("localgroups: ")
        .contains(message)
        .doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(snapshot()).as("the export and the history after the refusal").isEqualTo(before);
  }

  // ---- merge ----

  static final String PY_CU = "py-cu-the-champaign-urbana-python-users-group";
  static final String ILLIPY = "illipy-the-champaign-urbana-python-users-group";

  @Test
  void duplicatesListsTheChampaignUrbanaPairAndMergeMakesThemOneInOneChangeSet()
      throws SQLException {
    assertThat(ok("duplicates").out())
        .contains(
            "Py-CU - The Champaign-Urbana Python Users Group (" + PY_CU + ")  <-  IlliPy",
            "  both in Illinois");
    assertThat(ok("duplicates", "--json").out()).contains("\"slug\":\"" + ILLIPY + "\"");
    Snapshot before = snapshot();
    Directory was = DirectoryJson.read(before.json());
    Group a = was.group(PY_CU).orElseThrow();
    Group b = was.group(ILLIPY).orElseThrow();

    Run run = ok("merge", PY_CU, ILLIPY, "--author", "erin", "--comment", "one group, renamed");

    assertThat(run.out())
        .startsWith(
            "Merged 'IlliPy - The Champaign-Urbana Python Users Group' ("
                + ILLIPY
                + ") into 'Py-CU - The Champaign-Urbana Python Users Group' ("
                + PY_CU
                + "): change set ")
        .contains("  + link http://groups.google.com/group/illipy-announce");
    Snapshot after = snapshot();
    assertThat(after.changeSets()).isEqualTo(before.changeSets() + 1);
    assertThat(after.revisions()).isEqualTo(before.revisions() + 2);
    Directory now = DirectoryJson.read(after.json());
    assertThat(now.group(ILLIPY)).isEmpty();
    Group merged = now.group(PY_CU).orElseThrow();
    assertThat(merged.links())
        .extracting(l -> l.url())
        .containsSubsequence(a.links().stream().map(l -> l.url()).toList())
        .containsAll(b.links().stream().map(l -> l.url()).toList());
    assertThat(merged.name()).isEqualTo(a.name());
    assertThat(merged.description()).as("A had none: B's").isEqualTo(b.description());
    assertThat(ok("history", ILLIPY).out())
        .as("B's history is kept, its last revision the merge")
        .contains(
            "erin  merge (removed)  \"merged 'IlliPy - The Champaign-Urbana Python Users Group' ("
                + ILLIPY
                + ") into 'Py-CU - The Champaign-Urbana Python Users Group' ("
                + PY_CU
                + "): one group, renamed\"")
        .contains("import");
    assertThat(ok("history", PY_CU).out()).contains("erin  merge");

    Snapshot merged1 = snapshot();
    Run again = run("merge", PY_CU, ILLIPY);
    assertThat(again.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(again.err())
        .isEqualTo(
            "localgroups: The group 'IlliPy - The Champaign-Urbana Python Users Group' is removed"
                + " (merged into '"
                + PY_CU
                + "'); only groups in the directory can be merged.\n");
    assertThat(snapshot()).isEqualTo(merged1);
  }

  @Test
  void aMergeFromAnOlderRevisionIsRefusedWithBothVersionsAndChangesNothing() throws SQLException {
    long imported = revisionIds("python-chile").getLast();
    ok("edit", "python-chile", "--set", "meeting=Tuesdays", "--author", "dan");
    Snapshot before = snapshot();
    Run run =
        run(
            "merge",
            "pl-python-org",
            "python-chile",
            "--other-base-revision",
            Long.toString(imported));
    assertThat(run.exit()).as(run.err()).isEqualTo(Main.EXIT_CONFLICT);
    assertThat(run.err()).contains("your base: revision " + imported).doesNotContain("\tat ");
    assertThat(snapshot()).isEqualTo(before);
    assertThat(ok("history", "python-chile").out()).doesNotContain("merge");
  }

  // ---- helpers ----

  /** The JSON export and the numbers of revisions and change sets. */
  record Snapshot(String json, long revisions, long changeSets) {}

  Snapshot snapshot() throws SQLException {
    return new Snapshot(
        ok("export", "--format", "json").out(), db.count("revisions"), db.count("change_sets"));
  }

  /** Runs a command on this class's database, in this JVM. */
  Run run(String... args) {
    return Run.of(Stream.concat(Stream.of(args), db.where().stream()).toArray(String[]::new));
  }

  /** Runs a command that must succeed. */
  Run ok(String... args) {
    Run run = run(args);
    assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
    return run;
  }

  /** The database the commands use. */
  Database database() {
    return db;
  }

  Directory directory() {
    return DirectoryJson.read(ok("export", "--format", "json").out());
  }

  Group group(String slug) {
    return directory().group(slug).orElseThrow();
  }

  /** A group's revision ids as its history lists them, newest first. */
  List<Long> revisionIds(String slug) {
    return ok("history", slug, "--limit", "10000")
        .out()
        .lines()
        .filter(l -> l.startsWith("revision "))
        .map(l -> Long.parseLong(l.split(" ")[1]))
        .toList();
  }

  private static CSVRecord csvRow(String csv, String slug) throws IOException {
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    Map<String, CSVRecord> bySlug = new java.util.HashMap<>();
    rows.forEach(r -> bySlug.put(r.get("slug"), r));
    assertThat(bySlug).containsKey(slug);
    return bySlug.get(slug);
  }
}

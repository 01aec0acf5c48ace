package org.localgroups.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.ChangeSetInfo;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Origin;
import org.localgroups.revision.Timeline;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.localgroups.wikihistory.PageHistory;

/**
 * The real history of the python.org LocalUserGroups page (439 revisions, 2002-2013, in a bundle
 * copied from ../shared/data) replayed into a real SQLite store once, and compared with the last
 * revision imported alone into another.
 */
class HistoryReplayIT {
  static final Path BUNDLE =
      Path.of("src/test/resources/wikihistory/LocalUserGroups-history.bundle");
  static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  private static GeoNamesGazetteer gazetteer;
  private static Path replayData;
  private static Path lastData;
  private static DirectoryStore replayStore;
  private static DirectoryStore lastStore;
  private static Replayed replayed;

  @BeforeAll
  static void replayTheWholeHistoryAndImportTheLastRevisionAlone() throws IOException {
    assertThat(BUNDLE).as("the history bundle is part of the test resources").isRegularFile();
    gazetteer = GeoNamesGazetteer.bundled();
    replayData = Files.createTempDirectory("localgroups-replay");
    lastData = Files.createTempDirectory("localgroups-last");
    replayStore = Stores.sqlite(replayData);
    try (PageHistory history = PageHistory.open(BUNDLE, "", "")) {
      replayed = new HistoryReplay(replayStore, gazetteer, Ids.random()).replay(history, s -> {});
    }
    lastStore = Stores.sqlite(lastData);
    new Curator(lastStore, gazetteer, Ids.random())
        .importPage(new PageReader().read(SEED, PageFormat.AUTO, ""), ImportOptions.MERGE);
  }

  @AfterAll
  static void close() throws IOException {
    replayStore.close();
    lastStore.close();
    for (Path p : List.of(replayData, lastData)) {
      try (var files = Files.walk(p)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  @Test
  void everyRevisionHasAnOutcome() {
    assertThat(replayed.steps()).hasSize(439);
    assertThat(replayed.count(Replayed.Outcome.APPLIED)).isEqualTo(388);
    assertThat(replayed.count(Replayed.Outcome.UNCHANGED)).isEqualTo(33);
    assertThat(replayed.changeSets()).isEqualTo(388);
    assertThat(replayed.count(Replayed.Outcome.ALREADY_IMPORTED)).isZero();
  }

  /**
   * Found by looking at the bundle: eight revisions replaced the whole page with spam or a line of
   * text (each reverted within hours), and one (#232) added 23 "Buy ..." links to one pharmacy
   * site, removed by the next revision ("deleted wiki SPAM").
   */
  @Test
  void skipsExactlyTheVandalisedRevisions() {
    assertThat(replayed.with(Replayed.Outcome.VANDALISM))
        .extracting(s -> s.number() + " " + s.revision().commit().substring(0, 7))
        .containsExactly(
            "137 f509709",
            "149 80957a7",
            "160 b4e1f32",
            "164 982d2d7",
            "165 59e1419",
            "232 39df51d",
            "284 5c37e9a",
            "286 20de097",
            "288 630984d");
    assertThat(replayed.with(Replayed.Outcome.VANDALISM).get(5).why())
        .isEqualTo(
            "link spam: it adds 23 links to www.rxmedsoffer.com, a host the last revision replayed"
                + " never linked to");
  }

  @Test
  void theRevertAfterEachVandalisedRevisionChangesNothing() {
    // the revision after each run of vandalism: PaulBoddie's, SkipMontanaro's, JeffRush's reverts
    for (int reverting : List.of(138, 150, 161, 166, 233, 285, 287, 289)) {
      assertThat(replayed.steps().get(reverting - 1).outcome())
          .as("revision #%d", reverting)
          .isEqualTo(Replayed.Outcome.UNCHANGED);
    }
  }

  @Test
  void skippedRevisionsAreRecordedAsImportRunsWithWhy() {
    var runs = replayStore.importRuns();
    assertThat(runs).hasSize(439);
    var vandalism = runs.stream().filter(r -> r.skipped().startsWith("vandalism: ")).toList();
    assertThat(vandalism).hasSize(9).allSatisfy(r -> assertThat(r.changeSet()).isZero());
    assertThat(runs.stream().filter(r -> r.skipped().startsWith("not a directory of groups: ")))
        .hasSize(9);
  }

  /** Before December 2004 the page was a flat list without headings, which the importer refuses. */
  @Test
  void theFlatListBeforeTheFirstHeadingsIsNotADirectory() {
    assertThat(replayed.with(Replayed.Outcome.NOT_A_DIRECTORY))
        .extracting(Replayed.Step::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(replayed.steps().get(9).outcome()).isEqualTo(Replayed.Outcome.APPLIED);
  }

  @Test
  void eachRevisionIsAChangeSetWithItsCommitsAuthorTimeAndMessage() {
    Replayed.Step restore = replayed.steps().get(147);
    ChangeSetInfo set = replayStore.changeSet(restore.changeSet()).orElseThrow();
    assertThat(set.origin()).isEqualTo(Origin.IMPORT);
    assertThat(set.author()).isEqualTo("anonymous");
    assertThat(set.comment()).isEqualTo("Restore WinniPUG, dropped yesterday");
    assertThat(set.at()).isEqualTo(Instant.parse("2007-03-03T03:21:23Z"));
    assertThat(set.source()).isEqualTo("LocalUserGroups.moin");
    assertThat(set.sourceRevision()).isEqualTo(restore.revision().commit());
    ChangeSetInfo last =
        replayStore.changeSet(replayed.steps().getLast().changeSet()).orElseThrow();
    assertThat(last.author()).isEqualTo("ppaez");
    assertThat(last.comment())
        .isEqualTo(
            "Removed the Starting and Running a User Group section, moved its content to the group"
                + " organizer's article");
  }

  /**
   * Spot checks against git: each expected date is the author date of the first commit that added
   * the group's link, found with {@code git log -S STRING --reverse --format=%ad --date=iso-strict
   * main} on a clone of the bundle.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // git log -S mempy.org --reverse: 4a72027 2012-06-18T17:17:32Z
    "http://mempy.org, 2012-06-18T17:17:32Z",
    // git log -S Stockholm --reverse: 0984ee7 2011-04-15T09:06:52Z
    "Stockholm, 2011-04-15T09:06:52Z",
    // git log -S 'Puerto Rico' --reverse: 962025b 2013-01-31T12:17:01Z
    "Puerto Rico, 2013-01-31T12:17:01Z",
    // git log -S Oxford --reverse: 0c278de 2012-05-30T11:35:30Z
    "Oxford, 2012-05-30T11:35:30Z",
    // git log -S python.or.kr --reverse: 524e819 2005-03-27T03:08:58Z
    "python.or.kr, 2005-03-27T03:08:58Z",
    // git log -S pykhmer.org --reverse: 182d163 2010-12-09T21:56:41Z
    "pykhmer.org, 2010-12-09T21:56:41Z",
  })
  void firstListedAgreesWithGitLogS(String mark, String firstCommit) {
    Group group = groupMarkedBy(replayStore.directory(), mark);
    var ref = replayStore.find(EntityKind.GROUP, group.slug()).orElseThrow();
    Timeline timeline = Timeline.of(replayStore.history(ref, 10_000, 0)).orElseThrow();
    assertThat(timeline.firstListed().at()).isEqualTo(Instant.parse(firstCommit));
  }

  /**
   * The replay ends with the groups of the last revision imported alone, but for one difference,
   * explained by the page's own past: on 2006-12-10 (53b5b8c, "Added Manchester, NH PyS") an edit
   * overwrote the Sydney entry with Python SIG, keeping Sydney's mailing list link ("See also our
   * maillist"), so the merge matched Python SIG to the Sydney group by that link and renamed it.
   * Three hours later (21c1204) Sydney was listed again, as a new group: its slug was still held by
   * the group now called Python SIG (a slug is never given to a second group), so it became
   * au-sydney-python-users-group.
   */
  @Test
  void endsWithTheGroupsOfTheLastRevisionImportedAloneButForTheExplainedDifference() {
    assertThat(differences(replayStore.directory(), lastStore.directory()))
        .containsExactly(
            "Sydney Python Users Group <sypy.org>: slug=au-sydney-python-users-group"
                + " | sydney-python-users-group");
    var pythonSig = replayStore.formerlyAt(EntityKind.GROUP, "sydney-python-users-group");
    assertThat(pythonSig).isPresent();
    Timeline timeline = Timeline.of(replayStore.history(pythonSig.get(), 10_000, 0)).orElseThrow();
    assertThat(timeline.events())
        .anySatisfy(
            e -> {
              assertThat(e.what()).isEqualTo(Timeline.What.RENAMED);
              assertThat(e.detail()).isEqualTo("Sydney Python Users Group → Python SIG");
              assertThat(e.when().at()).isEqualTo(Instant.parse("2006-12-10T20:44:08Z"));
            });
  }

  @Test
  void replayingAgainChangesNothing() {
    long version = replayStore.version();
    try (PageHistory history = PageHistory.open(BUNDLE, "", "")) {
      Replayed again =
          new HistoryReplay(replayStore, gazetteer, Ids.random()).replay(history, s -> {});
      assertThat(again.count(Replayed.Outcome.ALREADY_IMPORTED)).isEqualTo(439);
    }
    assertThat(replayStore.version()).isEqualTo(version);
    assertThat(replayStore.importRuns()).hasSize(439);
  }

  @Test
  void importingTheLastRevisionAfterTheReplayChangesNothing() {
    long version = replayStore.version();
    Imported imported =
        new Curator(replayStore, gazetteer, Ids.random())
            .importPage(
                new PageReader().read(SEED, PageFormat.AUTO, ""), ImportOptions.MERGE.asDryRun());
    assertThat(imported.changes()).isEmpty();
    assertThat(replayStore.version()).isEqualTo(version);
  }

  private static Group groupMarkedBy(Directory directory, String mark) {
    List<Group> marked =
        directory.groups().stream()
            .filter(
                g ->
                    g.name().contains(mark)
                        || g.description().contains(mark)
                        || g.links().stream().anyMatch(l -> l.url().contains(mark)))
            .toList();
    assertThat(marked).as("groups marked by %s", mark).hasSize(1);
    return marked.getFirst();
  }

  /**
   * Every group that differs, as "key: replayed | last alone" with only the fields that differ;
   * groups keyed by name and main link (their slugs may differ: a slug is an address, compared as a
   * field), regions named by their path of headings (region slugs are addresses too).
   */
  static List<String> differences(Directory replayedDirectory, Directory lastDirectory) {
    Map<String, Map<String, String>> a = views(replayedDirectory);
    Map<String, Map<String, String>> b = views(lastDirectory);
    List<String> out = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String key : keys) {
      Map<String, String> x = a.get(key);
      Map<String, String> y = b.get(key);
      if (x == null || y == null) {
        out.add(
            key
                + ": "
                + (x == null ? "(absent)" : x.get("slug"))
                + " | "
                + (y == null ? "(absent)" : y.get("slug")));
        continue;
      }
      for (String field : x.keySet()) {
        if (!x.get(field).equals(y.get(field))) {
          out.add(key + ": " + field + "=" + x.get(field) + " | " + y.get(field));
        }
      }
    }
    return out;
  }

  private static Map<String, Map<String, String>> views(Directory directory) {
    Map<String, Region> bySlug = new java.util.HashMap<>();
    directory.regions().forEach(r -> bySlug.put(r.slug(), r));
    Map<String, List<String>> regionsOf = new TreeMap<>();
    for (Region r : directory.regions()) {
      for (String g : r.groupSlugs()) {
        regionsOf.computeIfAbsent(g, k -> new ArrayList<>()).add(path(r, bySlug));
      }
    }
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (Group g : directory.groups()) {
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      fields.put("slug", g.slug());
      fields.put("description", g.description());
      fields.put("links", g.links().toString());
      fields.put("status", g.status().toString());
      fields.put("founded", g.founded());
      fields.put("meeting", g.meeting());
      fields.put("notes", g.notes().toString());
      fields.put("placement", g.placement().toString());
      fields.put("regions", new TreeSet<>(regionsOf.getOrDefault(g.slug(), List.of())).toString());
      String main = g.links().isEmpty() ? "" : g.links().getFirst().identity();
      out.put(g.name() + " <" + main + ">", fields);
    }
    return out;
  }

  private static String path(Region r, Map<String, Region> bySlug) {
    Region parent = bySlug.get(r.parentSlug());
    return parent == null ? r.name() : path(parent, bySlug) + "/" + r.name();
  }
}

package org.localgroups.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;
import org.localgroups.LocalGroupsException.Kind;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.revision.Change;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.Origin;
import org.localgroups.revision.RevisionKind;

/**
 * What every {@link DirectoryStore} does, whatever the database. Subclasses say how to get a fresh,
 * empty store; the same tests run on SQLite and on PostgreSQL.
 */
abstract class DirectoryStoreContract {

  /**
   * A fresh, empty database with a store open on it; closing it closes the store and removes the
   * database.
   */
  interface Fixture extends AutoCloseable {
    DirectoryStore store();

    /** A second store on the same database (as a second process or web instance would open it). */
    DirectoryStore openAnother();

    @Override
    void close() throws IOException, SQLException;
  }

  protected abstract Fixture newFixture() throws Exception;

  private Fixture fixture;
  DirectoryStore store;

  @BeforeEach
  @BeforeTry
  void openStore() throws Exception {
    fixture = newFixture();
    store = fixture.store();
  }

  @AfterEach
  @AfterTry
  void closeStore() throws Exception {
    fixture.close();
  }

  Fixture fixture() {
    return fixture;
  }

  ImportRun save(Directory d) {
    return Saving.save(store, d, Directories.reportFor("LocalUserGroups.moin", d));
  }

  // ---- round trip ----

  @Test
  void emptyStoreHasAnEmptyDirectoryAndNoRuns() {
    assertThat(Saving.read(store)).isEqualTo(Directory.empty());
    assertThat(store.importRuns()).isEmpty();
    assertThat(store.report(1)).isEmpty();
  }

  @Test
  void givesBackTheDirectoryItSaved() {
    Directory sample = Directories.sample();
    save(sample);
    Directory read = Saving.read(store);
    assertThat(read).isEqualTo(sample);
    // The parts equals() covers, spelled out where a failure would be hard to read otherwise.
    assertThat(read.regions())
        .extracting(Region::slug)
        .containsExactlyElementsOf(sample.regions().stream().map(Region::slug).toList());
    assertThat(read.regionsOf("pyist"))
        .extracting(Region::slug)
        .containsExactly("europe-turkey", "europe-turkey-istanbul");
    assertThat(read.region("asia-thailand"))
        .get()
        .extracting(Region::name)
        .isEqualTo("Thailand/ประเทศไทย");
    assertThat(read.group("austin-python"))
        .get()
        .extracting(g -> g.placement().confidence())
        .isEqualTo(0.1 + 0.2);
    assertThat(read.group("melbourne-pug"))
        .get()
        .extracting(Group::links)
        .isEqualTo(List.of(new Link(LinkKind.WIKI_PAGE, "", "", "MelbournePUG")));
    assertThat(read.group("melbourne-pug"))
        .get()
        .extracting(g -> g.placement().precision())
        .isEqualTo(Placement.Precision.UNPLACED);
  }

  @Test
  void anotherStoreOnTheSameDatabaseSeesTheSavedDirectory() throws Exception {
    save(Directories.sample());
    try (DirectoryStore another = fixture.openAnother()) {
      assertThat(Saving.read(another)).isEqualTo(Directories.sample());
      assertThat(another.importRuns()).isEqualTo(store.importRuns());
    }
  }

  @Test
  void keepsDoublesExactly() {
    double[] values = {
      0.1 + 0.2,
      Double.MIN_VALUE,
      Double.MIN_NORMAL,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      1e-300,
      -179.99999999999997,
      89.99999999999999,
      1.0 / 3.0,
      Math.PI,
      4.9e-324,
      123456789.12345678
    };
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      groups.add(
          new Group(
              "g" + i,
              "g",
              "",
              List.of(),
              GroupStatus.ACTIVE,
              "",
              "",
              List.of(),
              new Placement(Placement.Precision.CITY, "", "", "", v, -v, Long.MAX_VALUE - i, v, ""),
              List.of()));
    }
    Directory d = new Directory("", List.of(), List.of(), groups);
    save(d);
    assertThat(Saving.read(store)).isEqualTo(d);
  }

  /**
   * Text that would break a query built by string concatenation is stored and read back as text.
   */
  @Test
  void storesSqlInjectionAttemptsAsPlainText() {
    String[] attacks = {
      "'); DROP TABLE groups; --",
      "x' OR '1'='1",
      "\"; DELETE FROM regions; --",
      "Robert'); DROP TABLE import_runs;--",
      "1; UPDATE groups SET name = 'pwned'",
      "%_\\' \\\""
    };
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < attacks.length; i++) {
      String a = attacks[i];
      groups.add(
          new Group(
              "g" + i,
              a,
              a,
              List.of(new Link(LinkKind.WEBSITE, "https://example.org/?q=" + a, a, a)),
              GroupStatus.ACTIVE,
              a,
              a,
              List.of(a),
              Placement.unplaced(a),
              List.of(i)));
    }
    Region region =
        new Region(
            "r",
            attacks[0],
            1,
            "",
            Region.RegionKind.OTHER,
            Placement.unplaced(attacks[1]),
            List.of(),
            groups.stream().map(Group::slug).toList(),
            1);
    Directory d = new Directory(attacks[2], List.of(), List.of(region), groups);
    save(d);
    assertThat(Saving.read(store)).isEqualTo(d);
    save(Directories.sample());
    assertThat(Saving.read(store))
        .as("every table is still there and usable")
        .isEqualTo(Directories.sample());
    assertThat(store.importRuns()).hasSize(2);
  }

  @Test
  void replacesTheWholeDirectory() {
    save(Directories.sample());
    save(Directories.other());
    assertThat(Saving.read(store)).isEqualTo(Directories.other());
    save(Directory.empty());
    assertThat(Saving.read(store)).isEqualTo(Directory.empty());
  }

  // ---- runs and reports ----

  @Test
  void recordsEachRunWithItsCountsAndReport() {
    Directory sample = Directories.sample();
    ImportReport report = Directories.reportFor("LocalUserGroups.moin", sample);
    Instant before = Instant.now().minusSeconds(1);
    ImportRun run = Saving.save(store, sample, report);

    assertThat(run.source()).isEqualTo("LocalUserGroups.moin");
    assertThat(run.format()).isEqualTo("moin");
    assertThat(run.regions()).isEqualTo(10);
    assertThat(run.groups()).isEqualTo(5);
    assertThat(run.unusedLines()).isEqualTo(2);
    assertThat(run.changed()).isTrue();
    assertThat(run.at()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(store.importRuns()).containsExactly(run);
    assertThat(store.report(run.id())).contains(report);
  }

  @Test
  void keepsEachLinesNotesAsDataInTheirOrder() {
    ImportReport report = Directories.reportFor("LocalUserGroups.moin", Directories.sample());
    ImportRun run = Saving.save(store, Directories.sample(), report);

    ImportReport read = store.report(run.id()).orElseThrow();
    assertThat(read.entries())
        .extracting(ImportReport.Entry::notes)
        .containsExactlyElementsOf(
            report.entries().stream().map(ImportReport.Entry::notes).toList());
    assertThat(read.entries())
        .filteredOn(e -> !e.notes().isEmpty())
        .extracting(e -> e.notes().size())
        .containsExactly(1, 2);
    assertThat(read.entries().getLast().notes()).isEmpty();
  }

  @Test
  void listsRunsNewestFirstWithIncreasingIds() {
    ImportRun first = save(Directories.sample());
    ImportRun second = save(Directories.other());
    ImportRun third = save(Directories.other());
    assertThat(store.importRuns()).containsExactly(third, second, first);
    assertThat(first.id()).isLessThan(second.id());
    assertThat(second.id()).isLessThan(third.id());
    assertThat(store.report(first.id()))
        .contains(Directories.reportFor("LocalUserGroups.moin", Directories.sample()));
  }

  @Test
  void hasNoReportForAnUnknownRun() {
    ImportRun run = save(Directories.sample());
    assertThat(store.report(run.id() + 1)).isEmpty();
    assertThat(store.report(-1)).isEmpty();
  }

  @Test
  void resavingAnEqualDirectoryIsNotAChange() {
    assertThat(save(Directories.sample()).changed()).isTrue();
    assertThat(save(Directories.sample()).changed()).isFalse();
    Directory renamed =
        new Directory(
            "Renamed",
            Directories.sample().intro(),
            Directories.sample().regions(),
            Directories.sample().groups());
    assertThat(save(renamed).changed()).isTrue();
    assertThat(store.importRuns())
        .extracting(ImportRun::changed)
        .containsExactly(true, false, true);
    assertThat(Saving.read(store)).isEqualTo(renamed);
  }

  @Test
  void savingAnEmptyDirectoryFirstIsNotAChange() {
    assertThat(save(Directory.empty()).changed()).isFalse();
  }

  // ---- failures roll back ----

  @Test
  void rejectsTwoGroupsWithOneSlugAndKeepsEverythingAsItWas() {
    ImportRun first = save(Directories.sample());
    long version = store.version();
    GroupState twin = Revisions.group("g-twin-1", "pykrakow-twin", "Twin");
    GroupState other = Revisions.group("g-twin-2", "pykrakow-twin", "Other twin");
    ChangeSet broken =
        ChangeSet.edit(
            Origin.EDIT,
            "tester",
            "",
            List.of(
                new Change(0, RevisionKind.CREATE, twin, false),
                new Change(0, RevisionKind.CREATE, other, false)));

    assertThatThrownBy(() -> store.apply(broken, Optional.empty()))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.BAD_INPUT);
              assertThat(e.getMessage()).contains("nothing was changed").doesNotContain("SQL");
            });
    assertThat(Saving.read(store)).isEqualTo(Directories.sample());
    assertThat(store.importRuns()).containsExactly(first);
    assertThat(store.version()).isEqualTo(version);
  }

  @Test
  void rejectsAGroupInAMissingRegionAndKeepsEverythingAsItWas() {
    ImportRun first = save(Directories.sample());
    long version = store.version();
    GroupState lost =
        Revisions.group("g-lost", "lost", "Lost").withRegions(List.of("r-no-such-region"));
    ChangeSet broken =
        ChangeSet.edit(
            Origin.EDIT, "tester", "", List.of(new Change(0, RevisionKind.CREATE, lost, false)));

    assertThatThrownBy(() -> store.apply(broken, Optional.empty()))
        .isInstanceOfSatisfying(
            LocalGroupsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_INPUT));
    assertThat(Saving.read(store)).isEqualTo(Directories.sample());
    assertThat(store.importRuns()).containsExactly(first);
    assertThat(store.version()).isEqualTo(version);
    assertThat(store.history(EntityRef.group("g-lost"), 10, 0)).isEmpty();
  }

  // ---- concurrency ----

  @Test
  void concurrentReadersSeeTheOldOrTheNewDirectoryNeverAMix() throws Exception {
    Directory a = Directories.sample();
    Directory b = Directories.other();
    save(a);
    AtomicBoolean stop = new AtomicBoolean();
    Map<Directory, Integer> seen = new ConcurrentHashMap<>();
    int readers = 3;
    CountDownLatch started = new CountDownLatch(readers);
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < readers; i++) {
        running.add(
            pool.submit(
                () -> {
                  started.countDown();
                  while (!stop.get()) {
                    seen.merge(Saving.read(store), 1, Integer::sum);
                  }
                  return null;
                }));
      }
      started.await();
      for (int i = 0; i < 12; i++) {
        save(i % 2 == 0 ? b : a);
      }
      stop.set(true);
      for (Future<?> f : running) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
    assertThat(seen.keySet()).isSubsetOf(a, b);
    assertThat(seen.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    assertThat(Saving.read(store)).isEqualTo(a);
  }

  @Test
  void concurrentSavesAreEachRecordedOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<ImportRun>> saves = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Directory d = i % 2 == 0 ? Directories.sample() : Directories.other();
        saves.add(pool.submit(() -> save(d)));
      }
      List<ImportRun> runs = new ArrayList<>();
      for (Future<ImportRun> f : saves) {
        runs.add(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(store.importRuns()).containsExactlyInAnyOrderElementsOf(runs);
      assertThat(Saving.read(store)).isIn(Directories.sample(), Directories.other());
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- generated directories ----

  @Property(tries = 40)
  void givesBackAnyGeneratedDirectory(@ForAll("directories") Directory d) {
    save(d);
    assertThat(Saving.read(store)).isEqualTo(d);
    assertThat(save(d).changed()).isFalse();
  }

  @Provide
  Arbitrary<Directory> directories() {
    return Directories.directory();
  }
}

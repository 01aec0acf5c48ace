package org.localgroups.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.export.ExportFormat;
import org.localgroups.export.Exports;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Merge;
import org.localgroups.revision.RevisionKind;
import org.localgroups.store.BulkApplied;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.StoreFixtures;
import org.localgroups.world.SyntheticDirectory;

/**
 * Bulk imports (a JSON or CSV directory file streamed into one change set) on a real database:
 * round trips, replace by slug, and refusals and failures that leave the directory and its history
 * as they were, also after whole batches were written. No gazetteer is involved: the files'
 * placements are kept.
 */
abstract class BulkImportContract {
  /** More than one batch ({@code BulkLoad.BATCH} = 2000), so that failures come after writes. */
  private static final int GROUPS = 2_600;

  private static Directory world;

  @TempDir Path tmp;
  private StoreFixtures.Database database;
  private DirectoryStore store;
  private BulkImporter curator;

  protected abstract StoreFixtures.Database newDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    synchronized (BulkImportContract.class) {
      if (world == null) {
        world = SyntheticDirectory.generate(GeoNamesGazetteer.bundled().cities(), GROUPS, 7);
      }
    }
    database = newDatabase();
    store = database.store();
    curator = new BulkImporter(store, Ids.random());
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void aJsonExportStreamedIntoAnEmptyStoreExportsAsItWas() throws IOException {
    String json = Exports.render(world, ExportFormat.JSON);

    BulkApplied applied = importFile("world.json", json, false);

    assertThat(Exports.render(store.directory(), ExportFormat.JSON)).isEqualTo(json);
    assertThat(applied.groups()).isEqualTo(GROUPS);
    assertThat(applied.created()).isEqualTo(GROUPS + world.regions().size() + 1L);
    assertThat(applied.records()).isEqualTo(GROUPS + world.regions().size());
    assertThat(store.version()).isEqualTo(applied.changeSet()).isPositive();
    assertThat(count("SELECT COUNT(*) FROM change_sets")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM revisions"))
        .isEqualTo(GROUPS + world.regions().size() + 1L);
    assertThat(store.importRuns().getFirst().changeSet()).isEqualTo(applied.changeSet());
  }

  @Test
  void aCsvExportStreamedIntoAnEmptyStoreExportsAsItWas() throws IOException {
    String csv = Exports.render(world, ExportFormat.CSV);

    BulkApplied applied = importFile("world.csv", csv, false);

    assertThat(Exports.render(store.directory(), ExportFormat.CSV)).isEqualTo(csv);
    assertThat(applied.groups()).isEqualTo(GROUPS);
    assertThat(applied.records()).isEqualTo(GROUPS);
    // placements come from the file: the gazetteer here knows no place
    assertThat(store.directory().groups()).allMatch(g -> g.placement().isPlaced());
  }

  @Test
  void theSameFileAgainMakesNoChangeSet() throws IOException {
    String json = Exports.render(world, ExportFormat.JSON);
    importFile("world.json", json, false);
    long version = store.version();

    BulkApplied again = importFile("world.json", json, true);

    assertThat(again.changeSet()).isZero();
    assertThat(again.unchanged()).isEqualTo(GROUPS + world.regions().size());
    assertThat(again.created() + again.changed() + again.removed()).isZero();
    assertThat(store.version()).isEqualTo(version);
    assertThat(Exports.render(store.directory(), ExportFormat.JSON)).isEqualTo(json);
  }

  @Test
  void replaceMatchesGroupsBySlugChangingAddingAndRemovingInOneChangeSet() throws IOException {
    importFile("world.json", Exports.render(world, ExportFormat.JSON), false);
    Group first = world.groups().getFirst();
    Group last = world.groups().getLast();
    EntityRef firstRef = store.find(EntityKind.GROUP, first.slug()).orElseThrow();
    EntityRef lastRef = store.find(EntityKind.GROUP, last.slug()).orElseThrow();
    List<Group> groups = new ArrayList<>(world.groups());
    groups.set(0, first.withMeeting("every Monday"));
    groups.removeLast();
    Directory next =
        new Directory(world.title(), world.intro(), regionsWithout(last.slug()), groups);
    String json = Exports.render(next, ExportFormat.JSON);

    BulkApplied applied = importFile("next.json", json, true);

    assertThat(Exports.render(store.directory(), ExportFormat.JSON)).isEqualTo(json);
    assertThat(applied.changed()).isEqualTo(1);
    assertThat(applied.removed()).isEqualTo(1);
    assertThat(applied.created()).isZero();
    assertThat(store.find(EntityKind.GROUP, first.slug())).contains(firstRef);
    assertThat(store.history(firstRef, 10, 0))
        .extracting(r -> r.kind())
        .containsExactly(RevisionKind.IMPORT, RevisionKind.CREATE);
    assertThat(store.entity(lastRef).orElseThrow().removed()).isTrue();
    assertThat(store.revisionsOf(applied.changeSet())).hasSize(2);
  }

  @Test
  void withoutReplaceADirectoryThatHasGroupsIsRefusedAndLeftAsItWas() throws IOException {
    importFile("world.json", Exports.render(world, ExportFormat.JSON), false);
    Snapshot before = snapshot();

    assertThatThrownBy(
            () -> importFile("again.csv", Exports.render(world, ExportFormat.CSV), false))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("only into an empty one or with --replace");

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aBadCsvRowRefusesTheWholeFileNamingRecordAndColumn() throws IOException {
    importFile("world.json", Exports.render(world, ExportFormat.JSON), false);
    Snapshot before = snapshot();
    List<String> lines = new ArrayList<>(Exports.render(world, ExportFormat.CSV).lines().toList());
    // records 2300 and 2400: after the first batch of 2000 was written
    lines.set(2300, lines.get(2300).replace(",active,", ",dormant,"));
    lines.set(2400, lines.get(2400).replace(",active,", ",sleeping,"));
    String csv = String.join("\r\n", lines) + "\r\n";

    assertThatThrownBy(() -> importFile("bad.csv", csv, true))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("record 2300 (line 2301), column status: 'dormant' is not one of")
        .hasMessageContaining("record 2400")
        .hasMessageContaining("nothing was imported");

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aFailureAfterBatchesWereWrittenRollsTheWholeImportBack() throws IOException {
    importFile("world.json", Exports.render(world, ExportFormat.JSON), false);
    Snapshot before = snapshot();
    List<Group> groups = new ArrayList<>(world.groups());
    groups.replaceAll(g -> g.withMeeting("changed"));
    // a group listed twice, far past the first batch: found only when its batch is written
    groups.add(groups.get(5));
    Directory twice = new Directory(world.title(), world.intro(), world.regions(), groups);
    String json = Exports.render(twice, ExportFormat.JSON);

    assertThatThrownBy(() -> importFile("twice.json", json, true))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("Record " + (world.regions().size() + GROUPS + 1))
        .hasMessageContaining("is used by an earlier group in the file");

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aTruncatedFileRollsTheWholeImportBack() throws IOException {
    importFile("world.json", Exports.render(world, ExportFormat.JSON), false);
    Snapshot before = snapshot();
    List<Group> groups = new ArrayList<>(world.groups());
    groups.replaceAll(g -> g.withMeeting("changed"));
    String json =
        Exports.render(
            new Directory(world.title(), world.intro(), world.regions(), groups),
            ExportFormat.JSON);
    String cut = json.substring(0, json.length() * 9 / 10); // a writer killed at 90%

    assertThatThrownBy(() -> importFile("cut.json", cut, true))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("Bad directory JSON")
        .hasMessageContaining("unexpected end-of-input")
        .hasMessageContaining("opened at line");

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aDryRunCountsAndChangesNothing() throws IOException {
    Snapshot before = snapshot();

    BulkApplied dry =
        curator.importFile(
            write("world.csv", Exports.render(world, ExportFormat.CSV)),
            ExportFormat.CSV,
            new ImportOptions(Merge.Mode.MERGE, true, "", "", Optional.empty(), ""));

    assertThat(dry.created()).isEqualTo(GROUPS + countRegionsUsed());
    assertThat(dry.changeSet()).isZero();
    assertThat(dry.run()).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  // ---- helpers

  private long countRegionsUsed() {
    return world.groups().stream()
        .flatMap(g -> world.regionsOf(g.slug()).stream())
        .map(r -> r.slug())
        .distinct()
        .count();
  }

  private List<org.localgroups.directory.Region> regionsWithout(String groupSlug) {
    return world.regions().stream()
        .map(
            r ->
                new org.localgroups.directory.Region(
                    r.slug(),
                    r.name(),
                    r.level(),
                    r.parentSlug(),
                    r.kind(),
                    r.place(),
                    r.resources(),
                    r.groupSlugs().stream().filter(s -> !s.equals(groupSlug)).toList(),
                    r.line()))
        .toList();
  }

  private BulkApplied importFile(String name, String text, boolean replace) throws IOException {
    Path file = write(name, text);
    ExportFormat format = name.endsWith(".csv") ? ExportFormat.CSV : ExportFormat.JSON;
    return curator.importFile(
        file,
        format,
        new ImportOptions(
            replace ? Merge.Mode.REPLACE : Merge.Mode.MERGE, false, "", "", Optional.empty(), ""));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  /** What a failed import must leave as it was: the directory, its history, the import runs. */
  private record Snapshot(
      String json, long version, long changeSets, long revisions, int runs, long groupRows) {}

  private Snapshot snapshot() {
    return new Snapshot(
        Exports.render(store.directory(), ExportFormat.JSON),
        store.version(),
        count("SELECT COUNT(*) FROM change_sets"),
        count("SELECT COUNT(*) FROM revisions"),
        store.importRuns().size(),
        count("SELECT COUNT(*) FROM groups"));
  }

  private long count(String sql) {
    return store.database().read(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}

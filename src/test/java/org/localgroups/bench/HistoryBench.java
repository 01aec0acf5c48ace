package org.localgroups.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.localgroups.curate.Curator;
import org.localgroups.curate.Editor;
import org.localgroups.curate.ImportOptions;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Revision;
import org.localgroups.revision.Stored;
import org.localgroups.store.ChangeQuery;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 8: the history of a group with 1,000 revisions, on SQLite: the seed page imported, then one
 * group edited 1,000 times (with the seed's 201 other groups and 99 regions beside it). What its
 * history page reads: {@code DirectoryStore.history(ref, 50, 0)}, the newest 50 revisions with
 * their states; the same page deep in the past (the 50 before the 950th newest); and {@code
 * revisionCount(ref)}. Baseline of the same run: a read of the group's current state ({@code
 * DirectoryStore.entity(ref)}). SampleTime prints the median (p0.50) and p0.99. Run with {@code
 * bin/bench HistoryBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m", "--enable-native-access=ALL-UNNAMED"})
public class HistoryBench {
  static final int EDITS = 1_000;

  /** Revisions on one page of a history. */
  static final int PAGE = 50;

  private Path folder;
  private DirectoryStore store;
  private EntityRef group;
  private long deep;

  @Setup(Level.Trial)
  public void edit() throws IOException {
    folder = Files.createTempDirectory("localgroups-historybench");
    store = Stores.sqlite(folder);
    var gazetteer = GeoNamesGazetteer.bundled();
    new Curator(store, gazetteer, Ids.random())
        .importPage(
            new PageReader()
                .read(Path.of("src/main/resources/seed/LocalUserGroups.moin"), PageFormat.AUTO, ""),
            ImportOptions.MERGE);
    String slug = store.directory().groups().getFirst().slug();
    group = store.find(EntityKind.GROUP, slug).orElseThrow();
    var editor = new Editor(store, gazetteer, Ids.random());
    for (int i = 0; i < EDITS; i++) {
      editor.edit(
          slug,
          EditBench.description("revision " + i + " of " + slug),
          0,
          new Editor.Attribution("bench", "edit " + i));
    }
    List<Revision> all = store.history(group, EDITS + 10, 0);
    deep = all.get(950).id();
    System.out.println(
        "HistoryBench: '"
            + slug
            + "' has "
            + store.revisionCount(group)
            + " revisions; the store "
            + store.changes(ChangeQuery.newest(1)).getFirst().id()
            + " in all");
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    store.close();
    try (var files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public Optional<Stored.StoredEntity> currentGroup() {
    return store.entity(group);
  }

  @Benchmark
  public List<Revision> historyFirstPage() {
    return store.history(group, PAGE, 0);
  }

  @Benchmark
  public List<Revision> historyDeepPage() {
    return store.history(group, PAGE, deep);
  }

  @Benchmark
  public int revisionCount() {
    return store.revisionCount(group);
  }
}

package org.localgroups.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.localgroups.curate.Curator;
import org.localgroups.curate.HistoryReplay;
import org.localgroups.curate.ImportOptions;
import org.localgroups.curate.Replayed;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.importer.Importer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.Ids;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;
import org.localgroups.wikihistory.PageHistory;
import org.localgroups.wikihistory.PageRevision;
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
 * Replaying the python.org page's 439 revisions (2002-2013) into a new SQLite store, against two
 * baselines in the same run: importing the last revision alone into a new store, and reading every
 * revision from the bundle and through the importer without any store (what the replay cannot do
 * without). Single shots, each on a fresh store; divide {@code replayAll} by 439 for the figure per
 * revision. Run with {@code bin/bench HistoryReplayBench -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m", "--enable-native-access=ALL-UNNAMED"})
public class HistoryReplayBench {
  static final Path BUNDLE =
      Path.of("src/test/resources/wikihistory/LocalUserGroups-history.bundle");

  private GeoNamesGazetteer gazetteer;
  private Path data;
  private DirectoryStore store;
  private byte[] lastRevision;

  @Setup(Level.Trial)
  public void load() {
    gazetteer = GeoNamesGazetteer.bundled();
    try (PageHistory history = PageHistory.open(BUNDLE, "", "")) {
      lastRevision = history.text(history.revisions().getLast(), PageReader.MAX_BYTES);
    }
  }

  @Setup(Level.Invocation)
  public void newStore() throws IOException {
    data = Files.createTempDirectory("localgroups-replay-bench");
    store = Stores.sqlite(data);
  }

  @TearDown(Level.Invocation)
  public void removeStore() throws IOException {
    store.close();
    try (var files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  @Benchmark
  public Replayed replayAll() {
    try (PageHistory history = PageHistory.open(BUNDLE, "", "")) {
      return new HistoryReplay(store, gazetteer, Ids.random()).replay(history, s -> {});
    }
  }

  @Benchmark
  public long importLastRevisionAlone() {
    return new Curator(store, gazetteer, Ids.random())
        .importPage(
            new PageReader().read(lastRevision, "LocalUserGroups.moin", PageFormat.MOIN, ""),
            ImportOptions.MERGE)
        .changeSet();
  }

  @Benchmark
  public int readAndImportEveryRevisionWithoutAStore() {
    Importer importer = new Importer(gazetteer);
    PageReader reader = new PageReader();
    int groups = 0;
    try (PageHistory history = PageHistory.open(BUNDLE, "", "")) {
      for (PageRevision r : history.revisions()) {
        try {
          var page =
              reader.read(
                  history.text(r, PageReader.MAX_BYTES),
                  "LocalUserGroups.moin",
                  PageFormat.MOIN,
                  "");
          groups +=
              importer.read(page.outline(), page.source(), "moin").directory().groups().size();
        } catch (org.localgroups.LocalGroupsException e) {
          // the flat list of 2002-2004 and the spam pages: refused, as in the replay
        }
      }
    }
    return groups;
  }
}

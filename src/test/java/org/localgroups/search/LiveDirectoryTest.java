package org.localgroups.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.directory.Directory;
import org.localgroups.directory.DirectorySource;

class LiveDirectoryTest {

  /** A store in memory that counts how often the directory was read. */
  private static final class Store implements DirectorySource {
    volatile Directory directory = World.directory();
    volatile long version = 1;
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public long version() {
      return version;
    }

    @Override
    public Directory directory() {
      reads.incrementAndGet();
      return directory;
    }
  }

  @Test
  void readsTheDirectoryOnlyWhenItsVersionChanged() {
    Store store = new Store();
    try (LiveDirectory live = new LiveDirectory(store, new TestGazetteer())) {
      DirectoryView first = live.current();
      assertThat(live.current()).isSameAs(first);
      assertThat(store.reads).hasValue(1);

      Directory onlyBerlin =
          new Directory(
              "", List.of(), List.of(), List.of(World.directory().group("berlin").orElseThrow()));
      store.directory = onlyBerlin;
      store.version = 2;
      DirectoryView second = live.current();
      assertThat(second.version()).isEqualTo(2);
      assertThat(second.directory()).isSameAs(onlyBerlin);
      assertThat(store.reads).hasValue(2);
    }
  }

  @Test
  void theDirectoryAndItsIndexChangeTogether() {
    Store store = new Store();
    try (LiveDirectory live = new LiveDirectory(store, new TestGazetteer())) {
      DirectoryView before = live.current();
      store.directory =
          new Directory(
              "", List.of(), List.of(), List.of(World.directory().group("berlin").orElseThrow()));
      store.version = 2;
      DirectoryView after = live.current();

      NearResult fromPoland = after.finder().near("Poland", 5, 50);
      assertThat(fromPoland.anyWithinRadius()).isFalse();
      assertThat(fromPoland.groups()).extracting(NearGroup::groupSlug).containsExactly("berlin");
      assertThat(after.index().search("Krakow", SearchFilter.NONE, 5)).isEmpty();
      // a request that started on the old view still finishes on it, index included
      assertThat(before.index().search("Krakow", SearchFilter.NONE, 5)).isNotEmpty();
      assertThat(before.finder().near("Kraków", 5, 50).groups()).isNotEmpty();
    }
  }

  private static List<String> versions(Path root) throws IOException {
    try (Stream<Path> folders = Files.list(root)) {
      return folders.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aKeptIndexIsOpenedOnARestartAtTheSameVersionAndOtherVersionsAreDeleted(@TempDir Path root)
      throws IOException {
    Store store = new Store();
    KeptIndexes kept = new KeptIndexes(root, 1);
    try (LiveDirectory live = new LiveDirectory(store, new TestGazetteer(), kept)) {
      assertThat(live.current().index().reused()).isFalse();
      assertThat(live.current().index().search("Krakow", SearchFilter.NONE, 5)).isNotEmpty();
    }
    assertThat(versions(root)).containsExactly("v1");

    try (LiveDirectory restarted = new LiveDirectory(store, new TestGazetteer(), kept)) {
      DirectoryView view = restarted.current();
      assertThat(view.index().reused()).as("the same version: opened, not indexed").isTrue();
      assertThat(view.index().search("Krakow", SearchFilter.NONE, 5)).isNotEmpty();

      store.directory =
          new Directory(
              "", List.of(), List.of(), List.of(World.directory().group("berlin").orElseThrow()));
      store.version = 2;
      assertThat(restarted.current().index().search("Krakow", SearchFilter.NONE, 5)).isEmpty();
      // the replaced version stays for the requests still reading it
      assertThat(versions(root)).containsExactly("v1", "v2");
    }
    // closed: the replaced version is gone, the current one kept for the next start
    assertThat(versions(root)).containsExactly("v2");

    Path stale = Files.createDirectories(root.resolve("v0"));
    Files.writeString(stale.resolve("_0.cfs"), "left by an earlier run");
    try (LiveDirectory again = new LiveDirectory(store, new TestGazetteer(), kept)) {
      assertThat(again.current().index().reused()).isTrue();
    }
    assertThat(versions(root)).as("earlier runs' versions are swept").containsExactly("v2");
  }

  @Test
  void aFolderThatCannotBeKeptMeansAnIndexInMemory(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    Store store = new Store();
    try (LiveDirectory live =
        new LiveDirectory(store, new TestGazetteer(), new KeptIndexes(file, 1))) {
      assertThat(live.current().index().reused()).isFalse();
      assertThat(live.current().index().search("Krakow", SearchFilter.NONE, 5)).isNotEmpty();
    }
  }
}

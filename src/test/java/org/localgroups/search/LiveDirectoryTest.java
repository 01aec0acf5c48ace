package org.localgroups.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
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
}

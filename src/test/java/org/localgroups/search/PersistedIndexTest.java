package org.localgroups.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;

/**
 * {@link LuceneGroupIndex#persisted}: the index a server keeps in its data folder, opened as it is
 * on a restart at the same version, built again when anything it was made from differs.
 */
class PersistedIndexTest {
  @TempDir Path folder;

  private static List<String> found(LuceneGroupIndex index, String text) {
    return index.search(text, SearchFilter.NONE, 20).stream().map(TextHit::groupSlug).toList();
  }

  private static List<String> near(LuceneGroupIndex index) {
    return index.nearest(50.06143, 19.93658, 4, Double.POSITIVE_INFINITY).stream()
        .map(NearGroup::groupSlug)
        .toList();
  }

  @Test
  void aRestartAtTheSameVersionOpensTheKeptIndexAndFindsTheSameGroups() {
    Directory directory = World.directory();
    List<String> built;
    List<String> nearBuilt;
    try (LuceneGroupIndex first = LuceneGroupIndex.persisted(folder, 7, directory)) {
      assertThat(first.reused()).isFalse();
      built = found(first, "krakow");
      nearBuilt = near(first);
    }
    assertThat(built).isNotEmpty();
    try (LuceneGroupIndex again = LuceneGroupIndex.persisted(folder, 7, directory)) {
      assertThat(again.reused()).isTrue();
      assertThat(found(again, "krakow")).isEqualTo(built);
      assertThat(near(again)).isEqualTo(nearBuilt);
    }
  }

  @Test
  void anotherVersionOrAnotherDirectoryIsIndexedAgain() {
    Directory directory = World.directory();
    try (LuceneGroupIndex first = LuceneGroupIndex.persisted(folder, 7, directory)) {
      assertThat(first.reused()).isFalse();
    }
    try (LuceneGroupIndex later = LuceneGroupIndex.persisted(folder, 8, directory)) {
      assertThat(later.reused()).isFalse();
      assertThat(found(later, "krakow")).isNotEmpty();
    }
    Directory fewer =
        new Directory(
            directory.title(),
            directory.intro(),
            directory.regions(),
            directory.groups().subList(0, 1));
    try (LuceneGroupIndex other = LuceneGroupIndex.persisted(folder, 8, fewer)) {
      assertThat(other.reused()).as("the same version number but other groups").isFalse();
      assertThat(found(other, "krakow")).hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void aDamagedIndexIsBuiltAgainNotServed() throws IOException {
    Directory directory = World.directory();
    try (LuceneGroupIndex first = LuceneGroupIndex.persisted(folder, 7, directory)) {
      assertThat(first.reused()).isFalse();
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    try (LuceneGroupIndex again = LuceneGroupIndex.persisted(folder, 7, directory)) {
      assertThat(again.reused()).isFalse();
      assertThat(found(again, "krakow")).isNotEmpty();
    }
  }

  @Test
  void aFolderHeldByAnotherIndexIsRefusedAndLeftAsItIs() {
    Directory directory = World.directory();
    try (LuceneGroupIndex first = LuceneGroupIndex.persisted(folder, 7, directory)) {
      assertThatThrownBy(() -> LuceneGroupIndex.persisted(folder, 8, directory))
          .isInstanceOf(LocalGroupsException.class)
          .hasMessageContaining("Cannot keep the search index in " + folder);
      assertThat(found(first, "krakow")).isNotEmpty();
    }
    try (LuceneGroupIndex again = LuceneGroupIndex.persisted(folder, 7, directory)) {
      assertThat(again.reused()).as("the first index, untouched by the refused one").isTrue();
    }
  }
}

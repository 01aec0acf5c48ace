package org.localgroups.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.LocalGroupsException;

class GazetteerLoadTest {

  @Test
  void loadsTheBundledDataQuicklyAndCompactly() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.loadBundled();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    long retainedMb = (runtime.totalMemory() - runtime.freeMemory() - before) >> 20;
    System.out.printf(
        "gazetteer: %d places (%d cities), %d names, loaded in %d ms, ~%d MB retained%n",
        gazetteer.size(), gazetteer.cityCount(), gazetteer.nameCount(), millis, retainedMb);

    assertThat(gazetteer.cityCount()).isGreaterThan(150_000);
    assertThat(retainedMb).isLessThan(120); // budget 80 MB; slack for a noisy measurement
    assertThat(millis).isLessThan(15_000); // budget 1 s on a quiet machine; CI machines are shared
    assertThat(gazetteer.lookup("Kraków")).isNotEmpty();
  }

  @Test
  void loadsTheSameDataFromADirectory(@TempDir Path dir) throws Exception {
    for (String name :
        new String[] {GeoNamesGazetteer.PLACES, GeoNamesGazetteer.ZONES, GeoNamesGazetteer.NAMES}) {
      try (var in = GazetteerLoadTest.class.getResourceAsStream("/geo/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.fromDirectory(dir);

    assertThat(gazetteer.lookup("Cracow").getFirst().place().name()).isEqualTo("Kraków");
  }

  @Test
  void saysPlainlyWhenTheDataIsMissing(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeoNamesGazetteer.fromDirectory(dir))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageStartingWith("The gazetteer data cannot be read");
  }
}

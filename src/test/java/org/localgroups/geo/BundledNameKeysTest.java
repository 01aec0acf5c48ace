package org.localgroups.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.localgroups.text.Fold;
import org.localgroups.text.HardNames;

class BundledNameKeysTest {

  /**
   * The build script normalised the bundled keys in JavaScript; Java's one fold must agree on every
   * one.
   */
  @Test
  void agreesWithTheBuildScriptOnEveryBundledName() throws Exception {
    NameIndex index;
    try (InputStream in =
        new GZIPInputStream(
            BundledNameKeysTest.class.getResourceAsStream("/geo/" + GeoNamesGazetteer.NAMES))) {
      index = NameIndex.read(in);
    }
    List<String> disagreements = new ArrayList<>();
    for (int slot = 0; slot < index.size(); slot++) {
      String key = index.key(slot);
      if (!Fold.key(key).equals(key)) {
        disagreements.add(key);
      }
    }
    assertThat(index.size()).isGreaterThan(500_000);
    assertThat(disagreements).as("keys the Java normaliser would change").isEmpty();
  }

  /** The gazetteer finds a place under any spelling that folds to the same key. */
  @Test
  void findsHardNamesUnderTheirFoldedSpelling() {
    Gazetteer gazetteer = GazetteerFixture.bundled();
    for (String written :
        List.of(
            "Tromsø",
            "Łódź",
            "İstanbul",
            "Diyarbakır",
            "Đà Nẵng",
            "Þórshöfn",
            "München",
            "São Paulo")) {
      String folded =
          HardNames.ALL.stream()
              .filter(n -> n.written().equals(written))
              .findFirst()
              .orElseThrow()
              .key();
      assertThat(gazetteer.lookup(folded)).as(folded).isNotEmpty();
      assertThat(gazetteer.lookup(folded).getFirst().place().geonameId())
          .as(written + " and " + folded + " name the same place")
          .isEqualTo(gazetteer.lookup(written).getFirst().place().geonameId());
    }
  }
}

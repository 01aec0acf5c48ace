package org.localgroups.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

  @ParameterizedTest(name = "{0} == {1}")
  @CsvSource(delimiter = '|', textBlock = """
      São Paulo          | Sao Paulo
      Köln               | KOLN
      Kraków             | krakow
      Straße             | strasse
      Ærø                | aero
      Łódź               | lodz
      Winston-Salem      | winston salem
      L'Aquila           | l aquila
      St. Louis          | st louis
      Washington, D.C.   | washington d c
      '  Saint   John  ' | saint john
      Zürich             | zurich
      İstanbul           | istanbul
      Þórshöfn           | thorshofn
      """)
  void foldsAccentsCaseAndPunctuationAlike(String a, String b) {
    assertThat(NameKey.normalise(a)).isEqualTo(NameKey.normalise(b));
  }

  @Test
  void spellsOutTheFoldsAsDocumented() {
    assertThat(NameKey.normalise("São Paulo")).isEqualTo("sao paulo");
    assertThat(NameKey.normalise("Dallas-Ft. Worth")).isEqualTo("dallas ft worth");
    assertThat(NameKey.normalise("Cracow’s")).isEqualTo("cracow s");
  }

  @Test
  void keepsScriptsWithoutCaseAndTheirMarks() {
    assertThat(NameKey.normalise("ประเทศไทย")).isEqualTo("ประเทศไทย");
    assertThat(NameKey.normalise("中国")).isEqualTo("中国");
    assertThat(NameKey.normalise("Россия")).isEqualTo("россия");
  }

  @Property
  void isIdempotent(@ForAll String text) {
    String once = NameKey.normalise(text);
    assertThat(NameKey.normalise(once)).isEqualTo(once);
  }

  @Property
  void leavesNoOuterOrDoubleSpaces(@ForAll String text) {
    String key = NameKey.normalise(text);
    assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
  }

  /** The build script normalised the bundled keys in JavaScript; Java must agree on every one. */
  @Test
  void agreesWithTheBuildScriptOnEveryBundledName() throws Exception {
    NameIndex index;
    try (InputStream in = new GZIPInputStream(
        NameKeyTest.class.getResourceAsStream("/geo/" + GeoNamesGazetteer.NAMES))) {
      index = NameIndex.read(in);
    }
    List<String> disagreements = new ArrayList<>();
    for (int slot = 0; slot < index.size(); slot++) {
      String key = index.key(slot);
      if (!NameKey.normalise(key).equals(key)) {
        disagreements.add(key);
      }
    }
    assertThat(index.size()).isGreaterThan(500_000);
    assertThat(disagreements).as("keys the Java normaliser would change").isEmpty();
  }
}

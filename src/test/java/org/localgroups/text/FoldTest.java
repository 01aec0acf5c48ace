package org.localgroups.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldTest {

  @ParameterizedTest(name = "{0} == {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
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
    assertThat(Fold.key(a)).isEqualTo(Fold.key(b));
  }

  @Test
  void spellsOutTheFoldsAsDocumented() {
    assertThat(Fold.key("São Paulo")).isEqualTo("sao paulo");
    assertThat(Fold.key("Dallas-Ft. Worth")).isEqualTo("dallas ft worth");
    assertThat(Fold.key("Cracow’s")).isEqualTo("cracow s");
  }

  @Test
  void keepsScriptsWithoutCaseAndTheirMarks() {
    assertThat(Fold.key("ประเทศไทย")).isEqualTo("ประเทศไทย");
    assertThat(Fold.key("中国")).isEqualTo("中国");
    assertThat(Fold.key("Россия")).isEqualTo("россия");
  }

  @Property
  void isIdempotent(@ForAll String text) {
    String once = Fold.key(text);
    assertThat(Fold.key(once)).isEqualTo(once);
  }

  @Property
  void leavesNoOuterOrDoubleSpaces(@ForAll String text) {
    String key = Fold.key(text);
    assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
  }

  @Test
  void foldsTheHardLettersOfEveryScriptAsDocumented() {
    for (HardNames.Name n : HardNames.ALL) {
      assertThat(Fold.key(n.written())).as(n.written()).isEqualTo(n.key());
    }
  }

  @Test
  void asciiWordsOfALatinNameAreTheKeyAndOtherScriptsAreTransliterated() {
    for (HardNames.Name n : HardNames.ALL) {
      String keyWords = n.key().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
      if (keyWords.isEmpty()) {
        assertThat(Fold.asciiWords(n.written()))
            .as(n.written())
            .isEqualTo(Fold.latin(n.written()).replaceAll("[^a-z0-9]+", "-"))
            .isNotEmpty();
      } else {
        assertThat(Fold.asciiWords(n.written())).as(n.written()).isEqualTo(keyWords);
      }
    }
  }

  @Test
  void latinTransliteratesAfterTheFoldAndKeepsSpacing() {
    assertThat(Fold.latin("Москва Python")).isEqualTo("moskva python");
    assertThat(Fold.latin("São Paulo")).isEqualTo("sao paulo");
    assertThat(Fold.latin("東京")).isEqualTo("dong jing");
  }

  @Property
  void asciiWordsAreAlwaysLowerCaseAsciiWordsJoinedByDashes(@ForAll String text) {
    assertThat(Fold.asciiWords(text)).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
  }

  @Property
  void keyIsTheFoldWithPunctuationAsSpaces(@ForAll String text) {
    assertThat(Fold.key(text)).isEqualTo(Fold.key(Fold.fold(text)));
  }
}

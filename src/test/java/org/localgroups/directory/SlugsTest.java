package org.localgroups.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.localgroups.text.Fold;
import org.localgroups.text.HardNames;

class SlugsTest {

  /**
   * A slug is the ASCII words of the one fold ({@code Fold.asciiWords}): for a Latin name the ASCII
   * of the key the gazetteer and search fold it to; for other scripts, their transliteration.
   */
  @Test
  void aSlugIsTheAsciiWordsOfTheOneFold() {
    for (HardNames.Name n : HardNames.ALL) {
      assertThat(Slugs.of(n.written())).as(n.written()).isEqualTo(Fold.asciiWords(n.written()));
    }
    assertThat(Slugs.of("Đà Nẵng")).isEqualTo("da-nang");
    assertThat(Slugs.of("Þórshöfn")).isEqualTo("thorshofn");
  }

  @Test
  void claimsQualifiedThenNumberedSlugsWhenTaken() {
    Slugs slugs = new Slugs();
    assertThat(slugs.claim("PyData")).isEqualTo("pydata");
    assertThat(slugs.claim("PyData", "DE")).isEqualTo("de-pydata");
    assertThat(slugs.claim("PyData", "DE")).isEqualTo("pydata-2");
    assertThat(slugs.claim("Москва")).isEqualTo("moskva");
    assertThat(slugs.claim("…")).as("no letter or digit at all").isEqualTo("item");
  }
}

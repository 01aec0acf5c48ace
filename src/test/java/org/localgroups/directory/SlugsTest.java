package org.localgroups.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.localgroups.text.HardNames;

class SlugsTest {

  /** A slug is the ASCII of the key the gazetteer and search fold a name to: the three agree. */
  @Test
  void aSlugIsTheAsciiOfTheOneFold() {
    for (HardNames.Name n : HardNames.ALL) {
      assertThat(Slugs.of(n.written()))
          .as(n.written())
          .isEqualTo(n.key().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""));
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
    assertThat(slugs.claim("Москва")).isEqualTo("item");
  }
}

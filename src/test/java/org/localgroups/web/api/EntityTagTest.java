package org.localgroups.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EntityTagTest {
  @Test
  void writesAndReadsARevision() {
    assertThat(EntityTag.of(42)).isEqualTo("\"r42\"");
    assertThat(EntityTag.revision("\"r42\"")).isEqualTo(OptionalLong.of(42));
    assertThat(EntityTag.revision(" \"r42\" ")).isEqualTo(OptionalLong.of(42));
  }

  @Test
  void readsNothingElse() {
    for (String bad :
        new String[] {
          "r42",
          "\"42\"",
          "\"r0\"",
          "\"r-1\"",
          "W/\"r42\"",
          "\"r1\", \"r2\"",
          "*",
          "\"r99999999999999999999\"",
          "\"r4x\""
        }) {
      assertThat(EntityTag.revision(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void ifNoneMatchComparesWeaklyAndTakesLists() {
    assertThat(EntityTag.noneMatchHits("\"r7\"", 7)).isTrue();
    assertThat(EntityTag.noneMatchHits("W/\"r7\"", 7)).isTrue();
    assertThat(EntityTag.noneMatchHits("\"r1\", \"r7\"", 7)).isTrue();
    assertThat(EntityTag.noneMatchHits("*", 7)).isTrue();
    assertThat(EntityTag.noneMatchHits("\"r6\"", 7)).isFalse();
    assertThat(EntityTag.noneMatchHits(null, 7)).isFalse();
  }
}

package org.localgroups.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionsForTest {
  private final GeoNamesGazetteer gazetteer = GazetteerFixture.bundled();

  @Test
  void suggestsPlacesSharingTheLongestPrefixThatAnyPlaceHas() {
    assertThat(gazetteer.suggestionsFor("Krakoww", 5)).anyMatch(label -> label.startsWith("Kra"));
    // no place starts with "Xyz": fall back to shorter prefixes ("Xy": Xylókastro; Shymkent by an
    // alternate name)
    assertThat(gazetteer.suggest("Xyz", 5)).isEmpty();
    assertThat(gazetteer.suggestionsFor("Xyzzyville", 5))
        .hasSize(5)
        .anyMatch(label -> label.startsWith("Xy"));
  }

  @Test
  void suggestsNothingForTextWithoutLetters() {
    assertThat(gazetteer.suggestionsFor("   ", 5)).isEmpty();
  }
}

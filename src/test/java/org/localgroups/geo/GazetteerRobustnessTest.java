package org.localgroups.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whatever people type or paste, the gazetteer answers, within bounds, and never throws. */
class GazetteerRobustnessTest {
  private final GeoNamesGazetteer gazetteer = GazetteerFixture.bundled();

  @Property(tries = 300)
  void lookupNeverThrowsAndScoresStayInRange(@ForAll String text) {
    assertThat(gazetteer.lookup(text)).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
  }

  @Property(tries = 300)
  void mentionsNeverThrowAndQuoteTheText(@ForAll String text) {
    assertThat(gazetteer.mentions(text, LookupContext.country("US")))
        .allSatisfy(
            m -> {
              assertThat(text).contains(m.matched());
              assertThat(m.score()).isBetween(0.0, 1.0);
            });
  }

  @Property(tries = 300)
  void suggestNeverThrowsAndKeepsTheLimit(@ForAll String prefix) {
    assertThat(gazetteer.suggest(prefix, 7)).hasSizeLessThanOrEqualTo(7);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void scansALongPageQuickly() {
    String page =
        "Python User Group in Guadalajara, Cracow's Python Users, Boston / Cambridge, MA. "
            .repeat(2_000);

    assertThat(gazetteer.mentions(page, LookupContext.NONE))
        .extracting(m -> m.place().name())
        .contains("Guadalajara", "Kraków", "Boston", "Cambridge");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void suggestsFromASingleLetterQuickly() {
    assertThat(gazetteer.suggest("s", 10)).hasSize(10);
    assertThat(gazetteer.lookup("a, b, c, d, e, f, g")).isNotNull();
  }
}

package org.localgroups.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.localgroups.moin.MoinOutlineReader;

/** The two rules that tell vandalism, at and around their thresholds. */
class VandalismTest {
  private static final Vandalism.Reading PAGE =
      new Vandalism.Reading(80, Map.of("groups.google.com", 10, "www.meetup.com", 3));

  @Test
  void aPageThatLostMoreThanHalfItsGroupsWasReplaced() {
    assertThat(Vandalism.judge(PAGE, new Vandalism.Reading(0, Map.of())))
        .hasValue("page replaced: it lists 0 groups where the last revision replayed listed 80");
    assertThat(Vandalism.judge(PAGE, new Vandalism.Reading(39, PAGE.linksByHost()))).isPresent();
  }

  @Test
  void halfTheGroupsLeftIsAnEditNotVandalism() {
    assertThat(Vandalism.judge(PAGE, new Vandalism.Reading(40, PAGE.linksByHost()))).isEmpty();
  }

  @Test
  void aYoungPageIsNotJudgedByItsGroups() {
    var young = new Vandalism.Reading(Vandalism.MIN_GROUPS - 1, Map.of());
    assertThat(Vandalism.judge(young, new Vandalism.Reading(0, Map.of()))).isEmpty();
    assertThat(Vandalism.judge(Vandalism.Reading.NOTHING, new Vandalism.Reading(0, Map.of())))
        .isEmpty();
  }

  @Test
  void tenLinksToANewHostAreLinkSpam() {
    var spammed = new Vandalism.Reading(103, Map.of("groups.google.com", 10, "pills.example", 10));
    assertThat(Vandalism.judge(PAGE, spammed))
        .hasValue(
            "link spam: it adds 10 links to pills.example, a host the last revision replayed never"
                + " linked to");
  }

  @Test
  void nineLinksToANewHostOrManyToAKnownOneAreEdits() {
    assertThat(Vandalism.judge(PAGE, new Vandalism.Reading(89, Map.of("new.example", 9))))
        .isEmpty();
    assertThat(Vandalism.judge(PAGE, new Vandalism.Reading(95, Map.of("groups.google.com", 25))))
        .isEmpty();
  }

  @Test
  void readsWebLinksOfItemsAndParagraphsByHost() {
    var outline =
        new MoinOutlineReader()
            .read(
                "Intro [[http://python.org/x|x]]\n= Europe =\n * [[http://A.example/1|a]]"
                    + " [[http://a.example/2|b]] [[mailto:x@y.example|m]]\n",
                "Page");
    var reading = Vandalism.Reading.of(outline, 1);
    assertThat(reading.linksByHost())
        .containsExactlyInAnyOrderEntriesOf(Map.of("python.org", 1, "a.example", 2));
    assertThat(reading.groups()).isEqualTo(1);
  }
}

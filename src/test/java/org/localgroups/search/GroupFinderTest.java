package org.localgroups.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.geo.UnknownPlaceException;

class GroupFinderTest {
  private static final double FAR = Double.POSITIVE_INFINITY;

  private LuceneGroupIndex index;
  private GroupFinder finder;

  @BeforeEach
  void build() {
    index = LuceneGroupIndex.inMemory();
    index.replace(World.directory());
    finder = new GroupFinder(new TestGazetteer(), index, World.directory());
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static List<String> slugs(NearResult result) {
    return result.groups().stream().map(NearGroup::groupSlug).toList();
  }

  @Test
  void aCitysOwnGroupsComeFirstThenTheNearest() {
    NearResult result = finder.near("Kraków", 10, 50);
    assertThat(result.understood()).isEqualTo("Kraków, Lesser Poland, Poland");
    assertThat(result.latitude()).isEqualTo(World.KRAKOW.latitude());
    assertThat(result.longitude()).isEqualTo(World.KRAKOW.longitude());
    // Kazimierz Coders meet 1.3 km from the centre, the Kraków group's venue is 2.8 km out: the
    // city's own first
    assertThat(slugs(result)).containsExactly("krakow-pug", "kazimierz-coders");
    assertThat(result.groups().get(0).distanceKm()).isCloseTo(2.8, within(0.1));
    assertThat(result.inPlace())
        .as("only the Kraków group is placed in Kraków itself")
        .isEqualTo(1);
    assertThat(result.anyWithinRadius()).isTrue();
    assertThat(result.radiusKm()).isEqualTo(50);
    assertThat(result.alternatives()).isEmpty();
  }

  @Test
  void alternateNamesAndAccentsReachTheSameCity() {
    assertThat(slugs(finder.near("Cracow", 3, 50)))
        .containsExactly("krakow-pug", "kazimierz-coders");
    assertThat(slugs(finder.near("krakow", 3, 50)))
        .containsExactly("krakow-pug", "kazimierz-coders");
    assertThat(finder.near("  Krakau ", 3, 50).understood())
        .isEqualTo("Kraków, Lesser Poland, Poland");
  }

  @Test
  void kCapsTheAnswerButKeepsTheCitysOwnGroupFirst() {
    assertThat(slugs(finder.near("Kraków", 1, 50))).containsExactly("krakow-pug");
    assertThat(slugs(finder.near("Kraków", 4, FAR)))
        .containsExactly("krakow-pug", "kazimierz-coders", "poland-wide", "pywaw");
  }

  @Test
  void whereNothingIsNearSaysSoAndShowsTheNearestAnyway() {
    NearResult result = finder.near("Reykjavík", 3, 100);
    assertThat(result.understood()).isEqualTo("Reykjavík, Capital Region, Iceland");
    assertThat(result.anyWithinRadius()).isFalse();
    assertThat(slugs(result)).containsExactly("svalbard", "dusseldorf", "berlin");
    assertThat(result.inPlace()).isZero();
    assertThat(result.groups().get(0).distanceKm()).isCloseTo(1992.3, within(1.0));
  }

  @Test
  void anAmbiguousNameOffersTheOthersAsAlternatives() {
    NearResult result = finder.near("Sydney", 5, 100);
    assertThat(result.understood()).isEqualTo("Sydney, New South Wales, Australia");
    assertThat(slugs(result)).containsExactly("sypy");
    assertThat(result.alternatives())
        .extracting(m -> m.place().label())
        .containsExactly("Sydney, Nova Scotia, Canada");
    assertThat(finder.near("Sydney, Canada", 1, 100).understood())
        .isEqualTo("Sydney, Nova Scotia, Canada");
  }

  @Test
  void aCountryGivesTheGroupsPlacedInItNearestItsCentreFirst() {
    NearResult result = finder.near("Poland", 10, 50);
    assertThat(result.understood()).isEqualTo("Poland");
    assertThat(result.anyWithinRadius()).isTrue();
    assertThat(slugs(result))
        .containsExactly("poland-wide", "pywaw", "krakow-pug", "kazimierz-coders");
    assertThat(result.inPlace())
        .as("every group placed in Poland is in the place asked for")
        .isEqualTo(4);
    assertThat(result.groups().get(1).distanceKm()).isCloseTo(73.7, within(0.5));
    assertThat(slugs(finder.near("Deutschland", 10, 50)))
        .containsExactlyInAnyOrder("berlin", "dusseldorf");
  }

  @Test
  void aCountryWithoutGroupsGivesTheNearestToItsCentre() {
    NearResult result = finder.near("Iceland", 2, 300);
    assertThat(result.anyWithinRadius()).isFalse();
    assertThat(result.inPlace()).isZero();
    assertThat(slugs(result)).containsExactly("svalbard", "dusseldorf");
  }

  @Test
  void aStateGivesTheGroupsPlacedInIt() {
    NearResult result = finder.near("California", 10, 50);
    assertThat(result.understood()).isEqualTo("California, United States");
    assertThat(slugs(result)).containsExactly("baypiggies", "sf-python");
    assertThat(result.anyWithinRadius()).isTrue();
  }

  @Test
  void anUnknownPlaceSuggestsNamesStartingLikeIt() {
    assertThatThrownBy(() -> finder.near("Krakowia", 5, 50))
        .isInstanceOfSatisfying(
            UnknownPlaceException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.NOT_FOUND);
              assertThat(e.suggestions()).containsExactly("Kraków, Lesser Poland, Poland");
            })
        .hasMessageContaining("Krakowia");
    assertThatThrownBy(() -> finder.near("Xq", 5, 50))
        .isInstanceOfSatisfying(
            UnknownPlaceException.class, e -> assertThat(e.suggestions()).isEmpty());
  }

  @Test
  void coordinatesGiveTheGroupsWithinTheRadius() {
    NearResult result = finder.near(50.06143, 19.93658, 10, 100);
    assertThat(result.understood()).isEmpty();
    assertThat(result.alternatives()).isEmpty();
    assertThat(slugs(result)).containsExactly("kazimierz-coders", "krakow-pug");
    assertThat(result.anyWithinRadius()).isTrue();
  }

  @Test
  void coordinatesAcrossTheDatelineAndNearThePole() {
    NearResult fiji = finder.near(-18.5, -179.9, 5, 300);
    assertThat(slugs(fiji)).containsExactly("suva");
    assertThat(fiji.anyWithinRadius()).isTrue();
    NearResult pole = finder.near(90, 0, 2, 100);
    assertThat(pole.anyWithinRadius()).isFalse();
    assertThat(slugs(pole)).containsExactly("svalbard", "berlin");
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> finder.near("  ", 5, 50))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.BAD_INPUT));
    assertThatThrownBy(() -> finder.near("Kraków", 0, 50))
        .hasMessageContaining("between 1 and 100");
    assertThatThrownBy(() -> finder.near("Kraków", 5, -1)).hasMessageContaining("radius");
    assertThatThrownBy(() -> finder.near("x".repeat(201), 5, 50)).hasMessageContaining("200");
    assertThatThrownBy(() -> finder.near(91, 0, 5, 50))
        .hasMessageContaining("lat must be between -90 and 90");
    assertThatThrownBy(() -> finder.near(0, 200, 5, 50))
        .hasMessageContaining("lon must be between -180 and 180");
    assertThatThrownBy(() -> finder.near(0, 0, 5, Double.NaN)).hasMessageContaining("radius");
  }

  @Test
  void alternativesAreCloseInScoreAndDistinct() {
    List<PlaceMatch> alternatives = finder.near("Sydney", 1, 10).alternatives();
    assertThat(alternatives).allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.8));
  }
}

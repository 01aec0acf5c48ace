package org.localgroups.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localgroups.web.FixtureDirectory.city;
import static org.localgroups.web.FixtureDirectory.group;
import static org.localgroups.web.FixtureDirectory.link;
import static org.localgroups.web.FixtureDirectory.region;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region.RegionKind;

class DuplicatesTest {
  private static final Placement KRAKOW = city("Kraków", "PL", "", 50.06, 19.94, 3094802);
  private static final Placement WIELICZKA = city("Wieliczka", "PL", "", 49.99, 20.06, 3081752);
  private static final Placement WARSAW = city("Warsaw", "PL", "", 52.23, 21.01, 756135);

  private static Group g(String slug, String name, Placement p, String... urls) {
    return group(
        slug,
        name,
        "",
        java.util.Arrays.stream(urls).map(u -> link(LinkKind.WEBSITE, u, "")).toList(),
        GroupStatus.ACTIVE,
        p);
  }

  private static Directory of(List<String> inOneRegion, Group... groups) {
    return new Directory(
        "t",
        List.of(),
        List.of(region("poland", "Poland", 1, "", RegionKind.COUNTRY, List.of(), inOneRegion)),
        List.of(groups));
  }

  @Test
  void findsAGroupListedTwiceUnderTwoFormsOfItsMeetupUrl() {
    Directory d =
        of(
            List.of(),
            g("pykonik", "PyKonik", KRAKOW, "https://www.meetup.com/PyKonik/events/"),
            g("krakow-python", "Kraków Python", WARSAW, "http://meetup.com/pykonik"));
    List<DuplicatePair> pairs = Duplicates.in(d);
    assertThat(pairs).hasSize(1);
    DuplicatePair p = pairs.getFirst();
    assertThat(p.a().slug()).isEqualTo("pykonik");
    assertThat(p.b().slug()).isEqualTo("krakow-python");
    assertThat(p.sharedLinks())
        .containsExactly(
            new DuplicatePair.SharedLink(
                "meetup.com/pykonik",
                "https://www.meetup.com/PyKonik/events/",
                "http://meetup.com/pykonik"));
    assertThat(p.names()).isEmpty();
    assertThat(p.area().distanceKm().orElseThrow()).isBetween(250.0, 260.0);
  }

  @Test
  void aSharedSiteRootIsNoEvidence() {
    Directory d =
        of(
            List.of(),
            g("a", "Alpha Pythoneers", KRAKOW, "https://www.meetup.com/"),
            g("b", "Beta Hackers", KRAKOW, "http://meetup.com"));
    assertThat(Duplicates.in(d)).isEmpty();
  }

  @Test
  void closeNamesCountOnlyInTheSameArea() {
    Group a = g("a", "Kraków Python Users Group", KRAKOW);
    Group near = g("b", "Python User Group Krakow", WIELICZKA);
    Group far = g("c", "Python User Group Krakow", WARSAW);
    assertThat(Duplicates.in(of(List.of(), a, near)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.names().orElseThrow().similarity()).isEqualTo(1.0);
              assertThat(p.names().orElseThrow().foldedA()).isEqualTo("krakow");
              assertThat(p.area().distanceKm().orElseThrow()).isLessThan(Duplicates.NEAR_KM);
            });
    assertThat(Duplicates.in(of(List.of(), a, far))).as("300 km apart").isEmpty();
    assertThat(Duplicates.in(of(List.of("a", "c"), a, far)))
        .as("listed in one region")
        .singleElement()
        .satisfies(p -> assertThat(p.area().sameRegions()).containsExactly("Poland"));
  }

  @Test
  void namesThatDifferInAWholeWordOrALetterOfAnAcronymAreNotClose() {
    assertThat(NameSimilarity.of("Python North West", "Python North East")).isLessThan(0.6);
    assertThat(NameSimilarity.of("KPUG", "BPUG")).isZero();
    assertThat(NameSimilarity.of("MumPy", "MEMpy")).isZero();
    assertThat(NameSimilarity.of("Pythoneers of Colorado", "Pythonears of Colorado"))
        .as("a typo in a long word")
        .isEqualTo(1.0);
    assertThat(
            NameSimilarity.of(
                "Py-CU - The Champaign-Urbana Python Users Group",
                "IlliPy - The Champaign-Urbana Python Users Group"))
        .isGreaterThan(0.6);
  }
}

package org.localgroups.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.web.FixtureDirectory;

class DescriptionsTest {
  private static Group group(GroupStatus status, String meeting, Placement p, String url) {
    return new Group(
        "pykonik",
        "Pykonik",
        "",
        url.isEmpty() ? List.of() : List.of(FixtureDirectory.link(LinkKind.WEBSITE, url, "")),
        status,
        "",
        meeting,
        List.of(),
        p,
        List.of());
  }

  private static final Placement KRAKOW =
      FixtureDirectory.city("Kraków", "PL", "Lesser Poland", 50.06, 19.94, 3094802);

  @Test
  void aGroupSaysItsCityWhenItMeetsAndHowToJoin() {
    assertThat(
            Descriptions.group(
                group(
                    GroupStatus.ACTIVE,
                    "meets the 2nd Thursday of the month",
                    KRAKOW,
                    "https://pykonik.org/"),
                "Poland"))
        .isEqualTo(
            "Pykonik, a Python user group in Kraków, Poland. Meets the 2nd Thursday of the month."
                + " Join: https://pykonik.org/");
  }

  @Test
  void saysLessWhenItKnowsLessAndNeverOffersAnUnsafeLink() {
    assertThat(
            Descriptions.group(
                group(GroupStatus.INACTIVE, "", Placement.unplaced("no city"), "javascript:x"), ""))
        .isEqualTo("Pykonik, an inactive Python user group.");
    assertThat(Descriptions.group(group(GroupStatus.DEFUNCT, "", KRAKOW, "http://old/"), ""))
        .isEqualTo("Pykonik, a former Python user group in Kraków, PL. Was at: http://old/");
  }

  @Test
  void countsAreSingularOrPlural() {
    assertThat(Descriptions.region("Poland", 1)).startsWith("1 Python user group in Poland,");
    assertThat(Descriptions.map(2))
        .isEqualTo(
            "A world map of 2 Python user groups, with the same groups listed by country below it.");
  }
}

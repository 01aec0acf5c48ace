package org.localgroups.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.geo.Place;
import org.localgroups.text.HardNames;

/**
 * Search folds names as slugs and the gazetteer do: a hard name is found under its folded key and
 * as written.
 */
class OneFoldTest {

  @Test
  void theIndexFindsEveryHardNameAsWrittenAndAsItsKey() {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < HardNames.ALL.size(); i++) {
      groups.add(
          World.group(
              "g" + i,
              HardNames.ALL.get(i).written() + " Coders",
              "",
              GroupStatus.ACTIVE,
              Placement.unplaced(""),
              ""));
    }
    List<String> all = groups.stream().map(Group::slug).toList();
    Directory d =
        new Directory(
            "",
            List.of(),
            List.of(
                new Region(
                    "r",
                    "R",
                    1,
                    "",
                    Region.RegionKind.OTHER,
                    Placement.unplaced(""),
                    List.of(),
                    all,
                    1)),
            groups);
    try (LuceneGroupIndex index = LuceneGroupIndex.inMemory()) {
      index.replace(d);
      for (int i = 0; i < HardNames.ALL.size(); i++) {
        HardNames.Name n = HardNames.ALL.get(i);
        for (String query :
            List.of(n.written(), n.key(), n.written().toUpperCase(java.util.Locale.ROOT))) {
          assertThat(index.search(query, SearchFilter.NONE, 5))
              .as(query)
              .extracting(TextHit::groupSlug)
              .first()
              .isEqualTo("g" + i);
        }
      }
    }
  }

  @Test
  void groupsOfAStateAreFoundUnderAnySpellingOfItsName() {
    Place malopolska =
        new Place(
            858787,
            "Lesser Poland",
            Place.Kind.ADMIN1,
            "PL",
            "Poland",
            "72",
            "Małopolskie",
            50.0,
            20.0,
            3400000,
            "Europe/Warsaw");
    Group inState =
        World.group(
            "krakow",
            "Kraków PUG",
            "",
            GroupStatus.ACTIVE,
            new Placement(
                Placement.Precision.CITY,
                "Kraków",
                "PL",
                "MAŁOPOLSKIE",
                50.06,
                19.94,
                3094802,
                1,
                ""),
            "");
    Directory d = new Directory("", List.of(), List.of(), List.of(inState));
    assertThat(PlacedGroups.of(d).inArea(malopolska))
        .extracting(NearGroup::groupSlug)
        .containsExactly("krakow");
  }
}

package org.localgroups.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The directory's per-version indexes (ids, positions, counts, filters) answer as a walk over the
 * whole directory would.
 */
class DirectoryIndexTest {
  private static final List<String> COUNTRIES = List.of("PL", "DE", "US", "", "IN");

  /**
   * Europe > Poland, Germany; Americas > USA > Texas; a broken region whose parent is missing; a
   * region listing a group twice and one group listed in two regions.
   */
  private static Directory world(int groups, long seed) {
    Random random = new Random(seed);
    List<Group> all = new ArrayList<>();
    List<List<String>> listed = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      listed.add(new ArrayList<>());
    }
    for (int i = 0; i < groups; i++) {
      String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      GroupStatus status = GroupStatus.values()[random.nextInt(GroupStatus.values().length)];
      Placement place =
          country.isEmpty()
              ? Placement.unplaced("")
              : new Placement(
                  Placement.Precision.COUNTRY, country, country.toLowerCase(), "", 1, 2, 0, 1, "");
      Group g =
          new Group(
              "g" + i,
              "group-" + i,
              "Group " + i,
              "",
              List.of(),
              status,
              "",
              "",
              List.of(),
              place,
              List.of());
      all.add(g);
      List<String> region = listed.get(random.nextInt(listed.size()));
      region.add(g.slug());
      if (random.nextInt(10) == 0) {
        region.add(g.slug()); // listed twice under one heading
        listed.get(random.nextInt(listed.size())).add(g.slug()); // and under another
      }
    }
    listed.get(0).add("not-a-group"); // a slug the directory does not hold
    List<Region> regions =
        List.of(
            region("r-eu", "europe", 1, "", listed.get(0)),
            region("r-pl", "poland", 2, "europe", listed.get(1)),
            region("r-de", "germany", 2, "europe", listed.get(2)),
            region("r-am", "americas", 1, "", listed.get(3)),
            region("r-us", "usa", 2, "americas", listed.get(4)),
            region("r-tx", "usa-texas", 3, "usa", listed.get(5)),
            region("", "orphan", 2, "atlantis", listed.get(6)));
    return new Directory("t", List.of(), regions, all);
  }

  private static Region region(String id, String slug, int level, String parent, List<String> gs) {
    return new Region(
        id,
        slug,
        slug,
        level,
        parent,
        Region.RegionKind.OTHER,
        Placement.unplaced(""),
        List.of(),
        gs,
        0);
  }

  @Test
  void findsGroupsAndRegionsByIdAndNothingForNoId() {
    Directory d = world(200, 1);
    assertThat(d.groupById("g17")).map(Group::slug).contains("group-17");
    assertThat(d.groupById("g999")).isEmpty();
    assertThat(d.groupById("")).isEmpty();
    assertThat(d.regionById("r-tx")).map(Region::slug).contains("usa-texas");
    assertThat(d.regionById("")).isEmpty();
    assertThat(d.position("group-17")).contains(17);
    assertThat(d.position("not-a-group")).isEmpty();
  }

  @Test
  void countsUnderEachRegionAreTheGroupsUnderItThatTheDirectoryHolds() {
    Directory d = world(500, 2);
    for (Region r : d.regions()) {
      assertThat(d.groupCountUnder(r.slug()))
          .as(r.slug())
          .isEqualTo(d.groupsUnder(r.slug()).stream().filter(g -> d.group(g).isPresent()).count());
    }
    assertThat(d.groupCountUnder("atlantis")).isZero();
    assertThat(d.groupCountUnder("europe")).isGreaterThan(d.groupCountUnder("poland"));
  }

  @Test
  void countsTheCountriesGroupsArePlacedIn() {
    assertThat(world(500, 3).countryCount()).isEqualTo(4); // PL, DE, US, IN; unplaced ones aside
    assertThat(Directory.empty().countryCount()).isZero();
  }

  @Test
  void everyFilterSelectsWhatABruteForceFilterDoesInTheDirectorysOrder() {
    Directory d = world(2_000, 4);
    List<String> regionChoices = new ArrayList<>(List.of(""));
    d.regions().forEach(r -> regionChoices.add(r.slug()));
    List<Optional<GroupStatus>> statuses = new ArrayList<>(List.of(Optional.empty()));
    for (GroupStatus s : GroupStatus.values()) {
      statuses.add(Optional.of(s));
    }
    int nonEmpty = 0;
    for (String country : List.of("", "pl", "DE", "IN", "ZZ")) {
      for (String region : regionChoices) {
        for (Optional<GroupStatus> status : statuses) {
          GroupFilter f = new GroupFilter(country, region, status);
          List<Group> expected = bruteForce(d, f);
          GroupSelection s = d.select(f);
          assertThat(s.total()).as(f.toString()).isEqualTo(expected.size());
          assertThat(s.page(0, Integer.MAX_VALUE)).as(f.toString()).isEqualTo(expected);
          nonEmpty += expected.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(nonEmpty).isGreaterThan(100);
  }

  @Test
  void pagesAndCursorsWalkASelectionOnceWithoutOverlap() {
    Directory d = world(3_000, 5);
    GroupSelection s = d.select(new GroupFilter("us", "americas", Optional.empty()));
    List<Group> expected = bruteForce(d, new GroupFilter("US", "americas", Optional.empty()));
    List<Group> byPage = new ArrayList<>();
    for (int from = 0; from < s.total(); from += 37) {
      byPage.addAll(s.page(from, 37));
    }
    assertThat(byPage).isEqualTo(expected);
    List<Group> byCursor = new ArrayList<>(s.page(0, 50));
    while (byCursor.size() < s.total()) {
      int after = d.position(byCursor.getLast().slug()).orElseThrow();
      List<Group> next = s.page(s.indexAfter(after), 50);
      assertThat(next).isNotEmpty();
      byCursor.addAll(next);
    }
    assertThat(byCursor).isEqualTo(expected);
    assertThat(s.indexAfter(d.position(expected.getLast().slug()).orElseThrow()))
        .isEqualTo(s.total());
    // a cursor on a group outside the selection continues after its place in the directory
    int first = d.position(expected.getFirst().slug()).orElseThrow();
    assertThat(s.indexAfter(first - 1)).isZero();
    assertThat(s.page(s.total(), 10)).isEmpty();
    assertThat(s.page(-5, 2)).isEqualTo(expected.subList(0, 2));
  }

  @Test
  void theWholeDirectoryIsOneSelectionPagedByOffsetOrCursor() {
    Directory d = world(300, 6);
    GroupSelection all = d.select(GroupFilter.ANY);
    assertThat(all.total()).isEqualTo(300);
    assertThat(all.page(290, 20)).isEqualTo(d.groups().subList(290, 300));
    assertThat(all.indexAfter(289)).isEqualTo(290);
    assertThat(d.select(new GroupFilter("", "atlantis", Optional.empty())).total()).isZero();
  }

  private static List<Group> bruteForce(Directory d, GroupFilter f) {
    Set<String> under =
        f.regionSlug().isEmpty() ? new LinkedHashSet<>() : d.groupsUnder(f.regionSlug());
    return d.groups().stream()
        .filter(
            g ->
                f.countryCode().isEmpty()
                    || g.placement().countryCode().equalsIgnoreCase(f.countryCode()))
        .filter(g -> f.regionSlug().isEmpty() || under.contains(g.slug()))
        .filter(g -> f.status().isEmpty() || g.status() == f.status().get())
        .toList();
  }
}

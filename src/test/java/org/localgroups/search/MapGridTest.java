package org.localgroups.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;

class MapGridTest {

  static Group at(String slug, double lat, double lon, String country) {
    return new Group(
        slug,
        slug,
        "",
        List.of(),
        GroupStatus.ACTIVE,
        "",
        "",
        List.of(),
        new Placement(Placement.Precision.CITY, "", country, "", lat, lon, 0, 1, ""),
        List.of());
  }

  static Group unplaced(String slug) {
    return new Group(
        slug,
        slug,
        "",
        List.of(),
        GroupStatus.ACTIVE,
        "",
        "",
        List.of(),
        Placement.unplaced("nothing said where"),
        List.of());
  }

  static Directory directory(List<Group> groups) {
    return new Directory("", List.of(), List.of(), groups);
  }

  /**
   * Points spread over the globe, bunched in a few "cities" (many at the very same point, as groups
   * placed in a city are), with some on the antimeridian, the poles and the edges.
   */
  static Directory scattered(long seed, int n) {
    Random random = new Random(seed);
    double[][] cities = new double[12][];
    for (int c = 0; c < cities.length; c++) {
      cities[c] = new double[] {random.nextDouble() * 140 - 70, random.nextDouble() * 360 - 180};
    }
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double lat;
      double lon;
      switch (random.nextInt(6)) {
        case 0, 1 -> {
          double[] city = cities[random.nextInt(cities.length)];
          lat = city[0];
          lon = city[1];
        }
        case 2 -> {
          double[] edges = {-180, 180, -90, 90, 0};
          lat =
              random.nextBoolean() ? edges[2 + random.nextInt(3)] : random.nextDouble() * 180 - 90;
          lon = random.nextBoolean() ? edges[random.nextInt(2)] : random.nextDouble() * 360 - 180;
        }
        default -> {
          lat = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
          lon = random.nextDouble() * 360 - 180;
        }
      }
      groups.add(i % 50 == 49 ? unplaced("g" + i) : at("g" + i, lat, lon, "C" + (i % 7)));
    }
    return directory(groups);
  }

  static List<String> bruteForce(Directory d, Bbox box) {
    return d.groups().stream()
        .filter(g -> g.placement().hasPoint())
        .filter(g -> box.contains(g.placement().latitude(), g.placement().longitude()))
        .map(Group::slug)
        .sorted()
        .toList();
  }

  static void assertAnswers(MapGrid grid, Directory d, Bbox box, int zoom, int limit) {
    MapAnswer a = grid.answer(box, zoom, limit);
    List<String> inside = bruteForce(d, box);
    String where = box + " zoom " + zoom + " limit " + limit;
    assertThat(a.total()).as(where).isEqualTo(inside.size());
    assertThat(a.groups().size() + a.clusters().size()).as(where).isLessThanOrEqualTo(limit);
    assertThat(a.groups().size() + a.clusters().stream().mapToInt(MapCluster::count).sum())
        .as(where + ": the features' groups")
        .isEqualTo(inside.size());
    if (inside.size() <= limit) {
      assertThat(a.clusters()).as(where).isEmpty();
      assertThat(a.groups().stream().map(Group::slug).sorted().toList())
          .as(where)
          .isEqualTo(inside);
    }
    for (Group g : a.groups()) {
      assertThat(box.contains(g.placement().latitude(), g.placement().longitude()))
          .as(where + " " + g.slug())
          .isTrue();
    }
    for (MapCluster c : a.clusters()) {
      assertThat(c.count()).as(where).isGreaterThan(1);
      Bbox b = c.bounds();
      // the mean of points in a box lies in it (bounds never cross the antimeridian)
      assertThat(b.wraps()).as(where + ": " + c).isFalse();
      assertThat(c.latitude()).as(where + ": " + c).isBetween(b.south() - 1e-9, b.north() + 1e-9);
      assertThat(c.longitude()).as(where + ": " + c).isBetween(b.west() - 1e-9, b.east() + 1e-9);
    }
  }

  @Property(tries = 300)
  void agreesWithBruteForce(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3000) int n,
      @ForAll @DoubleRange(min = -180, max = 180) double west,
      @ForAll @DoubleRange(min = -180, max = 180) double east,
      @ForAll @DoubleRange(min = -90, max = 90) double lat1,
      @ForAll @DoubleRange(min = -90, max = 90) double lat2,
      @ForAll @IntRange(min = 0, max = 24) int zoom,
      @ForAll @IntRange(min = 4, max = 400) int limit) {
    Directory d = scattered(seed, n);
    MapGrid grid = MapGrid.of(d);
    assertAnswers(
        grid, d, new Bbox(west, Math.min(lat1, lat2), east, Math.max(lat1, lat2)), zoom, limit);
  }

  /** Small views with an edge through a group's point, where many groups may stand. */
  @Property(tries = 200)
  void agreesWithBruteForceOnSmallViewsWithEdgesThroughGroups(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @DoubleRange(min = 0, max = 5) double width,
      @ForAll @DoubleRange(min = 0, max = 5) double height,
      @ForAll @IntRange(min = 0, max = 3) int corner,
      @ForAll @IntRange(min = 0, max = 24) int zoom,
      @ForAll @IntRange(min = 4, max = 50) int limit) {
    Directory d = scattered(seed, n);
    Placement p = d.groups().get(new Random(seed).nextInt(n)).placement();
    double lat = p.hasPoint() ? p.latitude() : 0;
    double lon = p.hasPoint() ? p.longitude() : 0;
    double west = (corner & 1) == 0 ? lon : wrap(lon - width);
    double east = (corner & 1) == 0 ? wrap(lon + width) : lon;
    double south = (corner & 2) == 0 ? lat : Math.max(-90, lat - height);
    double north = (corner & 2) == 0 ? Math.min(90, lat + height) : lat;
    assertAnswers(MapGrid.of(d), d, new Bbox(west, south, east, north), zoom, limit);
  }

  private static double wrap(double lon) {
    return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
  }

  @Test
  void theWorldAtWorldZoomIsAFewBubbles() {
    Directory d = scattered(7, 20_000);
    MapGrid grid = MapGrid.of(d);
    MapAnswer a = grid.answer(Bbox.WORLD, 1, 300);
    assertThat(a.total()).isEqualTo(20_000 - 20_000 / 50);
    // cells of 45 degrees at zoom 1: at most 8 x 4 of them
    assertThat(a.groups().size() + a.clusters().size()).isBetween(2, 32);
    assertAnswers(grid, d, Bbox.WORLD, 1, 300);
  }

  @Test
  void aBubbleSplitsWhenTheMapZoomsToItsBounds() {
    Directory d = scattered(11, 5_000);
    MapGrid grid = MapGrid.of(d);
    MapCluster biggest =
        grid.answer(Bbox.WORLD, 2, 300).clusters().stream()
            .max(java.util.Comparator.comparingInt(MapCluster::count))
            .orElseThrow();
    // the bounds are the smallest grid cell of the bubble's groups: the next cells down part them,
    // unless they all stand at one point
    MapAnswer inside = grid.answer(biggest.bounds(), 12, 300);
    assertThat(inside.total()).isGreaterThanOrEqualTo(biggest.count());
    assertThat(inside.groups().size() + inside.clusters().size()).isGreaterThan(1);
  }

  @Test
  void aViewAcrossTheAntimeridianHoldsBothSides() {
    Directory d =
        directory(
            List.of(
                at("fiji", -18.14, 178.44, "FJ"),
                at("samoa", -13.83, -171.76, "WS"),
                at("auckland", -36.85, 174.76, "NZ"),
                at("dateline-east", -10, 180, "KI"),
                at("dateline-west", -10, -180, "KI")));
    MapGrid grid = MapGrid.of(d);
    MapAnswer a = grid.answer(new Bbox(175, -30, -170, 0), 3, 300);
    assertThat(a.groups())
        .extracting(Group::slug)
        .containsExactlyInAnyOrder("fiji", "samoa", "dateline-east", "dateline-west");
    assertAnswers(grid, d, new Bbox(175, -30, -170, 0), 3, 4);
  }

  @Test
  void countsCountriesAndUnplacedGroups() {
    MapGrid grid =
        MapGrid.of(
            directory(
                List.of(
                    at("a", 50, 20, "pl"),
                    at("b", 51, 21, "PL"),
                    at("c", 52, 13, "DE"),
                    at("d", 10, 10, ""),
                    unplaced("e"))));
    assertThat(grid.countries())
        .containsExactly(java.util.Map.entry("DE", 1), java.util.Map.entry("PL", 2));
    assertThat(grid.unplaced()).isEqualTo(1);
    assertThat(grid.size()).isEqualTo(4);
  }

  @Test
  void anEmptyDirectoryAnswersNothing() {
    MapAnswer a = MapGrid.of(Directory.empty()).answer(Bbox.WORLD, 0, 300);
    assertThat(a.total()).isZero();
    assertThat(a.groups()).isEmpty();
    assertThat(a.clusters()).isEmpty();
  }

  @Test
  void refusesAZoomOffTheScale() {
    MapGrid grid = MapGrid.of(Directory.empty());
    assertThatThrownBy(() -> grid.answer(Bbox.WORLD, 25, 300))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessage("zoom must be between 0 and 24, got 25.");
    assertThatThrownBy(() -> grid.answer(Bbox.WORLD, -1, 300))
        .isInstanceOf(LocalGroupsException.class);
  }

  @Test
  void refusesABoxOffTheGlobe() {
    assertThatThrownBy(() -> new Bbox(-181, 0, 10, 10))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("west edge must be between -180 and 180");
    assertThatThrownBy(() -> new Bbox(0, 10, 10, 0))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("south edge (10.0) must not be north of its north edge (0.0)");
    assertThatThrownBy(() -> new Bbox(0, Double.NaN, 10, 0))
        .isInstanceOf(LocalGroupsException.class);
  }
}

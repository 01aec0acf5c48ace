package org.localgroups.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;

class SphereTreeTest {

  /** Brute force: every point's haversine distance, nearest first, equally far by index. */
  private static List<Integer> bruteForce(
      double[] lat, double[] lon, double qLat, double qLon, int k, double radiusKm) {
    List<Integer> all = new ArrayList<>();
    double[] km = new double[lat.length];
    double[] chord = new double[lat.length];
    double[] q = vector(qLat, qLon);
    for (int i = 0; i < lat.length; i++) {
      km[i] = Earth.distanceKm(qLat, qLon, lat[i], lon[i]);
      double[] p = vector(lat[i], lon[i]);
      chord[i] =
          (q[0] - p[0]) * (q[0] - p[0])
              + (q[1] - p[1]) * (q[1] - p[1])
              + (q[2] - p[2]) * (q[2] - p[2]);
      if (km[i] <= radiusKm) {
        all.add(i);
      }
    }
    all.sort(Comparator.<Integer>comparingDouble(i -> chord[i]).thenComparing(i -> i));
    return all.subList(0, Math.min(k, all.size()));
  }

  private static double[] vector(double lat, double lon) {
    double a = Math.toRadians(lat);
    double b = Math.toRadians(lon);
    return new double[] {Math.cos(a) * Math.cos(b), Math.cos(a) * Math.sin(b), Math.sin(a)};
  }

  private static List<Integer> ids(List<SphereTree.Found> found) {
    return found.stream().map(SphereTree.Found::id).toList();
  }

  private static void assertAgrees(
      SphereTree tree, double[] lat, double[] lon, double qLat, double qLon, int k, double r) {
    List<SphereTree.Found> found = tree.nearest(qLat, qLon, k, r);
    List<Integer> expected = bruteForce(lat, lon, qLat, qLon, k, r);
    String where = qLat + "," + qLon + " k=" + k + " r=" + r;
    assertThat(ids(found)).as(where).isEqualTo(expected);
    for (SphereTree.Found f : found) {
      assertThat(f.km())
          .as(where)
          .isCloseTo(Earth.distanceKm(qLat, qLon, lat[f.id()], lon[f.id()]), within(1e-6));
    }
  }

  @Property(tries = 200)
  void agreesWithBruteForceOnUniformPoints(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2000) int n,
      @ForAll @IntRange(min = 1, max = 100) int k,
      @ForAll @DoubleRange(min = -90, max = 90) double qLat,
      @ForAll @DoubleRange(min = -180, max = 180) double qLon) {
    Random random = new Random(seed);
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
      lon[i] = random.nextDouble() * 360 - 180;
    }
    SphereTree tree = SphereTree.of(lat, lon);
    assertAgrees(tree, lat, lon, qLat, qLon, k, Double.POSITIVE_INFINITY);
    assertAgrees(tree, lat, lon, qLat, qLon, k, 1000);
  }

  @Property(tries = 100)
  void agreesWithBruteForceOnClusteredAndRepeatedPoints(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int k) {
    // cities: many groups at the very same point and many a few metres apart, at the poles and on
    // the dateline too
    Random random = new Random(seed);
    double[][] centres = {{90, 0}, {-90, 45}, {0, 180}, {0, -180}, {-18.1, 178.4}, {50.06, 19.94}};
    int n = 1500;
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      double[] c = centres[random.nextInt(centres.length)];
      boolean same = random.nextBoolean();
      lat[i] = same ? c[0] : Math.max(-90, Math.min(90, c[0] + random.nextGaussian() * 1e-4));
      lon[i] = same ? c[1] : Math.max(-180, Math.min(180, c[1] + random.nextGaussian() * 1e-4));
    }
    SphereTree tree = SphereTree.of(lat, lon);
    for (double[] c : centres) {
      assertAgrees(tree, lat, lon, c[0], c[1], k, Double.POSITIVE_INFINITY);
      assertAgrees(tree, lat, lon, c[0] + 0.001 * Math.signum(-c[0]), c[1], k, 5);
    }
  }

  @Test
  void equallyFarPointsComeInTheOrderGiven() {
    double[] lat = {10, 10, 10, 10};
    double[] lon = {20, 20, 20, 20};
    assertThat(ids(SphereTree.of(lat, lon).nearest(0, 0, 3, Double.POSITIVE_INFINITY)))
        .containsExactly(0, 1, 2);
  }

  @Test
  void theDatelineAndThePolesAreNotSpecial() {
    // Suva (178.4°E) is 180 km from 179.9°W; Tonga (175.2°W) 572 km
    double[] lat = {-18.14161, -21.1394, 78.2232, -36.8485};
    double[] lon = {178.44149, -175.2049, 15.6267, 174.7633};
    SphereTree tree = SphereTree.of(lat, lon);
    List<SphereTree.Found> near = tree.nearest(-18.5, -179.9, 2, Double.POSITIVE_INFINITY);
    assertThat(ids(near)).containsExactly(0, 1);
    assertThat(near.get(0).km()).isCloseTo(179.5, within(0.5));
    // from the North Pole every longitude is the same place
    assertThat(ids(tree.nearest(90, 0, 1, Double.POSITIVE_INFINITY)))
        .isEqualTo(ids(tree.nearest(90, 137, 1, Double.POSITIVE_INFINITY)))
        .containsExactly(2);
    assertThat(tree.nearest(90, -180, 1, Double.POSITIVE_INFINITY).get(0).km())
        .isCloseTo(1310.0, within(1.0));
  }

  @Test
  void aRadiusKeepsPointsExactlyOnItAndDropsThoseBeyond() {
    double[] lat = {0, 0, 0};
    double[] lon = {1, 2, 3};
    SphereTree tree = SphereTree.of(lat, lon);
    double oneDegreeKm = Earth.distanceKm(0, 0, 0, 1);
    assertThat(ids(tree.nearest(0, 0, 10, oneDegreeKm))).containsExactly(0);
    assertThat(ids(tree.nearest(0, 0, 10, 2 * oneDegreeKm + 1))).containsExactly(0, 1);
    assertThat(tree.nearest(0, 0, 10, 0)).isEmpty();
    assertThat(ids(tree.nearest(0, 1, 10, 0))).containsExactly(0);
  }

  @Test
  void anEmptyTreeFindsNothingAndBadQuestionsAreRefused() {
    SphereTree empty = SphereTree.of(new double[0], new double[0]);
    assertThat(empty.size()).isZero();
    assertThat(empty.nearest(0, 0, 5, Double.POSITIVE_INFINITY)).isEmpty();
    assertThatThrownBy(() -> empty.nearest(91, 0, 5, 10)).isInstanceOf(LocalGroupsException.class);
    assertThatThrownBy(() -> empty.nearest(0, 0, 0, 10))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("between 1 and 100");
    assertThatThrownBy(() -> empty.nearest(0, 0, 5, -1))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("radius");
    assertThatThrownBy(() -> SphereTree.of(new double[] {0, 1}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SphereTree.of(new double[] {95}, new double[] {0}))
        .isInstanceOf(LocalGroupsException.class);
  }
}

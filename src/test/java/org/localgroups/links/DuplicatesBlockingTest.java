package org.localgroups.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localgroups.web.FixtureDirectory.city;
import static org.localgroups.web.FixtureDirectory.group;
import static org.localgroups.web.FixtureDirectory.link;
import static org.localgroups.web.FixtureDirectory.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.directory.Region.RegionKind;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.world.SyntheticDirectory;

/**
 * The blocked {@link Duplicates#in} finds exactly the pairs of comparing every two groups (the
 * algorithm it replaced, kept here as the oracle), on random small directories built to hit the
 * edges: names without telling words, typos in long words, camel case, acronyms, shared-site roots,
 * regions of one name, points across the antimeridian and near the poles.
 */
class DuplicatesBlockingTest {
  private static final List<String> WORDS =
      List.of(
          "Python",
          "User",
          "Group",
          "Meetup",
          "Kraków",
          "Krakow",
          "Springfield",
          "Springfeld",
          "Sprinfield",
          "Springfields",
          "Spirngfield",
          "Pythoneers",
          "Pythonears",
          "North",
          "West",
          "East",
          "PyData",
          "Django",
          "PyLadies",
          "Pyladies",
          "KPUG",
          "BPUG",
          "Ob",
          "de",
          "the",
          "Zürich",
          "Zurich",
          "Москва",
          "新宿",
          "Champaign",
          "Urbana",
          "IlliPy",
          "Py",
          "New",
          "York");

  private static final double[][] POINTS = {
    {50.06, 19.94},
    {49.99, 20.06},
    {50.30, 19.90},
    {52.23, 21.01},
    {0, 179.9},
    {0, -179.9},
    {0, 179.6},
    {89.9, 0},
    {89.9, 180},
    {89.8, -90},
    {-89.9, 45},
    {-89.95, -135},
    {10, 10.44}
  };

  private static final List<String> URLS =
      List.of(
          "https://a.example/x",
          "http://www.a.example/x/",
          "https://www.meetup.com/",
          "https://www.meetup.com/pykrk",
          "https://meetup.com/PyKrk/",
          "https://b.example");

  @Property(tries = 400)
  void blockedPairsAreTheAllPairsPairs(@ForAll long seed) {
    Directory d = randomDirectory(new Random(seed));
    assertThat(Duplicates.in(d)).isEqualTo(allPairs(d));
  }

  @Test
  void aSyntheticDirectoryOfSixHundredGroupsHasTheAllPairsPairs() {
    Directory d = SyntheticDirectory.generate(GeoNamesGazetteer.bundled().cities(), 600, 5);
    List<DuplicatePair> expected = allPairs(d);
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(Duplicates.in(d)).isEqualTo(expected);
  }

  @Test
  void aPrefixKeepsTheRareWordsThatCarryTheThreshold() {
    Map<String, Integer> df = Map.of("django", 50, "berlin", 3, "ob", 2, "pydata", 40);
    var order =
        java.util.Comparator.<String>comparingInt(df::get)
            .thenComparing(java.util.Comparator.naturalOrder());
    assertThat(Candidates.prefix(List.of("django", "berlin"), order)).containsExactly("berlin");
    assertThat(Candidates.prefix(List.of("pydata", "ob"), order)).containsExactly("ob", "pydata");
  }

  @Test
  void wordsOneEditApartShareADeletion() {
    assertThat(Candidates.deletions("springfield"))
        .containsAnyElementsOf(Candidates.deletions("springfeld"))
        .containsAnyElementsOf(Candidates.deletions("springfiald"))
        .containsAnyElementsOf(Candidates.deletions("springfields"));
  }

  /** The algorithm blocking replaced: every two groups. */
  static List<DuplicatePair> allPairs(Directory directory) {
    List<Group> groups = directory.groups();
    Map<String, Set<String>> regionsOf = Duplicates.regionsOf(directory);
    List<DuplicatePair> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        Duplicates.pair(groups.get(i), groups.get(j), regionsOf).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Directory randomDirectory(Random r) {
    int n = 2 + r.nextInt(30);
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String slug = "g" + r.nextInt(n + 2);
      groups.add(group(slug, name(r), "", links(r), GroupStatus.ACTIVE, placement(r)));
    }
    List<Region> regions = new ArrayList<>();
    int k = r.nextInt(4);
    for (int i = 0; i < k; i++) {
      List<String> members = new ArrayList<>();
      for (Group g : groups) {
        if (r.nextInt(3) == 0) {
          members.add(g.slug());
        }
      }
      String name = List.of("Poland", "Poland", "Europe").get(r.nextInt(3));
      regions.add(region("r" + i, name, 1, "", RegionKind.COUNTRY, List.of(), members));
    }
    return new Directory("t", List.of(), regions, groups);
  }

  private static String name(Random r) {
    int words = r.nextInt(5);
    StringBuilder s = new StringBuilder();
    String glue = r.nextInt(4) == 0 ? "" : " ";
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        s.append(glue);
      }
      s.append(WORDS.get(r.nextInt(r.nextBoolean() ? 12 : WORDS.size())));
    }
    return s.toString();
  }

  private static List<Link> links(Random r) {
    List<Link> out = new ArrayList<>();
    int k = r.nextInt(3);
    for (int i = 0; i < k; i++) {
      out.add(link(LinkKind.WEBSITE, URLS.get(r.nextInt(URLS.size())), ""));
    }
    return out;
  }

  private static Placement placement(Random r) {
    if (r.nextInt(5) == 0) {
      return Placement.unplaced("");
    }
    double[] p = POINTS[r.nextInt(POINTS.length)];
    double lat = Math.max(-90, Math.min(90, p[0] + (r.nextDouble() - 0.5) * 0.4));
    double lon = p[1] + (r.nextDouble() - 0.5) * 0.4;
    lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    return city("C", "PL", "", lat, lon, 1);
  }
}

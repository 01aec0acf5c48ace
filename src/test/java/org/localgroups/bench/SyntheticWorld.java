package org.localgroups.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;

/**
 * A made-up world for benchmarks, the same for the same seed: cities scattered around real anchor
 * coordinates (including Suva by the dateline and Longyearbyen near the pole), named from
 * syllables, each with groups named after it.
 */
record SyntheticWorld(
    Directory directory, double[] latitudes, double[] longitudes, List<String> cityNames) {

  /**
   * Anchor: a real city's country code and coordinates; synthetic cities lie within a few degrees.
   */
  private record Anchor(String countryCode, double latitude, double longitude) {}

  private static final List<Anchor> ANCHORS =
      List.of(
          new Anchor("PL", 50.06143, 19.93658), new Anchor("DE", 52.52437, 13.41053),
          new Anchor("GB", 51.50853, -0.12574), new Anchor("FR", 48.85341, 2.3488),
          new Anchor("US", 40.71427, -74.00597), new Anchor("US", 37.77493, -122.41942),
          new Anchor("US", 41.85003, -87.65005), new Anchor("BR", -23.5475, -46.63611),
          new Anchor("AR", -34.61315, -58.37723), new Anchor("IN", 12.97194, 77.59369),
          new Anchor("JP", 35.6895, 139.69171), new Anchor("AU", -33.86785, 151.20732),
          new Anchor("NZ", -36.84853, 174.76349), new Anchor("FJ", -18.14161, 178.44149),
          new Anchor("SJ", 78.2186, 15.64007), new Anchor("NG", 6.45407, 3.39467),
          new Anchor("ZA", -33.92584, 18.42322), new Anchor("KE", -1.28333, 36.81667),
          new Anchor("CN", 31.22222, 121.45806), new Anchor("ID", -6.21462, 106.84513),
          new Anchor("MX", 19.42847, -99.12766), new Anchor("CA", 43.70011, -79.4163),
          new Anchor("RU", 55.75222, 37.61556), new Anchor("TR", 41.01384, 28.94966));

  private static final String[] SYLLABLES = {
    "ka", "ra", "po", "lin", "wa", "ter", "mo", "su", "ni", "del", "ber", "gon", "to", "vi", "an",
    "sa", "lo", "mar", "ki", "dor", "ven", "zu", "pa", "rel", "hu", "ost"
  };
  private static final String[] KINDS = {
    "Python User Group",
    "Pythonistas",
    "PUG",
    "Python Meetup",
    "Django Users",
    "Python Interest Group",
    "Data Science Python",
    "PyLadies"
  };

  static SyntheticWorld generate(int groupCount, long seed) {
    Random random = new Random(seed);
    int cityCount = Math.max(10, groupCount / 500);
    String[] cityName = new String[cityCount];
    double[] cityLat = new double[cityCount];
    double[] cityLon = new double[cityCount];
    int[] cityAnchor = new int[cityCount];
    for (int c = 0; c < cityCount; c++) {
      int a = random.nextInt(ANCHORS.size());
      Anchor anchor = ANCHORS.get(a);
      cityAnchor[c] = a;
      cityName[c] = name(random, 2 + random.nextInt(2));
      cityLat[c] = Math.max(-89.9, Math.min(89.9, anchor.latitude() + random.nextGaussian() * 3));
      cityLon[c] = wrap(anchor.longitude() + random.nextGaussian() * 4);
    }
    List<Group> groups = new ArrayList<>(groupCount);
    List<List<String>> slugsByAnchor = new ArrayList<>();
    ANCHORS.forEach(a -> slugsByAnchor.add(new ArrayList<>()));
    double[] lats = new double[groupCount];
    double[] lons = new double[groupCount];
    for (int i = 0; i < groupCount; i++) {
      int c = random.nextInt(cityCount);
      Anchor anchor = ANCHORS.get(cityAnchor[c]);
      String slug = "g" + i;
      // a venue within about 10 km of the city's centre
      lats[i] = Math.max(-90, Math.min(90, cityLat[c] + random.nextGaussian() * 0.05));
      lons[i] = wrap(cityLon[c] + random.nextGaussian() * 0.05);
      String name =
          cityName[c]
              + " "
              + KINDS[random.nextInt(KINDS.length)]
              + (random.nextInt(4) == 0 ? " " + name(random, 2) : "");
      Placement placement =
          new Placement(
              Placement.Precision.CITY,
              cityName[c],
              anchor.countryCode(),
              "",
              lats[i],
              lons[i],
              10_000_000L + c,
              0.9,
              "synthetic");
      String url = "https://example.org/" + slug;
      groups.add(
          new Group(
              slug,
              name,
              "Meets monthly in "
                  + cityName[c]
                  + " for talks and "
                  + name(random, 3).toLowerCase(Locale.ROOT),
              List.of(new Link(LinkKind.WEBSITE, url, "", url)),
              GroupStatus.ACTIVE,
              "",
              "",
              List.of(),
              placement,
              List.of(i + 1)));
      slugsByAnchor.get(cityAnchor[c]).add(slug);
    }
    List<Region> regions = new ArrayList<>();
    for (int a = 0; a < ANCHORS.size(); a++) {
      regions.add(
          new Region(
              "r" + a + "-" + ANCHORS.get(a).countryCode().toLowerCase(Locale.ROOT),
              ANCHORS.get(a).countryCode(),
              1,
              "",
              Region.RegionKind.COUNTRY,
              Placement.unplaced(""),
              List.of(),
              slugsByAnchor.get(a),
              0));
    }
    return new SyntheticWorld(
        new Directory("synthetic", List.of(), regions, groups), lats, lons, List.of(cityName));
  }

  private static String name(Random random, int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  private static double wrap(double longitude) {
    double wrapped = ((longitude + 180) % 360 + 360) % 360 - 180;
    return wrapped;
  }
}

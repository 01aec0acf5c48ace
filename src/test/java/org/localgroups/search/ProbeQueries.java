package org.localgroups.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;
import org.localgroups.geo.Place;

/**
 * The points and queries of the search probes ({@link NearestProbe}), in one place so that every
 * way of answering is asked the same thing: uniform points on the sphere, query points with a share
 * at the poles and at the dateline, query points beside the groups of a realistic directory, place
 * names and search texts. The same for the same {@link Random}.
 */
final class ProbeQueries {
  /** Place names as people type them: other spellings, qualifiers, accents left out. */
  static final List<String> TYPED_PLACES =
      List.of(
          "Cracow",
          "München",
          "Köln, Germany",
          "Bangalore",
          "Kiev",
          "São Paulo",
          "Sao Paulo",
          "Washington, DC",
          "Springfield, MO",
          "Portland, OR",
          "Paris",
          "Tokyo",
          "Deutschland",
          "California",
          "Cambridge",
          "Rio de Janeiro",
          "Ulaanbaatar",
          "Suva",
          "Longyearbyen",
          "Nairobi");

  private ProbeQueries() {}

  /** Points as two parallel arrays of degrees. */
  record Points(double[] latitudes, double[] longitudes) {
    Points {
      if (latitudes.length != longitudes.length) {
        throw new IllegalArgumentException("as many latitudes as longitudes");
      }
    }

    int size() {
      return latitudes.length;
    }
  }

  /** {@code n} points uniform over the sphere (uniform in sin(latitude) and longitude). */
  static Points uniform(int n, Random random) {
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = uniformLatitude(random);
      lon[i] = random.nextDouble() * 360 - 180;
    }
    return new Points(lat, lon);
  }

  /**
   * Query points over the whole sphere: 10% within a degree of a pole (both), 10% within a degree
   * of the dateline (both sides, ±180 included), the rest uniform.
   */
  static Points anywhere(int count, Random random) {
    double[] lat = new double[count];
    double[] lon = new double[count];
    for (int q = 0; q < count; q++) {
      switch (q % 10) {
        case 0 -> {
          lat[q] = (q % 20 == 0 ? 1 : -1) * (90 - random.nextDouble());
          lon[q] = random.nextDouble() * 360 - 180;
        }
        case 1 -> {
          lat[q] = uniformLatitude(random);
          double off = random.nextDouble();
          lon[q] = q % 20 == 1 ? 180 - off : -180 + off;
        }
        default -> {
          lat[q] = uniformLatitude(random);
          lon[q] = random.nextDouble() * 360 - 180;
        }
      }
    }
    return new Points(lat, lon);
  }

  /**
   * Query points where people are: half beside a point drawn from {@code near} (a tenth of a degree
   * off, as a browser's location is off a city's centre), half {@link #anywhere}.
   */
  static Points beside(Points near, int count, Random random) {
    Points anywhere = anywhere(count, random);
    double[] lat = anywhere.latitudes().clone();
    double[] lon = anywhere.longitudes().clone();
    for (int q = 0; q < count; q += 2) {
      int i = random.nextInt(near.size());
      lat[q] = Math.max(-90, Math.min(90, near.latitudes()[i] + random.nextGaussian() * 0.1));
      lon[q] = wrap(near.longitudes()[i] + random.nextGaussian() * 0.1);
    }
    return new Points(lat, lon);
  }

  /** The points of a directory's placed groups, in the directory's order. */
  static Points of(Directory directory) {
    List<Placement> placed = new ArrayList<>();
    for (Group group : directory.groups()) {
      if (group.placement().hasPoint()) {
        placed.add(group.placement());
      }
    }
    double[] lat = new double[placed.size()];
    double[] lon = new double[placed.size()];
    for (int i = 0; i < lat.length; i++) {
      lat[i] = placed.get(i).latitude();
      lon[i] = placed.get(i).longitude();
    }
    return new Points(lat, lon);
  }

  /**
   * Place names to find groups near: every other one a city drawn at random from {@code cities} by
   * its GeoNames name, the others {@link #TYPED_PLACES} in turn.
   */
  static List<String> placeNames(List<Place> cities, int count, Random random) {
    List<String> names = new ArrayList<>(count);
    for (int q = 0; q < count; q++) {
      names.add(
          q % 2 == 0
              ? cities.get(random.nextInt(cities.size())).name()
              : TYPED_PLACES.get((q / 2) % TYPED_PLACES.size()));
    }
    return List.copyOf(names);
  }

  /**
   * Full-text queries about cities drawn from {@code cities}: a plain one, a typo, a synonym and a
   * misspelt city, in turn.
   */
  static List<String> searchTexts(List<Place> cities, int count, Random random) {
    List<String> texts = new ArrayList<>(count);
    for (int q = 0; q < count; q++) {
      String city = cities.get(random.nextInt(cities.size())).name();
      texts.add(
          switch (q % 4) {
            case 0 -> "python " + city;
            case 1 -> "pyhton " + city.toLowerCase(Locale.ROOT);
            case 2 -> "piggies " + city;
            default -> city.substring(0, Math.max(1, city.length() - 1)) + "x meetup";
          });
    }
    return List.copyOf(texts);
  }

  private static double uniformLatitude(Random random) {
    return Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
  }

  private static double wrap(double longitude) {
    double wrapped = ((longitude + 180) % 360 + 360) % 360 - 180;
    return wrapped == -180 && longitude > 0 ? 180 : wrapped;
  }
}

package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Placement.Precision;
import org.localgroups.geo.LookupContext;
import org.localgroups.geo.Place;

/**
 * The seed's groups against a hand-made truth table (src/test/resources/seed/placement-truth.csv):
 * at least 95% must be placed right. Prints the figure and every miss.
 */
class PlacementTruthTest {
  private static final double REQUIRED = 0.95;

  record Truth(String slug, Precision precision, String place, String country) {}

  @Test
  void placesAtLeast95PercentOfTheSeedsGroupsRight() throws IOException {
    List<Truth> truths = truths();
    assertThat(truths).hasSizeGreaterThanOrEqualTo(80);
    List<String> misses = new ArrayList<>();
    for (Truth t : truths) {
      Group g = SeedPage.RESULT.directory().group(t.slug()).orElse(null);
      if (g == null) {
        misses.add(t.slug() + ": no such group");
      } else if (!matches(t, g.placement())) {
        misses.add(
            t.slug()
                + ": expected "
                + t.precision()
                + " "
                + t.place()
                + " "
                + t.country()
                + ", got "
                + g.placement().precision()
                + " "
                + g.placement().name()
                + " "
                + g.placement().countryCode()
                + " ("
                + g.placement().reason()
                + ")");
      }
    }
    double right = 1.0 - (double) misses.size() / truths.size();
    System.out.printf(
        Locale.ROOT,
        "Placement truth: %d of %d groups placed right (%.1f%%)%n",
        truths.size() - misses.size(),
        truths.size(),
        right * 100);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertThat(right).as("share placed right; misses: %s", misses).isGreaterThanOrEqualTo(REQUIRED);
  }

  @Test
  void theTruthTableCoversEveryGroupOfTheSeed() throws IOException {
    List<String> slugs = truths().stream().map(Truth::slug).toList();
    assertThat(slugs).doesNotHaveDuplicates();
    assertThat(SeedPage.RESULT.directory().groups())
        .extracting(Group::slug)
        .containsExactlyInAnyOrderElementsOf(slugs);
  }

  private static boolean matches(Truth t, Placement p) {
    if (p.precision() != t.precision() || !p.countryCode().equals(t.country())) {
      return false;
    }
    return switch (t.precision()) {
      case COUNTRY -> true;
      case STATE ->
          fold(p.name()).equals(fold(t.place())) || fold(p.admin1()).equals(fold(t.place()));
      case CITY -> fold(p.name()).equals(fold(t.place())) || sameCity(t, p);
      default -> false;
    };
  }

  /**
   * "Gothenburg" is "Göteborg": the truth's name, looked up in its country, must give the placed
   * city.
   */
  private static boolean sameCity(Truth t, Placement p) {
    return SeedPage.GAZETTEER.lookup(t.place(), LookupContext.country(t.country())).stream()
        .limit(3)
        .filter(m -> m.place().kind() == Place.Kind.CITY)
        .anyMatch(m -> m.place().geonameId() == p.geonameId());
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }

  private static List<Truth> truths() throws IOException {
    try (InputStream in =
        PlacementTruthTest.class.getResourceAsStream("/seed/placement-truth.csv")) {
      List<Truth> truths = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        truths.add(
            new Truth(f[0].strip(), Precision.valueOf(f[1].strip()), f[2].strip(), f[3].strip()));
      }
      return truths;
    }
  }
}

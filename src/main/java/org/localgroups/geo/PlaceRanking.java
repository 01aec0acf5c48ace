package org.localgroups.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How well a place fits what was typed: its name (own or alternate), its people, a qualifier
 * ("Springfield, MO") and the context country and division, as a score from 0 to 1 with the reasons
 * in words; and scored places ranked into {@link PlaceMatch}es. Shared by the lookup of {@link
 * GeoNamesGazetteer} and by {@link MentionScan}. Immutable.
 */
final class PlaceRanking {
  private static final double NAME_WEIGHT = 0.30;

  /**
   * An alternate name counts less than a place's own: "Bahia" is the state before it is Salvador.
   */
  private static final double ALTERNATE_NAME_FACTOR = 0.8;

  private static final double POPULATION_WEIGHT = 0.45;
  private static final double QUALIFIER_WEIGHT = 0.15;
  private static final double CONTEXT_COUNTRY_WEIGHT = 0.07;
  private static final double CONTEXT_ADMIN1_WEIGHT = 0.03;

  /** A division competes with its cities as if it were a city of a tenth of its people. */
  private static final int ADMIN1_POPULATION_DIVISOR = 10;

  private final PlaceTable table;

  PlaceRanking(PlaceTable table) {
    this.table = table;
  }

  /** The score of a place row for a name as typed, and why. */
  Candidate score(
      int row,
      boolean ownName,
      String typed,
      Qualifier qualifier,
      LookupContext context,
      int namesakes) {
    double score =
        NAME_WEIGHT * (ownName ? 1.0 : ALTERNATE_NAME_FACTOR)
            + POPULATION_WEIGHT * populationScore(row);
    StringBuilder why =
        new StringBuilder(ownName ? "name" : "alternate name")
            .append(" '")
            .append(typed)
            .append('\'');
    if (!qualifier.isEmpty()) {
      if (qualifier.allows(row, table)) {
        score += QUALIFIER_WEIGHT;
        why.append(" in '").append(qualifier.text()).append('\'');
      } else {
        score *= 0.5;
        why.append(" not in '").append(qualifier.text()).append('\'');
      }
    }
    double inContext = contextScore(row, context);
    if (inContext > 0) {
      score += inContext;
      why.append(", in the context ").append(contextLabel(inContext, context));
    }
    if (namesakes > 1) {
      why.append(", one of ").append(namesakes).append(" so named, ranked by population");
    }
    return new Candidate(
        row, Math.min(1.0, score), ownName ? table.name(row) : typed, why.toString());
  }

  private static String contextLabel(double inContext, LookupContext context) {
    return inContext > CONTEXT_COUNTRY_WEIGHT
        ? context.countryCode() + "/" + context.admin1Code()
        : context.countryCode();
  }

  double contextScore(int row, LookupContext context) {
    if (context.countryCode().isEmpty()
        || !context.countryCode().equalsIgnoreCase(table.countryCode(row))) {
      return 0;
    }
    boolean sameAdmin1 =
        !context.admin1Code().isEmpty()
            && table.kind(row) != Place.Kind.COUNTRY
            && (context.admin1Code().equalsIgnoreCase(table.admin1Code(row))
                || table
                    .admin1Row(table.countryCode(row), context.admin1Code())
                    .map(a -> a == table.admin1Row(row))
                    .orElse(false));
    return CONTEXT_COUNTRY_WEIGHT + (sameAdmin1 ? CONTEXT_ADMIN1_WEIGHT : 0);
  }

  /** 0..1 on a log scale, 1 at ten million people; divisions count a tenth of their people. */
  double populationScore(int row) {
    long people = effectivePopulation(row);
    return Math.min(1.0, Math.log10(people + 1.0) / 7.0);
  }

  long effectivePopulation(int row) {
    long people = table.population(row);
    return table.kind(row) == Place.Kind.ADMIN1 ? people / ADMIN1_POPULATION_DIVISOR : people;
  }

  List<PlaceMatch> ranked(Map<Integer, Candidate> found, int limit) {
    return found.values().stream()
        .sorted(
            Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparing(
                    Comparator.comparingLong((Candidate c) -> table.population(c.row()))
                        .reversed()))
        .limit(limit)
        .map(c -> new PlaceMatch(table.place(c.row()), c.score(), c.matched(), c.why()))
        .toList();
  }

  /** A scored place row on its way to becoming a {@link PlaceMatch}. */
  record Candidate(int row, double score, String matched, String why) {}
}

package org.localgroups.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Placement.Precision;
import org.localgroups.directory.Region.RegionKind;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.LookupContext;
import org.localgroups.geo.Place;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.text.Fold;

/**
 * Places regions (from headings) and groups (from their name, description and the headings above
 * them) with the gazetteer. Where no city can be told, a group is placed at its state or country,
 * and says so.
 */
final class Placer {
  /** "Thailand/ประเทศไทย": a heading naming one place in two languages. */
  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

  /** Top-level headings that name a continent or a world region rather than a country. */
  private static final Set<String> CONTINENTS =
      Set.of(
          "africa",
          "asia",
          "europe",
          "oceania",
          "australasia",
          "latin america",
          "south america",
          "north america",
          "central america",
          "middle east",
          "caribbean",
          "the caribbean",
          "americas",
          "the americas",
          "antarctica",
          "asia pacific",
          "apac",
          "emea",
          "nordics",
          "scandinavia",
          "balkans",
          "eastern europe",
          "western europe",
          "southeast asia",
          "east asia",
          "world",
          "worldwide",
          "international",
          "online",
          "global");

  private static final double CITY_FROM_HEADING = 0.9;
  private static final double REGION_LEVEL = 0.6;
  private static final double FROM_TOP_LEVEL_DOMAIN = 0.4;

  private final Gazetteer gazetteer;

  Placer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** What a heading names, given the placement of the region above it. */
  record RegionPlace(RegionKind kind, Placement placement) {}

  RegionPlace placeHeading(String heading, Placement parent, RegionKind parentKind) {
    for (String candidate : headingCandidates(heading)) {
      String key = candidate.toLowerCase(Locale.ROOT);
      if (CONTINENTS.contains(key)) {
        return new RegionPlace(
            RegionKind.CONTINENT,
            new Placement(
                Precision.CONTINENT,
                candidate,
                "",
                "",
                0,
                0,
                0,
                1,
                "heading names a world region"));
      }
      if (!parent.countryCode().isEmpty()) {
        Optional<Place> admin1 = gazetteer.admin1(parent.countryCode(), candidate);
        if (admin1.isPresent()) {
          return new RegionPlace(
              RegionKind.STATE,
              placement(
                  admin1.get(),
                  Precision.STATE,
                  1,
                  "heading '" + heading + "' names a state or province"));
        }
        List<PlaceMatch> cities =
            gazetteer.lookup(candidate, LookupContext.country(parent.countryCode()));
        Optional<PlaceMatch> city =
            cities.stream()
                .filter(
                    m ->
                        m.place().kind() == Place.Kind.CITY
                            && m.place().countryCode().equals(parent.countryCode()))
                .findFirst();
        if (city.isPresent()) {
          return new RegionPlace(
              RegionKind.CITY,
              placement(
                  city.get().place(),
                  Precision.CITY,
                  CITY_FROM_HEADING,
                  "heading '" + heading + "' names a city"));
        }
      } else {
        Optional<Place> country = gazetteer.country(candidate);
        if (country.isPresent()) {
          return new RegionPlace(
              RegionKind.COUNTRY,
              placement(
                  country.get(),
                  Precision.COUNTRY,
                  1,
                  "heading '" + heading + "' names a country"));
        }
      }
    }
    return new RegionPlace(RegionKind.OTHER, parent);
  }

  /**
   * "Thailand/ประเทศไทย" -> both parts; "Cambodia(សីល ...)" -> "Cambodia"; "The Netherlands" as is.
   */
  private static List<String> headingCandidates(String heading) {
    String noParens = heading.replaceAll("\\(.*?\\)|\\(.*$", " ").strip();
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    out.add(heading.strip());
    out.add(noParens);
    for (String part : SLASH.split(noParens)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return List.copyOf(out);
  }

  /**
   * A group's place: a city named in its name or description (within the heading's country and
   * state when known), else the city, state or country of its headings, else the country of its
   * website's domain.
   */
  Placement placeGroup(
      String name, String description, Placement region, String regionName, List<String> urls) {
    LookupContext context =
        new LookupContext(
            region.countryCode(),
            region.precision() == Precision.STATE || region.precision() == Precision.CITY
                ? admin1Code(region)
                : "");
    String text = name + coinedWords(name) + ". " + description;
    List<PlaceMatch> mentions =
        gazetteer.mentions(text, context).stream()
            .filter(
                m ->
                    context.countryCode().isEmpty()
                        || m.place().countryCode().equals(context.countryCode()))
            .toList();
    boolean byState = BY_STATE.matcher(regionName).find();
    Optional<PlaceMatch> city = firstCity(text, mentions, context, byState);
    if (city.isPresent() && region.precision() != Precision.CITY) {
      PlaceMatch m = city.get();
      return placement(
          m.place(),
          Precision.CITY,
          m.score(),
          "text names '" + m.matched() + "' (" + m.why() + ")");
    }
    if (region.precision() == Precision.CITY) {
      return withReason(
          region,
          region.confidence() * CITY_FROM_HEADING,
          "heading names its city: " + region.name());
    }
    Optional<PlaceMatch> state =
        mentions.stream()
            .filter(m -> m.place().kind() == Place.Kind.ADMIN1)
            .findFirst()
            .or(() -> stateNamedLikeACity(mentions, context));
    if (state.isPresent()) {
      PlaceMatch m = state.get();
      return placement(
          m.place(),
          Precision.STATE,
          m.score() * REGION_LEVEL,
          "text names the state '" + m.matched() + "'; no city given");
    }
    if (region.precision() == Precision.STATE || region.precision() == Precision.COUNTRY) {
      return withReason(
          region,
          REGION_LEVEL,
          "no city named: placed at its heading's "
              + (region.precision() == Precision.STATE ? "state" : "country")
              + " ("
              + region.name()
              + ")");
    }
    Optional<PlaceMatch> country =
        mentions.stream().filter(m -> m.place().kind() == Place.Kind.COUNTRY).findFirst();
    if (country.isPresent()) {
      PlaceMatch m = country.get();
      return placement(
          m.place(),
          Precision.COUNTRY,
          m.score() * REGION_LEVEL,
          "text names the country '" + m.matched() + "'; no city given");
    }
    for (String url : urls) {
      Optional<Place> byDomain = countryOfDomain(url);
      if (byDomain.isPresent()) {
        return placement(
            byDomain.get(),
            Precision.COUNTRY,
            FROM_TOP_LEVEL_DOMAIN,
            "no place named: country of its website's domain (" + Link.hostOf(url) + ")");
      }
    }
    return Placement.unplaced(
        region.precision() == Precision.CONTINENT
            ? "no city or country named; listed under " + region.name()
            : "no place named in its listing or headings");
  }

  /** Countries that are one city: a mention of their name is the city. */
  private static final Set<String> CITY_STATES = Set.of("SG", "HK", "MO", "MC", "VA", "GI");

  private static final java.util.regex.Pattern BY_STATE =
      java.util.regex.Pattern.compile(
          "\\bstates?\\b|\\bestados?\\b|\\bprovinces?\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Scores this close to the best count as a tie, broken by what the text names first. */
  private static final double TIE = 0.9;

  /**
   * A city holding this share of its namesake state's people is that state (Kyiv City, Brasília's
   * district).
   */
  private static final double CITY_IS_ITS_STATE = 0.6;

  /**
   * The city the text means: of the city mentions scoring near the best, the one named first
   * ("Rochester, New York's only group" is in Rochester). A name that is really the country's or a
   * state's ("Python Community in México", "Grupy-BA - Bahia") is not read as a city that has it as
   * an alternate name.
   */
  private Optional<PlaceMatch> firstCity(
      String text, List<PlaceMatch> mentions, LookupContext context, boolean byState) {
    List<PlaceMatch> cities =
        mentions.stream()
            .filter(m -> m.place().kind() == Place.Kind.CITY)
            .filter(m -> !namesCountryOrState(m, context, byState))
            .toList();
    if (cities.isEmpty()) {
      return Optional.empty();
    }
    double best = cities.stream().mapToDouble(PlaceMatch::score).max().orElse(0);
    String lower = text.toLowerCase(Locale.ROOT);
    return cities.stream()
        .filter(m -> m.score() >= best * TIE)
        .min(
            java.util.Comparator.comparingInt(
                m -> {
                  int at = lower.indexOf(m.matched().toLowerCase(Locale.ROOT));
                  return at < 0 ? Integer.MAX_VALUE : at;
                }));
  }

  /** "Grupy-BA - Bahia": a state whose name a city also has as an alternate name. */
  private Optional<PlaceMatch> stateNamedLikeACity(
      List<PlaceMatch> mentions, LookupContext context) {
    for (PlaceMatch m : mentions) {
      if (m.place().kind() == Place.Kind.CITY) {
        String country =
            context.countryCode().isEmpty() ? m.place().countryCode() : context.countryCode();
        Optional<Place> state = gazetteer.admin1(country, m.matched());
        if (state.isPresent()) {
          return Optional.of(
              new PlaceMatch(
                  state.get(), m.score(), m.matched(), "state named '" + m.matched() + "'"));
        }
      }
    }
    return Optional.empty();
  }

  private boolean namesCountryOrState(PlaceMatch city, LookupContext context, boolean byState) {
    Optional<Place> country = gazetteer.country(city.matched());
    if (country.isPresent()) {
      return !CITY_STATES.contains(
          country.get().countryCode()); // "Panama" is the country; "Singapore" the city
    }
    String code =
        context.countryCode().isEmpty() ? city.place().countryCode() : context.countryCode();
    boolean ownName = Fold.key(city.matched()).equals(Fold.key(city.place().name()));
    // under "Regional (by State)", "Rio de Janeiro" is the state; elsewhere a city's own name is
    // the city.
    // A state that is the city itself (Kyiv City, the Federal District of Brasília) is the city.
    Optional<Place> state = gazetteer.admin1(code, city.matched());
    return (byState || !ownName)
        && state.isPresent()
        && city.place().population() < CITY_IS_ITS_STATE * state.get().population();
  }

  /** "AthensPUG" -> " (Athens PUG)": coined names hide their city in CamelCase. */
  static String coinedWords(String name) {
    String split =
        name.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ")
            .replaceAll("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ");
    if (split.equals(name)) {
      return "";
    }
    // only whole words of some length: "PythOnRio" must not name Rio
    String words =
        java.util.Arrays.stream(split.split("\\s+"))
            .filter(w -> w.length() >= 4)
            .collect(java.util.stream.Collectors.joining(" "));
    return words.isEmpty() ? "" : " (" + words + ")";
  }

  /**
   * The country a flag on a group's line names, as the place to read the group within when the
   * headings above it name no country (lists sorted by continent only).
   */
  Optional<Placement> countryOfFlag(String isoCode) {
    if (isoCode.isEmpty()) {
      return Optional.empty();
    }
    String code = isoCode.equals("UK") ? "GB" : isoCode;
    return gazetteer
        .country(code)
        .filter(p -> p.kind() == Place.Kind.COUNTRY)
        .map(p -> placement(p, Precision.COUNTRY, 1, "its flag names " + p.name()));
  }

  private Optional<Place> countryOfDomain(String url) {
    String host = Link.hostOf(url);
    if (host.isEmpty() && url.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
      host = url.substring(url.indexOf('@') + 1).replaceAll("[?].*$", "");
    }
    int dot = host.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String tld = host.substring(dot + 1);
    if (tld.length() != 2 || (tld.equals("us") && !host.contains(".us"))) {
      return Optional.empty();
    }
    // generic-looking two-letter domains that are not about a country's community
    if (Set.of("io", "co", "me", "tv", "ly", "fm", "ai", "eu").contains(tld)) {
      return Optional.empty();
    }
    String code = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
    return gazetteer.country(code);
  }

  private String admin1Code(Placement region) {
    if (region.geonameId() == 0) {
      return "";
    }
    return gazetteer.byId(region.geonameId()).map(Place::admin1Code).orElse("");
  }

  static Placement placement(Place place, Precision precision, double confidence, String reason) {
    return new Placement(
        precision,
        place.name(),
        place.countryCode(),
        place.kind() == Place.Kind.COUNTRY ? "" : place.admin1Name(),
        place.latitude(),
        place.longitude(),
        place.geonameId(),
        Math.min(1, Math.max(0, confidence)),
        reason);
  }

  private static Placement withReason(Placement p, double confidence, String reason) {
    return new Placement(
        p.precision(),
        p.name(),
        p.countryCode(),
        p.admin1(),
        p.latitude(),
        p.longitude(),
        p.geonameId(),
        Math.min(1, Math.max(0, confidence)),
        reason);
  }
}

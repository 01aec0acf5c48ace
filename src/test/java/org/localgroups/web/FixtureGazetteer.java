package org.localgroups.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.LookupContext;
import org.localgroups.geo.Place;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.text.Fold;

/**
 * Test fixture: a tiny gazetteer over a few GeoNames rows typed in by hand (ids and coordinates
 * from GeoNames).
 */
public class FixtureGazetteer implements Gazetteer {

  /** A place with the other names it is known by. */
  record Row(Place place, List<String> names) {}

  static Place city(
      long id,
      String name,
      String cc,
      String country,
      String a1code,
      String a1,
      double lat,
      double lon,
      long pop,
      String tz) {
    return new Place(id, name, Place.Kind.CITY, cc, country, a1code, a1, lat, lon, pop, tz);
  }

  static Place country(long id, String name, String cc, double lat, double lon, long pop) {
    return new Place(id, name, Place.Kind.COUNTRY, cc, name, "", "", lat, lon, pop, "");
  }

  static final List<Row> ROWS =
      List.of(
          new Row(
              city(
                  3094802,
                  "Kraków",
                  "PL",
                  "Poland",
                  "72",
                  "Lesser Poland",
                  50.06143,
                  19.93658,
                  755050,
                  "Europe/Warsaw"),
              List.of("Krakow", "Cracow", "Krakau")),
          new Row(
              city(
                  756135,
                  "Warsaw",
                  "PL",
                  "Poland",
                  "78",
                  "Masovian",
                  52.22977,
                  21.01178,
                  1702139,
                  "Europe/Warsaw"),
              List.of("Warszawa", "Varsovie")),
          new Row(
              city(
                  2867714,
                  "Munich",
                  "DE",
                  "Germany",
                  "02",
                  "Bavaria",
                  48.13743,
                  11.57549,
                  1260391,
                  "Europe/Berlin"),
              List.of("München", "Muenchen")),
          new Row(
              city(
                  2886242,
                  "Köln",
                  "DE",
                  "Germany",
                  "07",
                  "North Rhine-Westphalia",
                  50.93333,
                  6.95,
                  963395,
                  "Europe/Berlin"),
              List.of("Cologne", "Koeln")),
          new Row(
              city(
                  703448,
                  "Kyiv",
                  "UA",
                  "Ukraine",
                  "12",
                  "Kyiv City",
                  50.45466,
                  30.5238,
                  2797553,
                  "Europe/Kyiv"),
              List.of("Kiev", "Kyjiw")),
          new Row(
              city(
                  1277333,
                  "Bengaluru",
                  "IN",
                  "India",
                  "19",
                  "Karnataka",
                  12.97194,
                  77.59369,
                  8443675,
                  "Asia/Kolkata"),
              List.of("Bangalore")),
          new Row(
              city(
                  1264527,
                  "Chennai",
                  "IN",
                  "India",
                  "25",
                  "Tamil Nadu",
                  13.08784,
                  80.27847,
                  4646732,
                  "Asia/Kolkata"),
              List.of("Madras")),
          new Row(
              city(
                  5391959,
                  "San Francisco",
                  "US",
                  "United States",
                  "CA",
                  "California",
                  37.77493,
                  -122.41942,
                  864816,
                  "America/Los_Angeles"),
              List.of("SF")),
          new Row(
              city(
                  5391811,
                  "San Diego",
                  "US",
                  "United States",
                  "CA",
                  "California",
                  32.71571,
                  -117.16472,
                  1394928,
                  "America/Los_Angeles"),
              List.of()),
          new Row(
              city(
                  4671654,
                  "Austin",
                  "US",
                  "United States",
                  "TX",
                  "Texas",
                  30.26715,
                  -97.74306,
                  931830,
                  "America/Chicago"),
              List.of()),
          new Row(
              city(
                  5016884,
                  "Austin",
                  "US",
                  "United States",
                  "MN",
                  "Minnesota",
                  43.66663,
                  -92.97464,
                  24718,
                  "America/Chicago"),
              List.of()),
          new Row(
              city(
                  3448439,
                  "São Paulo",
                  "BR",
                  "Brazil",
                  "27",
                  "São Paulo",
                  -23.5475,
                  -46.63611,
                  10021295,
                  "America/Sao_Paulo"),
              List.of("Sao Paulo", "Sampa")),
          new Row(
              city(
                  3413829,
                  "Reykjavík",
                  "IS",
                  "Iceland",
                  "39",
                  "Capital Region",
                  64.13548,
                  -21.89541,
                  118918,
                  "Atlantic/Reykjavik"),
              List.of("Reykjavik")),
          new Row(
              new Place(
                  4736286,
                  "Texas",
                  Place.Kind.ADMIN1,
                  "US",
                  "United States",
                  "TX",
                  "Texas",
                  31.25044,
                  -99.25061,
                  22875689,
                  "America/Chicago"),
              List.of("TX")),
          new Row(country(798544, "Poland", "PL", 52.0, 20.0, 38500000), List.of("Polska")),
          new Row(country(2921044, "Germany", "DE", 51.5, 10.5, 82927922), List.of("Deutschland")),
          new Row(country(690791, "Ukraine", "UA", 49.0, 32.0, 44622516), List.of()),
          new Row(country(1269750, "India", "IN", 22.0, 79.0, 1352617328), List.of()),
          new Row(country(6252001, "United States", "US", 39.76, -98.5, 327167434), List.of("USA")),
          new Row(country(3469034, "Brazil", "BR", -10.0, -55.0, 209469333), List.of("Brasil")),
          new Row(country(2629691, "Iceland", "IS", 65.0, -18.0, 353574), List.of()),
          new Row(country(1168579, "Pakistan", "PK", 30.0, 70.0, 212215030), List.of()));

  static String fold(String s) {
    return Fold.fold(s).strip();
  }

  private static Stream<String> allNames(Row r) {
    return Stream.concat(Stream.of(r.place().name()), r.names().stream());
  }

  @Override
  public List<PlaceMatch> lookup(String text, LookupContext context) {
    String first = fold(text.split(",")[0]);
    return ROWS.stream()
        .filter(r -> allNames(r).anyMatch(n -> fold(n).equals(first)))
        .sorted(Comparator.comparingLong((Row r) -> r.place().population()).reversed())
        .map(r -> new PlaceMatch(r.place(), 1.0, r.place().name(), "name"))
        .toList();
  }

  @Override
  public List<PlaceMatch> mentions(String text, LookupContext context) {
    String folded = fold(text);
    return ROWS.stream()
        .filter(r -> allNames(r).anyMatch(n -> folded.contains(fold(n))))
        .map(r -> new PlaceMatch(r.place(), 0.5, r.place().name(), "mentioned"))
        .toList();
  }

  @Override
  public List<PlaceMatch> suggest(String prefix, int limit) {
    String p = fold(prefix);
    if (p.isEmpty()) {
      return List.of();
    }
    return ROWS.stream()
        .filter(r -> allNames(r).anyMatch(n -> fold(n).startsWith(p)))
        .sorted(Comparator.comparingLong((Row r) -> r.place().population()).reversed())
        .limit(limit)
        .map(r -> new PlaceMatch(r.place(), 1.0, r.place().name(), "prefix"))
        .toList();
  }

  @Override
  public Optional<Place> country(String codeOrName) {
    String key = fold(codeOrName);
    return ROWS.stream()
        .map(Row::place)
        .filter(p -> p.kind() == Place.Kind.COUNTRY)
        .filter(p -> fold(p.countryCode()).equals(key) || fold(p.name()).equals(key))
        .findFirst();
  }

  @Override
  public Optional<Place> admin1(String countryCode, String name) {
    return ROWS.stream()
        .map(Row::place)
        .filter(p -> p.kind() == Place.Kind.ADMIN1 && p.countryCode().equals(countryCode))
        .filter(p -> fold(p.name()).equals(fold(name)) || p.admin1Code().equalsIgnoreCase(name))
        .findFirst();
  }

  @Override
  public Optional<Place> byId(long geonameId) {
    return ROWS.stream().map(Row::place).filter(p -> p.geonameId() == geonameId).findFirst();
  }

  @Override
  public List<String> zonesIn(Place place) {
    return ROWS.stream()
        .map(Row::place)
        .filter(place::contains)
        .map(Place::timezone)
        .filter(z -> !z.isEmpty())
        .distinct()
        .sorted()
        .toList();
  }
}

package org.localgroups.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localgroups.geo.GazetteerFixture.context;
import static org.localgroups.geo.GazetteerFixture.describe;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoNamesGazetteerTest {
  private final GeoNamesGazetteer gazetteer = GazetteerFixture.bundled();

  @Test
  void bundlesTheWholeGeoNamesCities500Extract() {
    assertThat(gazetteer.cityCount()).isGreaterThan(150_000);
    assertThat(gazetteer.size() - gazetteer.cityCount())
        .isGreaterThan(3_000); // countries + divisions
    assertThat(gazetteer.nameCount()).isGreaterThan(500_000);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2} {3}/{4} {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      Cracow                  | -     | Kraków              | PL | 77  | CITY
      Krakow                  | -     | Kraków              | PL | 77  | CITY
      Kraków                  | -     | Kraków              | PL | 77  | CITY
      München                 | -     | Munich              | DE | 02  | CITY
      Munich                  | -     | Munich              | DE | 02  | CITY
      Muenchen                | -     | Munich              | DE | 02  | CITY
      Köln                    | -     | Köln                | DE | 07  | CITY
      Koln                    | -     | Köln                | DE | 07  | CITY
      Cologne                 | -     | Köln                | DE | 07  | CITY
      Bangalore               | -     | Bengaluru           | IN | 19  | CITY
      Kiev                    | -     | Kyiv                | UA | 12  | CITY
      Kyiv                    | -     | Kyiv                | UA | 12  | CITY
      São Paulo               | -     | São Paulo           | BR | 27  | CITY
      Sao Paulo               | -     | São Paulo           | BR | 27  | CITY
      SAO PAULO               | -     | São Paulo           | BR | 27  | CITY
      'Washington, DC'        | -     | Washington          | US | DC  | CITY
      'Washington, D.C.'      | -     | Washington          | US | DC  | CITY
      'Springfield, MO'       | -     | Springfield         | US | MO  | CITY
      'Springfield, Missouri' | -     | Springfield         | US | MO  | CITY
      'Springfield, Illinois' | -     | Springfield         | US | IL  | CITY
      'Köln, Germany'         | -     | Köln                | DE | 07  | CITY
      'Koeln, Deutschland'    | -     | Köln                | DE | 07  | CITY
      'Portland, OR'          | -     | Portland            | US | OR  | CITY
      'Portland, ME'          | -     | Portland            | US | ME  | CITY
      Portland OR             | -     | Portland            | US | OR  | CITY
      Paris                   | -     | Paris               | FR | 11  | CITY
      'Paris, TX'             | -     | Paris               | US | TX  | CITY
      'Paris, Texas'          | -     | Paris               | US | TX  | CITY
      'London, ON'            | -     | London              | CA | 08  | CITY
      London                  | -     | London              | GB | ENG | CITY
      'Sydney, NSW'           | -     | Sydney              | AU | 02  | CITY
      'Curitiba, PR'          | -     | Curitiba            | BR | 18  | CITY
      'Cambridge, MA'         | -     | Cambridge           | US | MA  | CITY
      'Indianapolis, IN'      | -     | Indianapolis        | US | IN  | CITY
      'Grand Rapids, Michigan'| -     | Grand Rapids        | US | MI  | CITY
      'Nairobi, Kenya'        | -     | Nairobi             | KE | 05  | CITY
      Springfield             | US/MO | Springfield         | US | MO  | CITY
      Springfield             | US/IL | Springfield         | US | IL  | CITY
      Cambridge               | GB    | Cambridge           | GB | ENG | CITY
      Cambridge               | US/MA | Cambridge           | US | MA  | CITY
      Reykjavik               | -     | Reykjavík           | IS | 39  | CITY
      Istanbul                | -     | Istanbul            | TR | 34  | CITY
      İstanbul                | -     | Istanbul            | TR | 34  | CITY
      Zürich                  | -     | Zürich              | CH | ZH  | CITY
      Zurich                  | -     | Zürich              | CH | ZH  | CITY
      Düsseldorf              | -     | Düsseldorf          | DE | 07  | CITY
      Ribeirao Preto          | -     | Ribeirão Preto      | BR | 27  | CITY
      Rio de Janeiro          | -     | Rio de Janeiro      | BR | 21  | CITY
      Montreal                | -     | Montréal            | CA | 10  | CITY
      Prishtina               | -     | Pristina            | XK | -   | CITY
      Gothenburg              | -     | Göteborg            | SE | 28  | CITY
      Dallas-Fort Worth       | -     | Dallas              | US | TX  | CITY
      Kitchener-Waterloo      | -     | Kitchener           | CA | 08  | CITY
      Germany                 | -     | Germany             | DE | -   | COUNTRY
      Deutschland             | -     | Germany             | DE | -   | COUNTRY
      España                  | -     | Spain               | ES | -   | COUNTRY
      Brasil                  | -     | Brazil              | BR | -   | COUNTRY
      Polska                  | -     | Poland              | PL | -   | COUNTRY
      Nederland               | -     | Netherlands         | NL | -   | COUNTRY
      Россия                  | -     | Russia              | RU | -   | COUNTRY
      中国                     | -     | China               | CN | -   | COUNTRY
      ประเทศไทย               | -     | Thailand            | TH | -   | COUNTRY
      Italia                  | -     | Italy               | IT | -   | COUNTRY
      Österreich              | -     | Austria             | AT | -   | COUNTRY
      México                  | -     | Mexico              | MX | -   | COUNTRY
      Perú                    | -     | Peru                | PE | -   | COUNTRY
      California              | -     | California          | US | CA  | ADMIN1
      Texas                   | -     | Texas               | US | TX  | ADMIN1
      Bahia                   | -     | Bahia               | BR | 05  | ADMIN1
      North Carolina          | -     | North Carolina      | US | NC  | ADMIN1
      Bavaria                 | -     | Bavaria             | DE | 02  | ADMIN1
      """)
  void looksUpTheBestPlace(
      String text, String context, String name, String country, String admin1, Place.Kind kind) {
    List<PlaceMatch> matches = gazetteer.lookup(text, context(context));

    assertThat(matches).as("matches for '%s'%s", text, describe(matches)).isNotEmpty();
    Place best = matches.getFirst().place();
    assertThat(best.name()).as("best for '%s'%s", text, describe(matches)).isEqualTo(name);
    assertThat(best.countryCode()).isEqualTo(country);
    assertThat(best.kind()).isEqualTo(kind);
    if (admin1 != null) {
      assertThat(best.admin1Code()).isEqualTo(admin1);
    }
  }

  @Test
  void ranksBestFirstWithScoresBetweenZeroAndOne() {
    List<PlaceMatch> matches = gazetteer.lookup("Springfield");

    assertThat(matches).hasSizeGreaterThan(5);
    assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
    assertThat(matches)
        .extracting(PlaceMatch::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(matches).extracting(PlaceMatch::matched).containsOnly("Springfield");
    assertThat(matches.getFirst().place().name()).isEqualTo("Springfield");
  }

  @Test
  void saysWhichAlternateNameMatched() {
    PlaceMatch cracow = gazetteer.lookup("Cracow").getFirst();

    assertThat(cracow.matched()).isEqualTo("Cracow");
    assertThat(cracow.why()).contains("alternate name 'Cracow'");
    assertThat(cracow.place().label()).isEqualTo("Kraków, Lesser Poland Voivodeship, Poland");
  }

  @Test
  void aQualifierThatRulesOutTheLargestPlacePutsItLast() {
    List<PlaceMatch> matches = gazetteer.lookup("Paris, TX");

    assertThat(matches.getFirst().why()).contains("in 'TX'");
    PlaceMatch france =
        matches.stream()
            .filter(m -> m.place().countryCode().equals("FR"))
            .findFirst()
            .orElseThrow();
    assertThat(france.score()).isLessThan(matches.getFirst().score());
    assertThat(france.why()).contains("not in 'TX'");
  }

  @Test
  void saysWhenTheContextDecided() {
    List<PlaceMatch> matches = gazetteer.lookup("Springfield", new LookupContext("US", "MO"));

    assertThat(matches.get(0).why()).contains("in the context US/MO");
    assertThat(matches.get(1).why()).contains("in the context US").doesNotContain("US/MO");
  }

  @Test
  void findsNothingForNonsenseOrBlank() {
    assertThat(gazetteer.lookup("Xqzzyvillepolis")).isEmpty();
    assertThat(gazetteer.lookup("   ")).isEmpty();
    assertThat(gazetteer.lookup(",,,")).isEmpty();
  }

  @Test
  void fillsEveryFieldOfACity() {
    Place krakow = gazetteer.lookup("Kraków").getFirst().place();

    assertThat(krakow.geonameId()).isEqualTo(3094802L);
    assertThat(krakow.latitude()).isCloseTo(50.06, org.assertj.core.data.Offset.offset(0.05));
    assertThat(krakow.longitude()).isCloseTo(19.94, org.assertj.core.data.Offset.offset(0.05));
    assertThat(krakow.population()).isGreaterThan(700_000);
    assertThat(krakow.timezone()).isEqualTo("Europe/Warsaw");
    assertThat(krakow.countryName()).isEqualTo("Poland");
    assertThat(krakow.admin1Name()).isEqualTo("Lesser Poland Voivodeship");
  }

  @Test
  void findsCountriesByCodeAndByNameInManyLanguages() {
    assertThat(gazetteer.country("DE")).map(Place::name).contains("Germany");
    assertThat(gazetteer.country("deu")).map(Place::countryCode).contains("DE");
    assertThat(gazetteer.country("Deutschland")).map(Place::countryCode).contains("DE");
    assertThat(gazetteer.country("Allemagne")).map(Place::countryCode).contains("DE");
    assertThat(gazetteer.country("United States")).map(Place::countryCode).contains("US");
    assertThat(gazetteer.country("Crna Gora")).map(Place::countryCode).contains("ME");
    assertThat(gazetteer.country("Narnia")).isEmpty();
    assertThat(gazetteer.country("DE").orElseThrow().kind()).isEqualTo(Place.Kind.COUNTRY);
  }

  @Test
  void findsFirstLevelDivisionsByCodeNameOrAlternateName() {
    assertThat(gazetteer.admin1("US", "NC")).map(Place::name).contains("North Carolina");
    assertThat(gazetteer.admin1("US", "North Carolina")).map(Place::admin1Code).contains("NC");
    assertThat(gazetteer.admin1("us", "north carolina")).map(Place::admin1Code).contains("NC");
    assertThat(gazetteer.admin1("DE", "Bayern")).map(Place::admin1Code).contains("02");
    assertThat(gazetteer.admin1("DE", "BY")).map(Place::admin1Code).contains("02");
    assertThat(gazetteer.admin1("BR", "SP")).map(Place::admin1Code).contains("27");
    assertThat(gazetteer.admin1("PL", "Lesser Poland Voivodeship"))
        .map(Place::admin1Code)
        .contains("77");
    assertThat(gazetteer.admin1("PL", "12"))
        .map(Place::admin1Code)
        .contains("77"); // ISO 3166-2 PL-12
    assertThat(gazetteer.admin1("AU", "NSW")).map(Place::name).contains("New South Wales");
    assertThat(gazetteer.admin1("FR", "North Carolina")).isEmpty();
  }

  @Test
  void findsPlacesByGeoNamesId() {
    assertThat(gazetteer.byId(3094802L)).map(Place::name).contains("Kraków");
    assertThat(gazetteer.byId(2921044L)).map(Place::kind).contains(Place.Kind.COUNTRY); // Germany
    assertThat(gazetteer.byId(999_999_999L)).isEmpty();
  }

  @Test
  void suggestsLargerPlacesFirstOncePerPlace() {
    List<PlaceMatch> suggestions = gazetteer.suggest("krak", 5);

    assertThat(suggestions).hasSizeLessThanOrEqualTo(5);
    assertThat(suggestions.getFirst().place().name()).isEqualTo("Kraków");
    assertThat(suggestions).extracting(m -> m.place().geonameId()).doesNotHaveDuplicates();
    assertThat(gazetteer.suggest("São P", 3).getFirst().place().name()).isEqualTo("São Paulo");
    assertThat(gazetteer.suggest("new yor", 3).getFirst().place().name())
        .isEqualTo("New York City");
    assertThat(gazetteer.suggest("", 3)).isEmpty();
    assertThat(gazetteer.suggest("kr", 0)).isEmpty();
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<String> queries =
        List.of("Cracow", "Paris, TX", "Köln, Germany", "Springfield, MO", "Bahia");
    List<String> expected =
        queries.stream().map(q -> gazetteer.lookup(q).getFirst().place().label()).toList();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<List<String>>>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () ->
                    queries.stream()
                        .map(q -> gazetteer.lookup(q).getFirst().place().label())
                        .toList()));
      }
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    }
  }
}

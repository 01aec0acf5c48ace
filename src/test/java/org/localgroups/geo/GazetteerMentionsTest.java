package org.localgroups.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localgroups.geo.GazetteerFixture.context;
import static org.localgroups.geo.GazetteerFixture.describe;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Group names and descriptions from the seed page, with the country of the heading they stand
 * under.
 */
class GazetteerMentionsTest {
  private final GeoNamesGazetteer gazetteer = GazetteerFixture.bundled();

  @ParameterizedTest(name = "{0} [{1}] -> {2} {3}/{4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      'PythonCabal Python User Group in Guadalajara, meets the fourth Monday of every month' | MX | Guadalajara | MX | 14 | Guadalajara
      'Pykonik - Cracow''s Python Users Group'                        | PL    | Kraków          | PL | 77  | Cracow
      'Exception - Python seminar in Kiev - Ukraine'                  | UA    | Kyiv            | UA | 12  | Kiev
      'Volos Python User Group Pythonistas in Volos'                  | GR    | Volos           | GR | -   | Volos
      'PyGrunn - Python Usergroup Groningen.'                         | NL    | Groningen       | NL | 04  | Groningen
      'Tampa Bay PUG'                                                 | US/FL | Tampa           | US | FL  | Tampa
      'PyWaw - Python community in Warsaw'                            | PL    | Warsaw          | PL | 78  | Warsaw
      'KWPUG - the Kitchener/Waterloo Python User Group'              | CA    | Kitchener       | CA | 08  | Kitchener
      'Dallas-Ft. Worth (Texas) Pythoneers'                           | US    | Dallas          | US | TX  | Dallas
      'Boston / Cambridge Python Users Group will be meeting in Boston, MA.' | US | Boston     | US | MA  | Boston
      'PyAtl Atlanta, Georgia Python User Group'                      | US    | Atlanta         | US | GA  | Atlanta
      'TasPython A PUG with dual nature. Located in Norman, OK.'      | US    | Norman          | US | OK  | Norman
      'Memphis, TN Python User Group'                                 | US    | Memphis         | US | TN  | Memphis
      'pyCologne, the Python User Group Köln - Cologne, Germany'      | DE    | Köln            | DE | 07  | Köln
      'Hamburg Python User Group - Hamburg, Germany'                  | DE    | Hamburg         | DE | 04  | Hamburg
      'User Group München, the Python User Group in Munich'           | DE    | Munich          | DE | 02  | Munich
      'Python Meeting Düsseldorf (PyDDF) - Düsseldorf, Germany'       | DE    | Düsseldorf      | DE | 07  | Düsseldorf
      'Reykjavík Python User Group'                                   | IS    | Reykjavík       | IS | 39  | Reykjavík
      'Pyİst İstanbul Python User Group.'                             | TR    | Istanbul        | TR | 34  | İstanbul
      'Prishtina Python Group'                                        | XK    | Pristina        | XK | -   | Prishtina
      'GrimPypers - Python User Group - Grimstad, Norway'             | NO    | Grimstad        | NO | -   | Grimstad
      'itlosjen - Python Users - Kristiansand'                        | NO    | Kristiansand    | NO | -   | Kristiansand
      'GothPy Gothenburg Python User Group.'                          | SE    | Göteborg        | SE | 28  | Gothenburg
      'PySthlm Stockholm Python User Group.'                          | SE    | Stockholm       | SE | 26  | Stockholm
      'Cape Town Python Users Group - South Africa'                   | ZA    | Cape Town       | ZA | 11  | Cape Town
      'Nairobi Python User Group - Nairobi, Kenya.'                   | KE    | Nairobi         | KE | 05  | Nairobi
      'Brisbane - A monthly meeting of food, drink and Python.'       | AU    | Brisbane        | AU | 04  | Brisbane
      'Sydney Python Users Group - A group of Python users who meet in Sydney for discussions and drinks' | AU | Sydney | AU | 02 | Sydney
      'Python Edinburgh'                                              | GB    | Edinburgh       | GB | SCT | Edinburgh
      'Python Sheffield'                                              | GB    | Sheffield       | GB | ENG | Sheffield
      'Oxford Python'                                                 | GB    | Oxford          | GB | ENG | Oxford
      'The Barcelona Python Meetup Group Barcelona Python user group.' | ES   | Barcelona       | ES | 56  | Barcelona
      'Grupy-RP - Ribeirão Preto'                                     | BR    | Ribeirão Preto  | BR | 27  | Ribeirão Preto
      'PythOnRio - Rio de Janeiro - Official Site, Twitter and Photos' | BR   | Rio de Janeiro  | BR | 21  | Rio de Janeiro
      'Indianapolis, IN The IndyPy User Group'                        | US    | Indianapolis    | US | IN  | Indianapolis
      'GRPUG - A Python Users Group in Grand Rapids, Michigan'        | US    | Grand Rapids    | US | MI  | Grand Rapids
      'Fort Collins, Colorado Pythoneers. Meeting the first Thursday of every month in Fort Collins, Colorado.' | US | Fort Collins | US | CO | Fort Collins
      'ChiPy - The Chicago Python Users Group'                        | US    | Chicago         | US | IL  | Chicago
      'Python User Group in Monterrey.'                               | MX    | Monterrey       | MX | 19  | Monterrey
      'Website of Python Community in Caracas - Grupo de usuarios Python en Caracas, lista de correo.' | VE | Caracas | VE | 25 | Caracas
      'PyHUG Meetups - Hsinchu Python User Group'                     | TW    | Hsinchu         | TW | -   | Hsinchu
      'NZPUG Christchurch - bi-monthly meetings'                      | NZ    | Christchurch    | NZ | -   | Christchurch
      'MontrealPython - Montreal''s Python community.'                | CA    | Montréal        | CA | 10  | Montreal
      'WinniPUG - Winnipeg Python Users Group'                        | CA    | Winnipeg        | CA | 03  | Winnipeg
      'VanPyZ - The Vancouver Python and Zope User Group discusses Python and various uses of the language.' | CA | Vancouver | CA | 02 | Vancouver
      'PyPg - Python Local User Group Perugia'                        | IT    | Perugia         | IT | 18  | Perugia
      'Zagreb Python User Group'                                      | HR    | Zagreb          | HR | -   | Zagreb
      'pyGraz - Python User Group Graz'                               | AT    | Graz            | AT | 06  | Graz
      'FrontRangePythoneers - We meet every third Wednesday, 6-8 PM, in Boulder, Colorado.' | US | Boulder | US | CO | Boulder
      'Tampa Bay PUG - Meeting every 2nd Wednesday, in Clearwater, FL' | US   | Tampa           | US | FL  | Tampa
      'Grupy-BA - Bahia'                                              | BR    | Bahia           | BR | 05  | Bahia
      'PUG-PE - Pernambuco'                                           | BR    | Pernambuco      | BR | 30  | Pernambuco
      'Python México Python Community in México.'                     | MX    | Mexico          | MX | -   | México
      'RocPy: Rochester, New York''s only Python Users Group'         | US    | Rochester       | US | NY  | Rochester
      'OPy: Oklahoma''s first Python User Group. Located in Norman, OK.' | US | Norman          | US | OK  | Norman
      'Southern Missouri Python Interest Group'                       | US    | Missouri        | US | MO  | Missouri
      'PySGF - A Python User Community in Springfield, MO'            | US    | Springfield     | US | MO  | Springfield
      'Springfield/Northampton/Amherst MA Developer''s Group'          | US/MA | Springfield     | US | MA  | Springfield
      'TriZPUG: The Triangle Zope and Python User Group in the Raleigh-Durham-Chapel Hill area' | US | Raleigh | US | NC | Raleigh
      'BACON-PIG - The Baltimore, Annapolis, Columbia, and Other Northern DC suburbs Python Interest Group' | US | Baltimore | US | MD | Baltimore
      'ZPUGDC: Zope/Python Users Group - Washington, DC.'             | US    | Washington      | US | DC  | Washington
      'PyTchê - Rio Grande do Sul'                                    | BR    | Rio Grande do Sul | BR | 23 | Rio Grande do Sul
      """)
  void findsThePlaceAGroupIsIn(
      String text, String context, String name, String country, String admin1, String matched) {
    List<PlaceMatch> mentions = gazetteer.mentions(text, context(context));

    assertThat(mentions).as("mentions in '%s'%s", text, describe(mentions)).isNotEmpty();
    PlaceMatch best = mentions.getFirst();
    assertThat(best.place().name()).as("best in '%s'%s", text, describe(mentions)).isEqualTo(name);
    assertThat(best.place().countryCode()).isEqualTo(country);
    if (admin1 != null) {
      assertThat(best.place().admin1Code()).isEqualTo(admin1);
    }
    assertThat(best.matched()).isEqualTo(matched);
    assertThat(text).contains(best.matched());
  }

  @Test
  void findsEveryPlaceNamedAndTheRegionsTheyAreIn() {
    List<PlaceMatch> mentions =
        gazetteer.mentions("Dallas-Ft. Worth (Texas) Pythoneers", LookupContext.NONE);

    assertThat(mentions)
        .extracting(m -> m.place().name())
        .contains("Dallas", "Fort Worth", "Texas");
    assertThat(mentions)
        .filteredOn(m -> m.place().kind() == Place.Kind.CITY)
        .allSatisfy(m -> assertThat(m.place().admin1Code()).isEqualTo("TX"));
  }

  @Test
  void readsBothTownsOfAPair() {
    List<PlaceMatch> kw =
        gazetteer.mentions("the Kitchener/Waterloo Python User Group", context("CA"));
    List<PlaceMatch> boston =
        gazetteer.mentions("Boston / Cambridge Python Users Group", context("US"));

    assertThat(kw)
        .extracting(m -> m.place().name() + "/" + m.place().admin1Code())
        .contains("Kitchener/08", "Waterloo/08");
    assertThat(boston)
        .extracting(m -> m.place().name() + "/" + m.place().admin1Code())
        .contains("Boston/MA", "Cambridge/MA");
  }

  @Test
  void aStateNamedNextToATownPicksThatStatesTown() {
    List<PlaceMatch> mentions =
        gazetteer.mentions("PyAtl Atlanta, Georgia Python User Group", LookupContext.NONE);

    assertThat(mentions.getFirst().place().admin1Code()).isEqualTo("GA");
    assertThat(mentions)
        .extracting(m -> m.place().kind() + " " + m.place().name())
        .contains("ADMIN1 Georgia");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      'Python User Group'                                                            | -
      'Google Group: mailing list for the Zope and Plone community'                  | -
      'Most popular community site for russian speaking users.'                      | RU
      'A monthly meeting of food, drink and Python. Nice people, good talks, best of all home made cake.' | AU
      'Python Interest Group meetings. The Bay Area Regional Local National Web Site Page' | US
      'Linux Users Group and Django Meetup: Mobile development, the Hope of the Web' | US
      """)
  void seesNoPlaceInCommonWords(String text, String context) {
    List<PlaceMatch> mentions = gazetteer.mentions(text, context(context));

    assertThat(mentions).as("mentions in '%s'%s", text, describe(mentions)).isEmpty();
  }

  @Test
  void aListOfTownsIsNotReadAsTownAndRegion() {
    List<PlaceMatch> mentions =
        gazetteer.mentions(
            "BACON-PIG - The Baltimore, Annapolis, Columbia, and Other Northern DC suburbs Python Interest Group",
            context("US"));

    assertThat(mentions)
        .extracting(m -> m.place().name() + "/" + m.place().admin1Code())
        .containsExactlyInAnyOrder("Baltimore/MD", "Annapolis/MD", "Columbia/MD");
  }

  @Test
  void namesACountryWhenNoTownIsNamed() {
    List<PlaceMatch> mentions =
        gazetteer.mentions(
            "Python Montenegro - Python Community of Montenegro (Crna Gora)", LookupContext.NONE);

    assertThat(mentions.getFirst().place().kind()).isEqualTo(Place.Kind.COUNTRY);
    assertThat(mentions.getFirst().place().countryCode()).isEqualTo("ME");
  }

  @Test
  void prefersTheContextCountry() {
    assertThat(
            gazetteer
                .mentions("Python User Group in Cambridge", context("GB"))
                .getFirst()
                .place()
                .countryCode())
        .isEqualTo("GB");
    assertThat(
            gazetteer
                .mentions("Python User Group in Cambridge", context("US/MA"))
                .getFirst()
                .place()
                .admin1Code())
        .isEqualTo("MA");
  }
}

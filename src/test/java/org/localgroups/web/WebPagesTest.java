package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.search.NearGroup;
import org.localgroups.search.NearResult;

/** The page models and parameter rules, without a server. */
class WebPagesTest {
  private final Directory directory = FixtureDirectory.directory();
  private final Views views = new Views(new FixtureGazetteer(), WebConfig.defaults());

  @ParameterizedTest
  @ValueSource(strings = {"http://pykrakow.org/", "https://python.org", "HTTPS://PYTHON.ORG", "mailto:a@b.org",
      "irc://irc.libera.chat/python", "ircs://irc.libera.chat:6697/python", "  http://spaced.example/ "})
  void linksOnlyWebMailAndIrc(String url) {
    assertThat(Views.linkable(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:x",
      "file:///etc/passwd", "ftp://example.org", "http:pykrakow.org", "//example.org", "", "http://", "mailto:",
      "http://a.example/\nx", "java\tscript:alert(1)"})
  void refusesEverythingElse(String url) {
    assertThat(Views.linkable(url)).isFalse();
  }

  @Test
  void unlinkableLinkKeepsItsTextButNoHref() {
    LinkView v = Views.link(new Link(LinkKind.WEBSITE, "javascript:alert(2)", "", "javascript:alert(2)"));
    assertThat(v.linkable()).isFalse();
    assertThat(v.href()).isEmpty();
    assertThat(v.text()).isEqualTo("javascript:alert(2)");
    LinkView wikiPage = Views.link(new Link(LinkKind.WIKI_PAGE, "", "", "MelbournePUG"));
    assertThat(wikiPage.text()).isEqualTo("MelbournePUG");
    assertThat(wikiPage.kindLabel()).isEqualTo("Page on the source wiki");
    LinkView labelled = Views.link(new Link(LinkKind.MEETUP, "http://www.meetup.com/BangPypers/", " BangPypers Meetup ",
        "http://www.meetup.com/BangPypers/"));
    assertThat(labelled.text()).isEqualTo("BangPypers Meetup");
    assertThat(labelled.icon()).isEqualTo("calendar");
  }

  @Test
  void distancesForPeople() {
    assertThat(Views.distanceText(0)).isEqualTo("under 1 km");
    assertThat(Views.distanceText(0.99)).isEqualTo("under 1 km");
    assertThat(Views.distanceText(5.26)).isEqualTo("5.3 km");
    assertThat(Views.distanceText(252.4)).isEqualTo("252 km");
    assertThat(Views.distanceText(1234.5)).isEqualTo("1,235 km");
    assertThat(Views.distanceText(150)).isEqualTo("150 km");
  }

  @Test
  void coordinatesWithHemispheres() {
    assertThat(Views.coordinates(-23.5475, -46.63611)).isEqualTo("23.5475° S, 46.6361° W");
    assertThat(Views.coordinates(50.06143, 19.93658)).isEqualTo("50.0614° N, 19.9366° E");
  }

  @Test
  void placeTextSaysHowPreciseThePlacementIs() {
    assertThat(Views.placeText(FixtureDirectory.city("Kraków", "PL", "Lesser Poland", 50, 19, 1), "Poland"))
        .isEqualTo("Kraków, Lesser Poland, Poland");
    assertThat(Views.placeText(FixtureDirectory.city("São Paulo", "BR", "São Paulo", 0, 0, 1), "Brazil"))
        .isEqualTo("São Paulo, Brazil");
    assertThat(Views.placeText(new Placement(Placement.Precision.STATE, "Texas", "US", "Texas", 31, -99, 1, 1, ""),
        "United States")).isEqualTo("Placed at state level: Texas, United States");
    assertThat(Views.placeText(new Placement(Placement.Precision.COUNTRY, "Pakistan", "PK", "", 30, 70, 1, 1, ""),
        "Pakistan")).isEqualTo("Placed at country level: Pakistan");
    assertThat(Views.placeText(Placement.unplaced("no city in the name"), ""))
        .isEqualTo("Not placed on the map yet: no city in the name");
    assertThat(Views.placeText(Placement.unplaced(""), "")).isEqualTo("Not placed on the map yet.");
  }

  @Test
  void tableOfContentsCountsGroupsBelow() {
    List<TocEntry> toc = views.toc(directory, "");
    assertThat(toc).extracting(TocEntry::slug).containsExactly("asia", "europe", "north-america", "south-america");
    assertThat(toc).extracting(TocEntry::groupCount).containsExactly(4, 6, 4, 1);
    TocEntry usa = toc.get(2).children().getFirst();
    assertThat(usa.children()).extracting(TocEntry::name).containsExactly("California", "Texas");
  }

  @Test
  void headingLevelsFollowTheTreeWithinH2ToH6() {
    assertThat(Views.section(directory, directory.region("asia").orElseThrow()).heading()).isEqualTo(2);
    assertThat(Views.section(directory, directory.region("usa-california").orElseThrow()).heading()).isEqualTo(4);
    var deep = new org.localgroups.directory.Region("deep", "Deep", 9, "usa-california",
        org.localgroups.directory.Region.RegionKind.OTHER, Placement.unplaced(""), List.of(), List.of(), 0);
    assertThat(Views.section(directory, deep).heading()).isEqualTo(6);
  }

  @Test
  void regionPageHasBreadcrumbFromTheTop() {
    RegionPage page = views.region(directory, directory.region("usa-texas").orElseThrow());
    assertThat(page.breadcrumb()).extracting(Crumb::label).containsExactly("All regions", "North America", "USA");
    assertThat(page.region().groups()).extracting(GroupCard::slug).containsExactly("austin-python", "pytexas");
  }

  @Test
  void homeCountsGroupsAndCountries() {
    HomePage home = views.home(directory);
    assertThat(home.groupCount()).isEqualTo(15);
    assertThat(home.countryCount()).isEqualTo(7);
  }

  @Test
  void nearPageSplitsThePlaceItselfFromTheRestAndDropsTheUnderstoodAlternative() {
    var krakow = new FixtureGazetteer().lookup("Krakow").getFirst();
    NearResult r = new NearResult(50.06143, 19.93658, "Kraków, Lesser Poland, Poland", List.of(krakow),
        List.of(new NearGroup("pykrakow", 0), new NearGroup("pywaw", 252.3), new NearGroup("gone", 300)), 1, 150, true);
    NearPage page = views.near(directory, "Cracow", r);
    assertThat(page.inPlace()).extracting(c -> c.group().slug()).containsExactly("pykrakow");
    assertThat(page.nearby()).extracting(c -> c.group().slug()).containsExactly("pywaw");
    assertThat(page.nearby().getFirst().distanceText()).isEqualTo("252 km");
    assertThat(page.alternatives()).isEmpty();
    assertThat(page.layout().title()).isEqualTo("Groups near Kraków, Lesser Poland, Poland");
  }

  @Test
  void nearByCoordinatesNamesThePoint() {
    NearResult r = new NearResult(-23.5, -46.6, "", List.<PlaceMatch>of(), List.of(new NearGroup("grupy-sp", 5)), 0, 150,
        true);
    NearPage page = views.near(directory, "", r);
    assertThat(page.understood()).isEqualTo("23.5000° S, 46.6000° W");
    assertThat(page.inPlace()).isEmpty();
    assertThat(page.nearby()).hasSize(1);
  }

  @Test
  void mapListsCountriesByNameAndUnplacedLast() {
    MapPage map = views.map(directory);
    assertThat(map.byCountry()).extracting(CountryGroups::country)
        .containsExactly("Brazil", "Germany", "India", "Pakistan", "Poland", "Ukraine", "United States",
            "Not placed on the map yet");
  }

  @Test
  void groupPageGroupsLinksByKind() {
    GroupPage page = views.group(directory, directory.group("bangpypers").orElseThrow());
    assertThat(page.linkGroups()).extracting(LinkGroup::kindLabel).containsExactly("Mailing list", "Meetup");
    assertThat(page.regions()).extracting(Crumb::href).containsExactly("/regions/india");
    assertThat(page.placed()).isTrue();
    assertThat(page.group().statusLabel()).isEqualTo("Active");
    assertThat(Views.statusLabel(GroupStatus.DEFUNCT)).isEqualTo("Defunct");
  }

  @Test
  void geojsonHasOnlyPlacedGroupsAsLonLat() {
    var fc = Api.featureCollection(directory);
    assertThat(fc.features()).hasSize(14);
    var first = fc.features().getFirst();
    assertThat(first.geometry().get("coordinates")).isEqualTo(List.of(77.59369, 12.97194));
    assertThat(first.properties()).containsEntry("url", "/groups/bangpypers").containsEntry("id", "bangpypers");
  }

  @Test
  void parametersHaveDefaultsAndLimits() {
    assertThat(Params.k(null)).isEqualTo(10);
    assertThat(Params.k("100")).isEqualTo(100);
    assertThat(Params.radiusKm(null)).isEqualTo(150.0);
    assertThat(Params.radiusKm("0")).isEqualTo(0.0);
    assertThat(Params.latitude("-90")).isEqualTo(-90.0);
    assertThat(Params.longitude(" 180 ")).isEqualTo(180.0);
    assertThat(Params.perPage(null)).isEqualTo(20);
    assertThat(Params.status("Defunct")).contains(GroupStatus.DEFUNCT);
    assertThat(Params.status("")).isEmpty();
    assertThat(Params.country("pl")).isEqualTo("PL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"k=0", "k=101", "k=1.5", "k=-1", "radius=-1", "radius=NaN", "radius=Infinity",
      "radius=20039", "lat=90.0001", "lat=0x1p3", "lat=1,5", "lon=-181", "lon=", "perPage=0", "perPage=101",
      "page=0", "status=zombie", "country=POL"})
  void badParametersAreBadInput(String spec) {
    String name = spec.substring(0, spec.indexOf('='));
    String value = spec.substring(spec.indexOf('=') + 1);
    Runnable call = switch (name) {
      case "k" -> () -> Params.k(value);
      case "radius" -> () -> Params.radiusKm(value);
      case "lat" -> () -> Params.latitude(value);
      case "lon" -> () -> Params.longitude(value);
      case "perPage" -> () -> Params.perPage(value);
      case "page" -> () -> Params.page(value);
      case "status" -> () -> Params.status(value);
      default -> () -> Params.country(value);
    };
    assertThatThrownBy(call::run).isInstanceOf(LocalGroupsException.class)
        .extracting(e -> ((LocalGroupsException) e).kind()).isEqualTo(LocalGroupsException.Kind.BAD_INPUT);
  }

  @Test
  void longQueryStringsAndTextAreRefused() {
    Params.checkQueryStringSize("q=" + "a".repeat(2046));
    assertThatThrownBy(() -> Params.checkQueryStringSize("q=" + "a".repeat(2047)))
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> Params.text("x".repeat(201), "q")).hasMessage("q is too long (201 characters; at most 200).");
  }

  @Test
  void tileHostGoesIntoTheContentSecurityPolicy() {
    assertThat(WebConfig.defaults().tileSource()).isEmpty();
    assertThat(WebApp.contentSecurityPolicy(WebConfig.defaults())).contains("img-src 'self' data:;")
        .doesNotContain("http");
    WebConfig tiles = WebConfig.defaults().withTiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "© Example");
    assertThat(tiles.tileSource()).isEqualTo("https://*.tiles.example.org");
    assertThat(WebConfig.defaults().withTiles("http://localhost:8080/tiles/{z}/{x}/{y}.png", "").tileSource())
        .isEqualTo("http://localhost:8080");
    assertThatThrownBy(() -> WebConfig.defaults().withTiles("javascript:alert(1)", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebConfig.defaults().withTiles("https://evil.example; script-src *", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void errorKindsMapToStatuses() {
    assertThat(ErrorMapping.status(LocalGroupsException.Kind.BAD_INPUT)).isEqualTo(400);
    assertThat(ErrorMapping.status(LocalGroupsException.Kind.NOT_FOUND)).isEqualTo(404);
    assertThat(ErrorMapping.status(LocalGroupsException.Kind.CONFLICT)).isEqualTo(409);
    assertThat(ErrorMapping.status(LocalGroupsException.Kind.UNAVAILABLE)).isEqualTo(503);
  }

  @Test
  void aLinkLabelledWithTheGroupsOwnNameShowsWhereItGoes() {
    assertThat(Views.shortAddress("http://www.pykonik.org/")).isEqualTo("pykonik.org");
    assertThat(Views.shortAddress("https://mail.python.org/mailman/listinfo/bangpypers"))
        .isEqualTo("mail.python.org/mailman/listinfo/bangpypers");
    assertThat(Views.shortAddress("mailto:pug@example.org")).isEqualTo("pug@example.org");
    assertThat(Views.shortAddress("irc://irc.libera.chat/python")).isEqualTo("irc://irc.libera.chat/python");
    var group = directory.group("pykrakow").orElseThrow();
    LinkView own = Views.cardLink(group, new Link(LinkKind.WEBSITE, "http://www.pykrakow.org/", group.name(), ""));
    assertThat(own.text()).isEqualTo("pykrakow.org");
    LinkView other = Views.cardLink(group, new Link(LinkKind.MEETUP, "http://meetup.com/x", "Our meetup", ""));
    assertThat(other.text()).isEqualTo("Our meetup");
  }

  @Test
  void didYouMeanLeavesOutTheRegionAroundThePlaceUnderstood() {
    assertThat(Views.worthOffering("Ulaanbaatar, Mongolia", "Ulan Bator, Ulaanbaatar, Mongolia")).isFalse();
    assertThat(Views.worthOffering("Kraków, Lesser Poland, Poland", "Kraków, Lesser Poland, Poland")).isFalse();
    assertThat(Views.worthOffering("Austin, Minnesota, United States", "Austin, Texas, United States")).isTrue();
    assertThat(Views.worthOffering("Georgia", "Georgia, United States")).isTrue();
  }
}

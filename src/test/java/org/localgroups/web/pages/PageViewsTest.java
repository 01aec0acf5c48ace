package org.localgroups.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localgroups.checks.Evidence;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.LiveDirectory;
import org.localgroups.search.NearGroup;
import org.localgroups.search.NearResult;
import org.localgroups.web.Crumb;
import org.localgroups.web.FixedSource;
import org.localgroups.web.FixtureDirectory;
import org.localgroups.web.FixtureGazetteer;
import org.localgroups.web.WebConfig;

/** The page models, built from the fixture directory without a server. */
class PageViewsTest {
  private final Directory directory = FixtureDirectory.directory();
  private final PageViews views =
      new PageViews(
          new FixtureGazetteer(),
          WebConfig.defaults(),
          d -> g -> Evidence.of(g, Optional.empty(), Map.of(), List.of()));

  @Test
  void tableOfContentsCountsGroupsBelow() {
    List<TocEntry> toc = PageViews.toc(directory, "");
    assertThat(toc)
        .extracting(TocEntry::slug)
        .containsExactly("asia", "europe", "north-america", "south-america");
    assertThat(toc).extracting(TocEntry::groupCount).containsExactly(4, 6, 4, 1);
    TocEntry usa = toc.get(2).children().getFirst();
    assertThat(usa.children()).extracting(TocEntry::name).containsExactly("California", "Texas");
  }

  @Test
  void headingLevelsFollowTheTreeWithinH2ToH6() {
    assertThat(views.section(directory, directory.region("asia").orElseThrow()).heading())
        .isEqualTo(2);
    assertThat(views.section(directory, directory.region("usa-california").orElseThrow()).heading())
        .isEqualTo(4);
    var deep =
        new org.localgroups.directory.Region(
            "deep",
            "Deep",
            9,
            "usa-california",
            org.localgroups.directory.Region.RegionKind.OTHER,
            Placement.unplaced(""),
            List.of(),
            List.of(),
            0);
    assertThat(views.section(directory, deep).heading()).isEqualTo(6);
  }

  @Test
  void regionPageHasBreadcrumbFromTheTop() {
    RegionPage page = views.region(directory, directory.region("usa-texas").orElseThrow());
    assertThat(page.breadcrumb())
        .extracting(Crumb::label)
        .containsExactly("All regions", "North America", "USA");
    assertThat(page.region().groups())
        .extracting(GroupCard::slug)
        .containsExactly("austin-python", "pytexas");
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
    NearResult r =
        new NearResult(
            50.06143,
            19.93658,
            "Kraków, Lesser Poland, Poland",
            List.of(krakow),
            List.of(
                new NearGroup("pykrakow", 0),
                new NearGroup("pywaw", 252.3),
                new NearGroup("gone", 300)),
            1,
            150,
            true);
    NearPage page = views.near(directory, "Cracow", r);
    assertThat(page.inPlace()).extracting(c -> c.group().slug()).containsExactly("pykrakow");
    assertThat(page.nearby()).extracting(c -> c.group().slug()).containsExactly("pywaw");
    assertThat(page.nearby().getFirst().distanceText()).isEqualTo("252 km");
    assertThat(page.alternatives()).isEmpty();
    assertThat(page.layout().title()).isEqualTo("Groups near Kraków, Lesser Poland, Poland");
  }

  @Test
  void nearByCoordinatesNamesThePoint() {
    NearResult r =
        new NearResult(
            -23.5,
            -46.6,
            "",
            List.<PlaceMatch>of(),
            List.of(new NearGroup("grupy-sp", 5)),
            0,
            150,
            true);
    NearPage page = views.near(directory, "", r);
    assertThat(page.understood()).isEqualTo("23.5000° S, 46.6000° W");
    assertThat(page.inPlace()).isEmpty();
    assertThat(page.nearby()).hasSize(1);
  }

  private static DirectoryView view(Directory d) {
    return new LiveDirectory(new FixedSource(d), new FixtureGazetteer()).current();
  }

  @Test
  void mapListsCountriesByNameAndUnplacedLast() {
    MapPage map = views.map(view(directory));
    assertThat(map.countries()).isEmpty();
    assertThat(map.byCountry())
        .extracting(CountryGroups::country)
        .containsExactly(
            "Brazil",
            "Germany",
            "India",
            "Pakistan",
            "Poland",
            "Ukraine",
            "United States",
            "Not placed on the map yet");
  }

  @Test
  void mapOfALargeDirectoryListsCountriesWithCountsNotEveryGroup() {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i <= MapPage.MAX_LISTED; i++) {
      String country = i % 3 == 0 ? "PL" : "DE";
      Placement where =
          i == 0
              ? Placement.unplaced("nothing said where")
              : new Placement(
                  Placement.Precision.CITY, "", country, "", 50 + i * 1e-3, 15, 0, 1, "");
      groups.add(
          new Group(
              "g" + i,
              "Group " + i,
              "",
              List.of(),
              GroupStatus.ACTIVE,
              "",
              "",
              List.of(),
              where,
              List.of()));
    }
    MapPage map = views.map(view(new Directory("", List.of(), List.of(), groups)));
    assertThat(map.byCountry()).isEmpty();
    assertThat(map.countries())
        .containsExactly(
            new CountryCount("Germany", 667, "/near?q=Germany"),
            new CountryCount("Poland", 333, "/near?q=Poland"));
    assertThat(map.notOnMap()).isEqualTo(1);
  }

  @Test
  void groupPageGroupsLinksByKind() {
    GroupPage page = views.group(directory, directory.group("bangpypers").orElseThrow());
    assertThat(page.linkGroups())
        .extracting(LinkGroup::kindLabel)
        .containsExactly("Mailing list", "Meetup");
    assertThat(page.regions()).extracting(Crumb::href).containsExactly("/regions/india");
    assertThat(page.placed()).isTrue();
    // listed and never checked: nothing says it is active
    assertThat(page.group().statusLabel()).isEqualTo("Not yet checked");
    assertThat(page.group().status()).isEqualTo("listed");
    assertThat(page.group().statusWhy()).isEqualTo("Listed, not yet checked.");
  }
}

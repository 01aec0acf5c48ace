package org.localgroups.search;

import java.util.ArrayList;
import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.geo.Place;

/**
 * Test data: a handful of GeoNames rows typed in by hand (id, name, admin1, coordinates and
 * population as GeoNames has them; country and division centres approximate) and a directory of 17
 * groups placed in them. The neighbourhood "Kazimierz" has a made-up id.
 */
final class World {
  static final Place KRAKOW =
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
          "Europe/Warsaw");
  static final Place KAZIMIERZ =
      city(
          9_999_001,
          "Kazimierz",
          "PL",
          "Poland",
          "72",
          "Lesser Poland",
          50.0513,
          19.9447,
          0,
          "Europe/Warsaw");
  static final Place WARSAW =
      city(
          756135,
          "Warsaw",
          "PL",
          "Poland",
          "78",
          "Masovia",
          52.22977,
          21.01178,
          1702139,
          "Europe/Warsaw");
  static final Place BERLIN =
      city(
          2950159,
          "Berlin",
          "DE",
          "Germany",
          "16",
          "Berlin",
          52.52437,
          13.41053,
          3426354,
          "Europe/Berlin");
  static final Place DUSSELDORF =
      city(
          2934246,
          "Düsseldorf",
          "DE",
          "Germany",
          "07",
          "North Rhine-Westphalia",
          51.22172,
          6.77616,
          573057,
          "Europe/Berlin");
  static final Place SYDNEY =
      city(
          2147714,
          "Sydney",
          "AU",
          "Australia",
          "02",
          "New South Wales",
          -33.86785,
          151.20732,
          4627345,
          "Australia/Sydney");
  static final Place SYDNEY_NS =
      city(
          6354908,
          "Sydney",
          "CA",
          "Canada",
          "07",
          "Nova Scotia",
          46.1351,
          -60.1831,
          31597,
          "America/Glace_Bay");
  static final Place AUCKLAND =
      city(
          2193733,
          "Auckland",
          "NZ",
          "New Zealand",
          "E7",
          "Auckland",
          -36.84853,
          174.76349,
          417910,
          "Pacific/Auckland");
  static final Place SUVA =
      city(
          2198148,
          "Suva",
          "FJ",
          "Fiji",
          "01",
          "Central",
          -18.14161,
          178.44149,
          77366,
          "Pacific/Fiji");
  static final Place NUKUALOFA =
      city(
          4032402,
          "Nuku‘alofa",
          "TO",
          "Tonga",
          "04",
          "Tongatapu",
          -21.13938,
          -175.2018,
          22400,
          "Pacific/Tongatapu");
  static final Place LONGYEARBYEN =
      city(
          2729907,
          "Longyearbyen",
          "SJ",
          "Svalbard and Jan Mayen",
          "",
          "",
          78.2186,
          15.64007,
          2060,
          "Arctic/Longyearbyen");
  static final Place SAN_FRANCISCO =
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
          "America/Los_Angeles");
  static final Place MOUNTAIN_VIEW =
      city(
          5375480,
          "Mountain View",
          "US",
          "United States",
          "CA",
          "California",
          37.38605,
          -122.08385,
          74066,
          "America/Los_Angeles");
  static final Place CHICAGO =
      city(
          4887398,
          "Chicago",
          "US",
          "United States",
          "IL",
          "Illinois",
          41.85003,
          -87.65005,
          2720546,
          "America/Chicago");
  static final Place SAO_PAULO =
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
          "America/Sao_Paulo");
  static final Place TOKYO =
      city(
          1850147,
          "Tokyo",
          "JP",
          "Japan",
          "40",
          "Tokyo",
          35.6895,
          139.69171,
          8336599,
          "Asia/Tokyo");
  static final Place REYKJAVIK =
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
          "Atlantic/Reykjavik");

  static final Place POLAND =
      new Place(
          798544,
          "Poland",
          Place.Kind.COUNTRY,
          "PL",
          "Poland",
          "",
          "",
          52.0,
          20.0,
          37978548,
          "Europe/Warsaw");
  static final Place GERMANY =
      new Place(
          2921044,
          "Germany",
          Place.Kind.COUNTRY,
          "DE",
          "Germany",
          "",
          "",
          51.5,
          10.5,
          82927922,
          "Europe/Berlin");
  static final Place ICELAND =
      new Place(
          2629691,
          "Iceland",
          Place.Kind.COUNTRY,
          "IS",
          "Iceland",
          "",
          "",
          65.0,
          -18.0,
          353574,
          "Atlantic/Reykjavik");
  static final Place CALIFORNIA =
      new Place(
          5332921,
          "California",
          Place.Kind.ADMIN1,
          "US",
          "United States",
          "CA",
          "California",
          37.25022,
          -119.75126,
          39512223,
          "America/Los_Angeles");

  static final List<Place> PLACES =
      List.of(
          KRAKOW,
          KAZIMIERZ,
          WARSAW,
          BERLIN,
          DUSSELDORF,
          SYDNEY,
          SYDNEY_NS,
          AUCKLAND,
          SUVA,
          NUKUALOFA,
          LONGYEARBYEN,
          SAN_FRANCISCO,
          MOUNTAIN_VIEW,
          CHICAGO,
          SAO_PAULO,
          TOKYO,
          REYKJAVIK,
          POLAND,
          GERMANY,
          ICELAND,
          CALIFORNIA);

  private World() {}

  /** The test directory: 17 groups under a region tree of continents, countries and states. */
  static Directory directory() {
    List<Group> groups =
        List.of(
            group(
                "krakow-pug",
                "Kraków Python Users Group",
                "Monthly talks and a pub quiz",
                GroupStatus.ACTIVE,
                placed(KRAKOW, 50.0700, 19.9000),
                "Meetup page"),
            group(
                "kazimierz-coders",
                "Kazimierz Python Coders",
                "Evening hack nights",
                GroupStatus.ACTIVE,
                placed(KAZIMIERZ),
                ""),
            group(
                "pywaw",
                "PyWaw",
                "Warsaw Python meetup, every month",
                GroupStatus.ACTIVE,
                placed(WARSAW),
                ""),
            group(
                "berlin",
                "Python Users Berlin",
                "PUB, meets monthly",
                GroupStatus.ACTIVE,
                placed(BERLIN),
                ""),
            group(
                "dusseldorf",
                "Düsseldorf Python Meetup",
                "",
                GroupStatus.INACTIVE,
                placed(DUSSELDORF),
                ""),
            group(
                "sypy", "SyPy", "Sydney Python User Group", GroupStatus.ACTIVE, placed(SYDNEY), ""),
            group(
                "auckland",
                "Auckland Python Users Group",
                "",
                GroupStatus.ACTIVE,
                placed(AUCKLAND),
                ""),
            group(
                "suva",
                "Fiji Python Group",
                "just starting",
                GroupStatus.STARTING,
                placed(SUVA),
                ""),
            group("tonga", "Tonga Python Group", "", GroupStatus.ACTIVE, placed(NUKUALOFA), ""),
            group(
                "svalbard",
                "Svalbard Python Circle",
                "The northernmost one",
                GroupStatus.ACTIVE,
                placed(LONGYEARBYEN),
                ""),
            group(
                "baypiggies",
                "Bay Area Python Interest Group",
                "Monthly talks in Silicon Valley",
                GroupStatus.ACTIVE,
                placed(MOUNTAIN_VIEW),
                "BayPIGgies"),
            group(
                "sf-python",
                "San Francisco Python Meetup Group",
                "",
                GroupStatus.ACTIVE,
                placed(SAN_FRANCISCO),
                ""),
            group(
                "chipy",
                "ChiPy",
                "Chicago Python User Group",
                GroupStatus.ACTIVE,
                placed(CHICAGO),
                ""),
            group(
                "grupy-sp",
                "Grupy-SP",
                "Grupo de Usuários Python de São Paulo",
                GroupStatus.ACTIVE,
                placed(SAO_PAULO),
                ""),
            group("tokyo", "Tokyo Python Users Group", "", GroupStatus.DEFUNCT, placed(TOKYO), ""),
            group(
                "online",
                "Python Online Study Group",
                "Meets on IRC",
                GroupStatus.ACTIVE,
                Placement.unplaced("no place in the text"),
                ""),
            group(
                "poland-wide",
                "Python Poland",
                "Everyone in the country",
                GroupStatus.ACTIVE,
                new Placement(
                    Placement.Precision.COUNTRY,
                    "Poland",
                    "PL",
                    "",
                    52.0,
                    20.0,
                    798544,
                    0.9,
                    "heading 'Poland'"),
                ""));
    List<Region> regions =
        List.of(
            region("europe", "Europe", 1, "", Region.RegionKind.CONTINENT, "svalbard"),
            region(
                "poland",
                "Poland",
                2,
                "europe",
                Region.RegionKind.COUNTRY,
                "krakow-pug",
                "kazimierz-coders",
                "pywaw",
                "poland-wide"),
            region(
                "germany",
                "Germany",
                2,
                "europe",
                Region.RegionKind.COUNTRY,
                "berlin",
                "dusseldorf"),
            region("north-america", "North America", 1, "", Region.RegionKind.CONTINENT),
            region("usa", "USA", 2, "north-america", Region.RegionKind.COUNTRY),
            region(
                "usa-california",
                "California",
                3,
                "usa",
                Region.RegionKind.STATE,
                "baypiggies",
                "sf-python"),
            region("usa-illinois", "Illinois", 3, "usa", Region.RegionKind.STATE, "chipy"),
            region("oceania", "Oceania", 1, "", Region.RegionKind.CONTINENT),
            region("australia", "Australia", 2, "oceania", Region.RegionKind.COUNTRY, "sypy"),
            region(
                "new-zealand", "New Zealand", 2, "oceania", Region.RegionKind.COUNTRY, "auckland"),
            region(
                "pacific-islands",
                "Pacific Islands",
                2,
                "oceania",
                Region.RegionKind.OTHER,
                "suva",
                "tonga"),
            region("south-america", "South America", 1, "", Region.RegionKind.CONTINENT),
            region("brazil", "Brazil", 2, "south-america", Region.RegionKind.COUNTRY, "grupy-sp"),
            region("asia", "Asia", 1, "", Region.RegionKind.CONTINENT),
            region("japan", "Japan", 2, "asia", Region.RegionKind.COUNTRY, "tokyo"),
            region("online", "Online", 1, "", Region.RegionKind.OTHER, "online"));
    return new Directory("LocalUserGroups", List.of(), regions, groups);
  }

  static Place city(
      long id,
      String name,
      String cc,
      String country,
      String admin1Code,
      String admin1,
      double lat,
      double lon,
      long population,
      String timezone) {
    return new Place(
        id, name, Place.Kind.CITY, cc, country, admin1Code, admin1, lat, lon, population, timezone);
  }

  static Placement placed(Place city) {
    return placed(city, city.latitude(), city.longitude());
  }

  /** Placed in a city, at a venue's coordinates rather than the city's centre. */
  static Placement placed(Place city, double lat, double lon) {
    return new Placement(
        Placement.Precision.CITY,
        city.name(),
        city.countryCode(),
        city.admin1Name(),
        lat,
        lon,
        city.geonameId(),
        0.9,
        "name says '" + city.name() + "'");
  }

  static Group group(
      String slug,
      String name,
      String description,
      GroupStatus status,
      Placement placement,
      String linkLabel) {
    List<Link> links = new ArrayList<>();
    links.add(
        new Link(
            LinkKind.WEBSITE, "https://example.org/" + slug, "", "https://example.org/" + slug));
    if (!linkLabel.isEmpty()) {
      links.add(
          new Link(
              LinkKind.MEETUP,
              "https://www.meetup.com/" + slug,
              linkLabel,
              "https://www.meetup.com/" + slug));
    }
    return new Group(
        slug, name, description, links, status, "", "", List.of(), placement, List.of(1));
  }

  static Region region(
      String slug,
      String name,
      int level,
      String parent,
      Region.RegionKind kind,
      String... groupSlugs) {
    return new Region(
        slug, name, level, parent, kind, Placement.unplaced(""), List.of(), List.of(groupSlugs), 1);
  }
}

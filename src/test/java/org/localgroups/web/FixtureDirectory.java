package org.localgroups.web;

import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Placement.Precision;
import org.localgroups.directory.Region;
import org.localgroups.directory.Region.RegionKind;

/**
 * Test fixture: a hand-built directory of real groups (links as on the wiki page) with real
 * coordinates, a nested region tree, and two hostile entries (a script as a name, a javascript:
 * link).
 */
public final class FixtureDirectory {
  public static final String XSS_NAME = "<script>alert(1)</script>";
  public static final String XSS_SLUG = "script-alert-1-script";

  private FixtureDirectory() {}

  public static Placement city(
      String name, String cc, String admin1, double lat, double lon, long id) {
    return new Placement(
        Precision.CITY, name, cc, admin1, lat, lon, id, 0.9, "name says '" + name + "'");
  }

  public static Link link(LinkKind kind, String url, String label) {
    return new Link(kind, url, label, url);
  }

  public static Group group(
      String slug,
      String name,
      String description,
      List<Link> links,
      GroupStatus status,
      Placement placement) {
    return new Group(
        slug, name, description, links, status, "", "", List.of(), placement, List.of());
  }

  public static Region region(
      String slug,
      String name,
      int level,
      String parent,
      RegionKind kind,
      List<Link> resources,
      List<String> groups) {
    return new Region(
        slug, name, level, parent, kind, Placement.unplaced(""), resources, groups, 0);
  }

  public static Directory directory() {
    List<Group> groups =
        List.of(
            group(
                "bangpypers",
                "BangPypers (Bangalore Python Users Group)",
                "India (BangPypers wiki)",
                List.of(
                    link(
                        LinkKind.MAILING_LIST,
                        "http://mail.python.org/mailman/listinfo/bangpypers",
                        "BangPypers"),
                    link(
                        LinkKind.MEETUP,
                        "http://www.meetup.com/BangPypers/",
                        "BangPypers Meetup Group")),
                GroupStatus.ACTIVE,
                city("Bengaluru", "IN", "Karnataka", 12.97194, 77.59369, 1277333)),
            group(
                "chennaipy",
                "ChennaiPy (Chennai Python User Group)",
                "India",
                List.of(
                    link(
                        LinkKind.FORUM,
                        "http://groups.google.com/group/chennaipy?pli=1",
                        "ChennaiPy")),
                GroupStatus.ACTIVE,
                city("Chennai", "IN", "Tamil Nadu", 13.08784, 80.27847, 1264527)),
            new Group(
                "pykrakow",
                "PyKrakow",
                "Cracow's Python Users Group",
                List.of(
                    link(LinkKind.WEBSITE, "http://pykrakow.org/", "PyKrakow"),
                    link(LinkKind.EMAIL, "mailto:pykrakow@example.org", ""),
                    new Link(
                        LinkKind.IRC,
                        "irc://irc.libera.chat/pykrakow",
                        "#pykrakow",
                        "irc://irc.libera.chat/pykrakow")),
                GroupStatus.ACTIVE,
                "February 2012",
                "meets the 2nd Thursday of the month",
                List.of("Talks in Polish and English"),
                city("Kraków", "PL", "Lesser Poland", 50.06143, 19.93658, 3094802),
                List.of(120, 121)),
            group(
                "pywaw",
                "PyWaw",
                "Warsaw Python User Group",
                List.of(link(LinkKind.WEBSITE, "http://pywaw.org/", "PyWaw")),
                GroupStatus.ACTIVE,
                city("Warsaw", "PL", "Masovian", 52.22977, 21.01178, 756135)),
            group(
                "pymunich",
                "PyMunich",
                "Python user group in Munich",
                List.of(link(LinkKind.MEETUP, "https://www.meetup.com/PyMunich/", "PyMunich")),
                GroupStatus.ACTIVE,
                city("Munich", "DE", "Bavaria", 48.13743, 11.57549, 2867714)),
            group(
                "pycologne",
                "PyCologne",
                "Python User Group Köln",
                List.of(link(LinkKind.WEBSITE, "http://www.pycologne.de/", "PyCologne")),
                GroupStatus.ACTIVE,
                city("Köln", "DE", "North Rhine-Westphalia", 50.93333, 6.95, 2886242)),
            group(
                "kyiv-py",
                "Kyiv.py",
                "Kyiv Python user group",
                List.of(
                    link(
                        LinkKind.FACEBOOK,
                        "https://www.facebook.com/groups/kyivpy/",
                        "Kyiv.py on Facebook")),
                GroupStatus.STARTING,
                city("Kyiv", "UA", "Kyiv City", 50.45466, 30.5238, 703448)),
            group(
                "bay-piggies",
                "Bay Area PIGgies",
                "The group that coined the name PIGgies",
                List.of(link(LinkKind.WEBSITE, "http://www.baypiggies.net/", "BayPIGgies")),
                GroupStatus.ACTIVE,
                city("San Francisco", "US", "California", 37.77493, -122.41942, 5391959)),
            group(
                "sd-python",
                "San Diego Python Users Group",
                "",
                List.of(link(LinkKind.MEETUP, "http://www.meetup.com/pythonsd/", "")),
                GroupStatus.INACTIVE,
                city("San Diego", "US", "California", 32.71571, -117.16472, 5391811)),
            group(
                "austin-python",
                "Austin Web Python User Group",
                "(Defunct)",
                List.of(link(LinkKind.WEBSITE, "http://www.awpug.org/", "AWPUG")),
                GroupStatus.DEFUNCT,
                city("Austin", "US", "Texas", 30.26715, -97.74306, 4671654)),
            group(
                "pytexas",
                "PyTexas",
                "Python in Texas",
                List.of(link(LinkKind.WEBSITE, "http://www.pytexas.org/", "PyTexas")),
                GroupStatus.ACTIVE,
                new Placement(
                    Precision.STATE,
                    "Texas",
                    "US",
                    "Texas",
                    31.25044,
                    -99.25061,
                    4736286,
                    0.7,
                    "heading 'Texas'")),
            group(
                "grupy-sp",
                "GruPy-SP",
                "Grupo de Usuários Python de São Paulo",
                List.of(
                    link(
                        LinkKind.MAILING_LIST,
                        "http://groups.google.com/group/grupy-sp",
                        "GruPy-SP")),
                GroupStatus.ACTIVE,
                city("São Paulo", "BR", "São Paulo", -23.5475, -46.63611, 3448439)),
            group(
                "python-pakistan",
                "Python Pakistan",
                "National - Pakistani Pythonistas User Group",
                List.of(link(LinkKind.WEBSITE, "http://www.python.org.pk", "Python Pakistan")),
                GroupStatus.ACTIVE,
                new Placement(
                    Precision.COUNTRY,
                    "Pakistan",
                    "PK",
                    "",
                    30.0,
                    70.0,
                    1168579,
                    0.6,
                    "heading 'Pakistan'")),
            group(
                "pyasia-online",
                "Asia Python Online",
                "Online meetings for the region",
                List.of(new Link(LinkKind.WIKI_PAGE, "", "", "AsiaPythonOnline")),
                GroupStatus.ACTIVE,
                Placement.unplaced("no city in name, description or heading")),
            group(
                XSS_SLUG,
                XSS_NAME,
                "\"><img src=x onerror=alert(3)>",
                List.of(
                    new Link(
                        LinkKind.WEBSITE, "javascript:alert(2)", "click me", "javascript:alert(2)"),
                    new Link(LinkKind.OTHER, " JaVaScRiPt:alert(4)", "", " JaVaScRiPt:alert(4)")),
                GroupStatus.ACTIVE,
                city("Kraków", "PL", "Lesser Poland", 50.06143, 19.93658, 3094802)));

    List<Region> regions =
        List.of(
            region(
                "asia",
                "Asia",
                1,
                "",
                RegionKind.CONTINENT,
                List.of(
                    link(
                        LinkKind.FORUM,
                        "http://groups.google.com/group/python-apac",
                        "Google Group"),
                    link(LinkKind.IRC, "http://webchat.freenode.net/?channels=python-apac", "IRC")),
                List.of("pyasia-online")),
            region(
                "india",
                "India",
                2,
                "asia",
                RegionKind.COUNTRY,
                List.of(),
                List.of("bangpypers", "chennaipy")),
            region(
                "pakistan",
                "Pakistan",
                2,
                "asia",
                RegionKind.COUNTRY,
                List.of(),
                List.of("python-pakistan")),
            region("europe", "Europe", 1, "", RegionKind.CONTINENT, List.of(), List.of()),
            region(
                "poland",
                "Poland",
                2,
                "europe",
                RegionKind.COUNTRY,
                List.of(),
                List.of("pykrakow", "pywaw", XSS_SLUG)),
            region(
                "germany",
                "Germany",
                2,
                "europe",
                RegionKind.COUNTRY,
                List.of(),
                List.of("pymunich", "pycologne")),
            region(
                "ukraine",
                "Ukraine",
                2,
                "europe",
                RegionKind.COUNTRY,
                List.of(),
                List.of("kyiv-py")),
            region(
                "north-america",
                "North America",
                1,
                "",
                RegionKind.CONTINENT,
                List.of(),
                List.of()),
            region("usa", "USA", 2, "north-america", RegionKind.COUNTRY, List.of(), List.of()),
            region(
                "usa-california",
                "California",
                3,
                "usa",
                RegionKind.STATE,
                List.of(),
                List.of("bay-piggies", "sd-python")),
            region(
                "usa-texas",
                "Texas",
                3,
                "usa",
                RegionKind.STATE,
                List.of(),
                List.of("austin-python", "pytexas")),
            region(
                "south-america",
                "South America",
                1,
                "",
                RegionKind.CONTINENT,
                List.of(),
                List.of()),
            region(
                "brazil",
                "Brazil",
                2,
                "south-america",
                RegionKind.COUNTRY,
                List.of(),
                List.of("grupy-sp")));

    return new Directory(
        "LocalUserGroups",
        List.of(IntroLine.plain("There about 400 Python user groups in the world.")),
        regions,
        groups);
  }
}

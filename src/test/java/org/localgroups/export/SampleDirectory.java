package org.localgroups.export;

import static org.localgroups.directory.Placement.Precision.CITY;
import static org.localgroups.directory.Placement.Precision.CONTINENT;
import static org.localgroups.directory.Placement.Precision.COUNTRY;
import static org.localgroups.directory.Placement.Precision.STATE;

import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.directory.Region.RegionKind;

/** A small directory shaped like the seed: nested regions, a group listed twice, awkward URLs. */
final class SampleDirectory {
  private SampleDirectory() {}

  static final String MAILTO = "mailto:x@y?Subject=subscribe";
  static final String FORUM = "https://groups.google.com/forum/#!forum/python-europe";
  static final String PHOTOS = "https://www.flickr.com/photos/tags/python%20ireland";
  static final String LINKEDIN = "https://www.linkedin.com/groups?gid=12345&trk=hb_side_g";

  static Directory directory() {
    Placement europe =
        new Placement(
            CONTINENT, "Europe", "", "", 48.69096, 9.14062, 6255148, 0.9, "heading 'Europe'");
    Placement poland =
        new Placement(COUNTRY, "Poland", "PL", "", 52.0, 20.0, 798544, 1.0, "heading 'Poland'");
    Placement ireland =
        new Placement(COUNTRY, "Ireland", "IE", "", 53.0, -8.0, 2963597, 1.0, "heading 'Ireland'");
    Placement uk =
        new Placement(
            COUNTRY,
            "United Kingdom",
            "GB",
            "",
            54.75844,
            -2.69531,
            2635167,
            1.0,
            "heading 'United Kingdom'");
    Placement usa =
        new Placement(
            COUNTRY, "United States", "US", "", 39.76, -98.5, 6252001, 1.0, "heading 'USA'");
    Placement texas =
        new Placement(
            STATE, "Texas", "US", "Texas", 31.25044, -99.25061, 4736286, 0.95, "heading 'Texas'");

    List<Region> regions =
        List.of(
            new Region(
                "europe",
                "Europe",
                1,
                "",
                RegionKind.CONTINENT,
                europe,
                List.of(new Link(LinkKind.FORUM, FORUM, "Python Europe group", FORUM)),
                List.of(),
                3),
            new Region(
                "europe-poland",
                "Poland",
                2,
                "europe",
                RegionKind.COUNTRY,
                poland,
                List.of(),
                List.of("pykonik"),
                5),
            new Region(
                "europe-ireland",
                "Ireland",
                2,
                "europe",
                RegionKind.COUNTRY,
                ireland,
                List.of(),
                List.of("python-ireland"),
                8),
            new Region(
                "europe-united-kingdom",
                "United Kingdom",
                2,
                "europe",
                RegionKind.COUNTRY,
                uk,
                List.of(),
                List.of("python-ireland"),
                11),
            new Region(
                "north-america",
                "North America",
                1,
                "",
                RegionKind.CONTINENT,
                Placement.unplaced("no gazetteer entry for continents"),
                List.of(),
                List.of(),
                14),
            new Region(
                "north-america-usa",
                "USA",
                2,
                "north-america",
                RegionKind.COUNTRY,
                usa,
                List.of(),
                List.of(),
                16),
            new Region(
                "north-america-usa-texas",
                "Texas",
                3,
                "north-america-usa",
                RegionKind.STATE,
                texas,
                List.of(),
                List.of("austin-python", "lone-star-pythonistas"),
                18));

    Group pykonik =
        new Group(
            "pykonik",
            "PyKonik",
            "Kraków Python user group, meets monthly",
            List.of(
                new Link(
                    LinkKind.WEBSITE,
                    "http://www.pykonik.org/",
                    "PyKonik",
                    "http://www.pykonik.org/"),
                new Link(
                    LinkKind.MEETUP,
                    "https://www.meetup.com/pl-PL/PyKonik/",
                    "",
                    "https://www.meetup.com/pl-PL/PyKonik/"),
                new Link(
                    LinkKind.FACEBOOK,
                    "https://www.facebook.com/pykonik",
                    "Facebook",
                    "https://www.facebook.com/pykonik"),
                new Link(LinkKind.MAILING_LIST, MAILTO, "subscribe", MAILTO)),
            GroupStatus.ACTIVE,
            "February 2012",
            "meets the 2nd Thursday of the month",
            List.of("Talks in Polish and English"),
            new Placement(
                CITY,
                "Kraków",
                "PL",
                "Lesser Poland",
                50.06143,
                19.93658,
                3094802,
                0.98,
                "name says 'Kraków'"),
            List.of(6, 7));
    Group ireland2 =
        new Group(
            "python-ireland",
            "Python Ireland",
            "All of Ireland, north & south",
            List.of(
                new Link(LinkKind.WEBSITE, "https://python.ie/", "", "http:python.ie"),
                new Link(
                    LinkKind.TWITTER,
                    "https://twitter.com/pythonireland",
                    "@pythonireland",
                    "https://twitter.com/pythonireland"),
                new Link(
                    LinkKind.IRC,
                    "irc://irc.libera.chat/#python-ie",
                    "",
                    "irc://irc.libera.chat/#python-ie"),
                new Link(LinkKind.LINKEDIN, LINKEDIN, "LinkedIn", LINKEDIN),
                new Link(LinkKind.PHOTOS, PHOTOS, "photos", PHOTOS),
                new Link(
                    LinkKind.VIDEOS,
                    "https://www.youtube.com/user/PythonIreland",
                    "videos",
                    "https://www.youtube.com/user/PythonIreland"),
                new Link(
                    LinkKind.WIKI,
                    "https://wiki.python.org/moin/PythonIreland",
                    "wiki",
                    "https://wiki.python.org/moin/PythonIreland"),
                new Link(LinkKind.EMAIL, "mailto:info@python.ie", "", "info@python.ie")),
            GroupStatus.ACTIVE,
            "",
            "",
            List.of(),
            ireland,
            List.of(9, 12));
    Group austin =
        new Group(
            "austin-python",
            "Austin Python",
            "= just starting, say hello",
            List.of(
                new Link(LinkKind.WIKI_PAGE, "", "AustinPUG", "AustinPUG"),
                new Link(
                    LinkKind.JOBS,
                    "https://austin.example.org/jobs?q=python&page=2",
                    "jobs",
                    "https://austin.example.org/jobs?q=python&page=2"),
                new Link(
                    LinkKind.OTHER,
                    "https://example.org/a%20b/c",
                    "",
                    "https://example.org/a%20b/c")),
            GroupStatus.STARTING,
            "",
            "",
            List.of(),
            new Placement(
                CITY,
                "Austin",
                "US",
                "Texas",
                30.267153,
                -97.7430608,
                4671654,
                0.9,
                "name says 'Austin'"),
            List.of(19));
    Group loneStar =
        new Group(
            "lone-star-pythonistas",
            "Lone Star Pythonistas",
            "no longer active",
            List.of(
                new Link(
                    LinkKind.MAILING_LIST,
                    "https://mail.python.org/mailman/listinfo/lonestar",
                    "",
                    "https://mail.python.org/mailman/listinfo/lonestar")),
            GroupStatus.INACTIVE,
            "",
            "",
            List.of(),
            Placement.unplaced("no city in the listing"),
            List.of(20));
    return new Directory(
        "Local User Groups",
        List.of(
            IntroLine.plain("There are about 400 Python user groups worldwide."),
            IntroLine.plain("")),
        regions,
        List.of(pykonik, ireland2, austin, loneStar));
  }

  /** Every non-empty URL of the sample, groups and regions. */
  static List<String> urls(Directory d) {
    return java.util.stream.Stream.concat(
            d.regions().stream().flatMap(r -> r.resources().stream()),
            d.groups().stream().flatMap(g -> g.links().stream()))
        .map(Link::url)
        .filter(u -> !u.isEmpty())
        .toList();
  }
}

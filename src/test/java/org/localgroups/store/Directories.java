package org.localgroups.store;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.directory.ImportReport.Note;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Placement.Precision;
import org.localgroups.directory.Region;
import org.localgroups.directory.Region.RegionKind;

/** Directories for the store tests: a realistic hand-built one, and generated ones. */
final class Directories {
  private Directories() {}

  static final Placement BANGKOK =
      new Placement(
          Precision.CITY,
          "Bangkok",
          "TH",
          "Bangkok",
          13.75398,
          100.50144,
          1609350,
          0.92,
          "heading 'Bangkok'");
  static final Placement ISTANBUL =
      new Placement(
          Precision.CITY,
          "İstanbul",
          "TR",
          "İstanbul",
          41.01384,
          28.94966,
          745044,
          0.87,
          "name says 'Pyİst'");
  static final Placement THAILAND =
      new Placement(
          Precision.COUNTRY,
          "Thailand",
          "TH",
          "",
          15.5,
          101.0,
          1605651,
          1.0,
          "heading 'Thailand/ประเทศไทย'");
  static final Placement TEXAS =
      new Placement(
          Precision.STATE,
          "Texas",
          "US",
          "Texas",
          31.25044,
          -99.25061,
          4736286,
          0.99,
          "heading 'Texas'");
  static final Placement AUSTIN =
      new Placement(
          Precision.CITY,
          "Austin",
          "US",
          "Texas",
          30.26715,
          -97.74306,
          4671654,
          0.1 + 0.2,
          "name says 'Austin'");

  /**
   * A small but realistic directory: nesting 3 deep, a group in two regions, every kind of oddity
   * the seed has.
   */
  static Directory sample() {
    var bkk =
        new Group(
            "bangkok-python",
            "Bangkok Python Meetup",
            "Monthly talks, in Thai and English.",
            List.of(
                new Link(
                    LinkKind.MEETUP,
                    "https://www.meetup.com/bangkok-python/",
                    "Meetup",
                    "https://www.meetup.com/bangkok-python/"),
                new Link(
                    LinkKind.MAILING_LIST,
                    "mailto:python-th-request@example.org?subject=subscribe&body=hi",
                    "mailing list",
                    "mailto:python-th-request@example.org?subject=subscribe&body=hi"),
                new Link(
                    LinkKind.IRC,
                    "irc://irc.libera.chat/#python-th",
                    "",
                    "irc://irc.libera.chat/#python-th")),
            GroupStatus.ACTIVE,
            "February 2012",
            "meets the 2nd Thursday of the month",
            List.of("Talks are recorded.", "ถ้ามีคำถาม ถามได้เลย"),
            BANGKOK,
            List.of(12, 13, 14));
    var pyist =
        new Group(
            "pyist",
            "Pyİst",
            "İstanbul Python kullanıcıları",
            List.of(
                new Link(LinkKind.WEBSITE, "https://pyist.org/", "", "http:pyist.org"),
                new Link(
                    LinkKind.TWITTER,
                    "https://x.com/pyistanbul",
                    "@pyistanbul",
                    "https://twitter.com/pyistanbul"),
                new Link(LinkKind.EMAIL, "mailto:info@pyist.org", "", "info@pyist.org")),
            GroupStatus.STARTING,
            "",
            "",
            List.of(),
            ISTANBUL,
            List.of(30));
    var wiki =
        new Group(
            "melbourne-pug",
            "MelbournePUG",
            "",
            List.of(new Link(LinkKind.WIKI_PAGE, "", "", "MelbournePUG")),
            GroupStatus.DEFUNCT,
            "",
            "",
            List.of("(Defunct)"),
            Placement.unplaced("no place in 'MelbournePUG'"),
            List.of(40));
    var austin =
        new Group(
            "austin-python",
            "Austin Python Users Group",
            "AusPUG — \"piggies\" welcome; <b>no</b> HTML here",
            List.of(
                new Link(
                    LinkKind.WEBSITE,
                    "https://www.austinpython.org/",
                    "AusPUG",
                    "[[AusPUG|https://www.austinpython.org/]]"),
                new Link(
                    LinkKind.FORUM,
                    "https://groups.google.com/g/austin-python",
                    "Google Group",
                    "https://groups.google.com/g/austin-python"),
                new Link(
                    LinkKind.FACEBOOK,
                    "https://www.facebook.com/groups/austinpython",
                    "",
                    "https://www.facebook.com/groups/austinpython"),
                new Link(
                    LinkKind.VIDEOS,
                    "https://www.youtube.com/@auspug",
                    "talks",
                    "https://www.youtube.com/@auspug")),
            GroupStatus.INACTIVE,
            "2005",
            "every third Wednesday, 6-8 PM",
            List.of("no longer active"),
            AUSTIN,
            List.of(50, 51));
    var texasWide =
        new Group(
            "texas-python",
            "Texas Python",
            "State-wide list",
            List.of(),
            GroupStatus.ACTIVE,
            "",
            "",
            List.of(),
            TEXAS,
            List.of(49));

    var asia =
        new Region(
            "asia",
            "Asia",
            1,
            "",
            RegionKind.CONTINENT,
            new Placement(
                Precision.CONTINENT,
                "Asia",
                "",
                "",
                29.84064,
                89.29688,
                6255147,
                1.0,
                "heading 'Asia'"),
            List.of(
                new Link(
                    LinkKind.FORUM,
                    "https://groups.google.com/g/python-asia",
                    "Python Asia",
                    "https://groups.google.com/g/python-asia")),
            List.of(),
            10);
    var thailand =
        new Region(
            "asia-thailand",
            "Thailand/ประเทศไทย",
            2,
            "asia",
            RegionKind.COUNTRY,
            THAILAND,
            List.of(),
            List.of(),
            11);
    var bangkok =
        new Region(
            "asia-thailand-bangkok",
            "Bangkok",
            3,
            "asia-thailand",
            RegionKind.CITY,
            BANGKOK,
            List.of(),
            List.of("bangkok-python"),
            11);
    var europe =
        new Region(
            "europe",
            "Europe",
            1,
            "",
            RegionKind.CONTINENT,
            Placement.unplaced("a continent"),
            List.of(),
            List.of(),
            20);
    var turkey =
        new Region(
            "europe-turkey",
            "Türkiye",
            2,
            "europe",
            RegionKind.COUNTRY,
            new Placement(
                Precision.COUNTRY,
                "Türkiye",
                "TR",
                "",
                39.0,
                35.0,
                298795,
                1.0,
                "heading 'Türkiye'"),
            List.of(),
            List.of("pyist"),
            29);
    var istanbul =
        new Region(
            "europe-turkey-istanbul",
            "İstanbul",
            3,
            "europe-turkey",
            RegionKind.CITY,
            ISTANBUL,
            List.of(),
            List.of("pyist"),
            31);
    var oceania =
        new Region(
            "oceania",
            "Oceania",
            1,
            "",
            RegionKind.CONTINENT,
            Placement.unplaced(""),
            List.of(),
            List.of("melbourne-pug"),
            39);
    var usa =
        new Region(
            "north-america-usa",
            "USA",
            1,
            "",
            RegionKind.COUNTRY,
            Placement.unplaced(""),
            List.of(new Link(LinkKind.WIKI, "https://wiki.python.org/moin/UsaPUGs", "", "UsaPUGs")),
            List.of(),
            45);
    var texas =
        new Region(
            "north-america-usa-texas",
            "Texas",
            2,
            "north-america-usa",
            RegionKind.STATE,
            TEXAS,
            List.of(),
            List.of("texas-python", "austin-python"),
            48);
    var other =
        new Region(
            "regional-by-state",
            "Regional (by State)",
            1,
            "",
            RegionKind.OTHER,
            Placement.unplaced(""),
            List.of(),
            List.of(),
            0);
    return new Directory(
        "Local User Groups",
        List.of(
            IntroLine.plain("There are about 400 Python user groups worldwide."),
            IntroLine.plain(""),
            new IntroLine(
                "Enter your country and city — or start one!",
                List.of(new Link(LinkKind.WIKI_PAGE, "", "start one", "StartingYourUsersGroup")))),
        List.of(asia, thailand, bangkok, europe, turkey, istanbul, oceania, usa, texas, other),
        List.of(bkk, pyist, wiki, austin, texasWide));
  }

  /**
   * A directory sharing nothing with {@link #sample()}, so that a mix of the two is easy to tell.
   */
  static Directory other() {
    var g =
        new Group(
            "kraków-pug",
            "Python Kraków",
            "Cracow",
            List.of(),
            GroupStatus.ACTIVE,
            "",
            "",
            List.of(),
            new Placement(
                Precision.CITY,
                "Kraków",
                "PL",
                "Lesser Poland",
                50.06143,
                19.93658,
                3094802,
                0.8,
                "name says 'Cracow'"),
            List.of(3));
    var pl =
        new Region(
            "poland",
            "Poland",
            1,
            "",
            RegionKind.COUNTRY,
            Placement.unplaced(""),
            List.of(),
            List.of("kraków-pug"),
            2);
    return new Directory("Other", List.of(), List.of(pl), List.of(g));
  }

  static ImportReport reportFor(String source, Directory d) {
    List<ImportReport.Entry> entries = new ArrayList<>();
    entries.add(
        new ImportReport.Entry(
            1,
            Disposition.INTRO,
            "",
            "introduction",
            List.of(
                new ImportReport.Note(
                    0, Note.Severity.INFO, "front-matter", "front matter read for the title"))));
    entries.add(new ImportReport.Entry(2, Disposition.SKIPPED, "", "table of contents"));
    for (Region r : d.regions()) {
      entries.add(
          new ImportReport.Entry(
              entries.size() + 1, Disposition.REGION, r.slug(), "heading '" + r.name() + "'"));
    }
    for (Group g : d.groups()) {
      entries.add(
          new ImportReport.Entry(entries.size() + 1, Disposition.GROUP, g.slug(), "group line"));
    }
    entries.add(
        new ImportReport.Entry(
            entries.size() + 1,
            Disposition.UNUSED,
            "",
            "text we could not place: 'ประเทศไทย ?'",
            List.of(
                new ImportReport.Note(
                    12,
                    Note.Severity.WARNING,
                    "swapped-link",
                    "Label and URL are swapped; 'ประเทศไทย' 🐍"),
                new ImportReport.Note(
                    3,
                    Note.Severity.ERROR,
                    "unclosed-link",
                    "This [[ has no ]] after it on the line."))));
    entries.add(
        new ImportReport.Entry(entries.size() + 1, Disposition.UNUSED, "", "a link with no group"));
    return new ImportReport(source, "moin", entries.size(), entries);
  }

  // ---- generated directories ----

  /**
   * Text from several scripts, with astral code points and control characters; no NUL (see the
   * report).
   */
  static Arbitrary<String> text() {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x01, 0x1F)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0xA0, 0x17F)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x0E00, 0x0E7F)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x4E00, 0x4FFF)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1F64F)));
    return codePoint
        .list()
        .ofMaxSize(10)
        .map(
            cps -> {
              var b = new StringBuilder();
              cps.forEach(b::appendCodePoint);
              return b.toString();
            });
  }

  /**
   * Any finite double but -0.0 (which SQLite reads back as 0.0; see the SQLite test): coordinates,
   * tiny and huge magnitudes, raw bit patterns.
   */
  static Arbitrary<Double> finiteDouble() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-180, 180).ofScale(14),
        Arbitraries.longs()
            .map(Double::longBitsToDouble)
            .filter(d -> Double.isFinite(d) && !d.equals(-0.0)),
        Arbitraries.of(
            0.0,
            0.1 + 0.2,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.MIN_NORMAL,
            90.0,
            -180.0));
  }

  static Arbitrary<Link> link() {
    return Combinators.combine(Arbitraries.of(LinkKind.class), text(), text(), text())
        .as(Link::new);
  }

  static Arbitrary<Placement> placement() {
    return Combinators.combine(
            Arbitraries.of(Precision.class),
            text(),
            text(),
            text(),
            finiteDouble(),
            finiteDouble(),
            Arbitraries.longs(),
            finiteDouble())
        .flatAs(
            (precision, name, cc, admin1, lat, lon, id, confidence) ->
                text()
                    .map(
                        reason ->
                            new Placement(
                                precision, name, cc, admin1, lat, lon, id, confidence, reason)));
  }

  private record GroupBody(
      String name,
      String description,
      List<Link> links,
      GroupStatus status,
      String founded,
      String meeting,
      List<String> notes,
      Placement placement,
      List<Integer> lines) {}

  private record RegionBody(
      String name,
      int parentPick,
      Region.RegionKind kind,
      Placement place,
      List<Link> resources,
      List<Integer> groupPicks,
      int line) {}

  static Arbitrary<Directory> directory() {
    Arbitrary<GroupBody> group =
        Combinators.combine(
                text(),
                text(),
                link().list().ofMaxSize(4),
                Arbitraries.of(GroupStatus.class),
                text(),
                text(),
                text().list().ofMaxSize(3),
                placement())
            .flatAs(
                (name, description, links, status, founded, meeting, notes, place) ->
                    Arbitraries.integers()
                        .list()
                        .ofMaxSize(3)
                        .map(
                            lines ->
                                new GroupBody(
                                    name,
                                    description,
                                    links,
                                    status,
                                    founded,
                                    meeting,
                                    notes,
                                    place,
                                    lines)));
    Arbitrary<RegionBody> region =
        Combinators.combine(
                text(),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(Region.RegionKind.class),
                placement(),
                link().list().ofMaxSize(2),
                Arbitraries.integers().between(0, 1000).list().ofMaxSize(4),
                Arbitraries.integers())
            .as(RegionBody::new);
    return Combinators.combine(
            text(),
            text().list().ofMaxSize(3),
            group.list().ofMaxSize(6),
            region.list().ofMaxSize(6),
            text())
        .as(Directories::build);
  }

  private static Directory build(
      String title,
      List<String> intro,
      List<GroupBody> groupBodies,
      List<RegionBody> regionBodies,
      String slugText) {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < groupBodies.size(); i++) {
      GroupBody b = groupBodies.get(i);
      groups.add(
          new Group(
              "g" + i + "-" + slugText,
              b.name(),
              b.description(),
              b.links(),
              b.status(),
              b.founded(),
              b.meeting(),
              b.notes(),
              b.placement(),
              b.lines()));
    }
    List<Region> regions = new ArrayList<>();
    for (int i = 0; i < regionBodies.size(); i++) {
      RegionBody b = regionBodies.get(i);
      int pick =
          b.parentPick() % (i + 1); // 0: top level; otherwise one of the regions before this one
      Region parent = pick == 0 ? null : regions.get(pick - 1);
      List<String> members =
          groups.isEmpty()
              ? List.of()
              : b.groupPicks().stream()
                  .map(p -> groups.get(p % groups.size()).slug())
                  .distinct() // a region lists a group once
                  .toList();
      regions.add(
          new Region(
              "r" + i + "-" + slugText,
              b.name(),
              parent == null ? 1 : parent.level() + 1,
              parent == null ? "" : parent.slug(),
              b.kind(),
              b.place(),
              b.resources(),
              members,
              b.line()));
    }
    return new Directory(title, intro.stream().map(IntroLine::plain).toList(), regions, groups);
  }
}

package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement.Precision;
import org.localgroups.directory.Region;
import org.localgroups.directory.Region.RegionKind;
import org.localgroups.export.ExportFormat;
import org.localgroups.export.Exports;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;

/**
 * Markdown user-group pages of other communities, in the shapes such pages really take (the Go
 * wiki's GoUserGroups, an "awesome" README with flag emoji, plain sub-heading bullets, one
 * paragraph per group, a MyST/Sphinx page, reference links and footnotes, relative links, YAML
 * front matter), imported end to end through {@link PageReader} and {@link Importer} with the real
 * GeoNames gazetteer.
 */
class MarkdownImportTest {
  private static final GeoNamesGazetteer GAZETTEER = GeoNamesGazetteer.bundled();

  static final String GO_WIKI =
      """
      # Go User Groups

      This is a list of Go user groups. To add yours, edit this page.
      See also [the Go meetups on Meetup](https://www.meetup.com/topics/golang/).

      ## Africa

      ### Kenya

      * [Nairobi Gophers](https://www.meetup.com/nairobi-gophers/) - Monthly meetups in Nairobi.

      ### Nigeria

      * [Golang Lagos](https://www.meetup.com/golang-lagos/) - Lagos, Nigeria.

      ## Asia

      ### India

      * [Golang Bangalore](https://www.meetup.com/Golang-Bangalore/) - meets the second Saturday of every month
      * [Golang Pune](https://www.meetup.com/Golang-Pune/)
          * [Twitter](https://twitter.com/golangpune)

      ### Japan

      * [Go Tokyo](https://gotokyo.connpass.com/)

      ## Europe

      ### Germany

      * [Go User Group Berlin](https://www.meetup.com/golang-users-berlin/) - Berlin, Germany.
      * [Gophers Munich](https://www.meetup.com/Gophers-Munich/) (no longer active)

      ## North America

      ### United States

      #### California

      * [GoSF](https://www.meetup.com/golangsf/) - San Francisco Gophers
      * [Go Ventura](https://www.meetup.com/Go-Ventura/) - Ventura, CA
      """;

  static final String AWESOME_README =
      """
      # Awesome Ruby User Groups [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

      A curated list of Ruby user groups around the world. Pull requests welcome!

      ## Contents

      - [Europe](#europe)
      - [South America](#south-america)

      ## Europe

      - 🇩🇪 [Berlin.rb](https://www.rubyberlin.org/) - Monthly meetup of Ruby users in Berlin.
      - 🇩🇪 [Ruby Usergroup Hamburg](https://www.meetup.com/hamburg-rb/)
      - 🇫🇷 [Paris.rb](https://www.meetup.com/parisrb/) - Le meetup Ruby de Paris.
      - 🇵🇱 [Kraków Ruby Users Group](https://www.meetup.com/krakow-ruby/)
      - 🇵🇹 [Ruby Portugal](https://www.rubyportugal.org/)

      ## South America

      - 🇧🇷 [Ruby on Rio](https://www.meetup.com/rubyonrio/) - Rio de Janeiro
      - 🇦🇷 [Ruby Argentina](https://www.meetup.com/ruby-argentina/) - Buenos Aires
      """;

  static final String PLAIN_SUB_HEADINGS =
      """
      Python user groups
      ==================

      Asia
      ----

      - India
        - [BangPypers](https://bangalore.python.org.in/) - Bangalore
        - [ChennaiPy](https://chennaipy.org/) - Chennai
        - [PyDelhi](https://pydelhi.org/)
      - Japan
        - [Python Kansai](https://kansai.pycon.jp/) - Osaka
      + Singapore
          + [PUGS](https://www.meetup.com/Singapore-Python-User-Group/)

      Europe
      ------

      - Poland
        - [PyWaw](https://pywaw.org/) - Warsaw
        - [Pykonik](https://www.pykonik.org/) - Kraków
      """;

  static final String PARAGRAPHS =
      """
      # Rust meetups

      ## Europe

      [Rust Berlin](https://www.meetup.com/rust-berlin/), Berlin.

      [Rust London User Group](https://www.meetup.com/Rust-London-User-Group/), London.

      [Rust Zürisee](https://www.meetup.com/rust-zurich/), Zürich.

      We are always looking for more groups! Open a pull request.

      ## Oceania

      [Rust Melbourne](https://www.meetup.com/Rust-Melbourne/), Melbourne.
      """;

  static final String MYST =
      """
      ---
      title: Python user groups in the Nordics
      author: PSF community team
      ---

      (nordic-groups)=
      # Nordic Python groups

      ```{admonition} Help wanted
      :class: tip

      If your group is missing, send a pull request.
      ```

      ## Sweden
      {#sweden}

      - [Stockholm Python](https://www.meetup.com/stockholm-python/) - Stockholm
      - [PyGBG](https://www.meetup.com/pygbg-python-goteborg/) - Göteborg

      :::{note}
      Meetings are in Swedish unless announced otherwise.
      :::

      ## Norway
      {:.country}

      - [Oslo Python](https://www.meetup.com/osloPython/) - Oslo
      - [Python Bergen](https://www.meetup.com/python-bergen/)

      ## Finland

      - [Helsinki Python](https://www.meetup.com/helsinki-python/) - Helsinki
      """;

  static final String REFERENCES =
      """
      # Haskell user groups

      ## Europe

      ### United Kingdom

      - [London Haskell][lhug] - monthly talks[^1]
      - [Edinburgh Haskell][ehug]
        - mailing list: <mailto:haskell-ed@example.org>

      ### Netherlands

      - [Utrecht Haskell](https://www.meetup.com/utrecht-haskell/)[^2]

      [lhug]: https://www.meetup.com/London-Haskell/
      [ehug]: https://www.meetup.com/Edinburgh-Haskell/ "Edinburgh Haskell meetup"

      [^1]: Talks are recorded.
      [^2]: Currently on a break.
      """;

  static final String RELATIVE =
      """
      # Elixir user groups

      ## Germany

      - [Elixir Berlin](groups/berlin.md) - Berlin
      - [Elixir Hamburg](/groups/hamburg) - Hamburg
      - [Elixir Köln](https://www.meetup.com/elixir-cologne/) - Köln
      """;

  static final String FLAGGED_SUB_HEADINGS =
      """
      # Python-Gruppen

      ## Europe

      - 🇩🇪 **Deutschland**
        - [PyCologne](https://pycologne.de) - Köln
      - 🇦🇹 Österreich
        - [PyGraz](https://pygraz.org)

      ## Contributing

      Send a pull request. See [CONTRIBUTING.md](CONTRIBUTING.md).

      ### Style

      - keep it sorted
      """;

  /** The pages kept under src/test/resources/markdown, shared with the Markdown reader's tests. */
  static final String GO_WIKI_FILE = resource("GoUserGroups.md");

  static final String README_FILE = resource("readme-groups.md");
  static final String PARAGRAPHS_FILE = resource("paragraph-groups.md");
  static final String MYST_FILE = resource("myst-groups.md");

  // ---- the Go wiki
  // ------------------------------------------------------------------------------------

  @Test
  void readsTheGoWikiShapeContinentCountryState() {
    ImportResult result = importPage("GoUserGroups.md", GO_WIKI, "");
    Directory d = result.directory();
    assertThat(d.regions())
        .extracting(Region::name, Region::kind, r -> r.place().countryCode())
        .containsExactly(
            tuple("Go User Groups", RegionKind.ROOT, ""),
            tuple("Africa", RegionKind.CONTINENT, ""),
            tuple("Kenya", RegionKind.COUNTRY, "KE"),
            tuple("Nigeria", RegionKind.COUNTRY, "NG"),
            tuple("Asia", RegionKind.CONTINENT, ""),
            tuple("India", RegionKind.COUNTRY, "IN"),
            tuple("Japan", RegionKind.COUNTRY, "JP"),
            tuple("Europe", RegionKind.CONTINENT, ""),
            tuple("Germany", RegionKind.COUNTRY, "DE"),
            tuple("North America", RegionKind.CONTINENT, ""),
            tuple("United States", RegionKind.COUNTRY, "US"),
            tuple("California", RegionKind.STATE, "US"));
    assertThat(d.groups())
        .extracting(Group::name)
        .containsExactly(
            "Nairobi Gophers",
            "Golang Lagos",
            "Golang Bangalore",
            "Golang Pune",
            "Go Tokyo",
            "Go User Group Berlin",
            "Gophers Munich",
            "GoSF",
            "Go Ventura");
    assertThat(group(d, "Golang Pune").links())
        .extracting(Link::kind, Link::url)
        .containsExactly(
            tuple(LinkKind.MEETUP, "https://www.meetup.com/Golang-Pune/"),
            tuple(LinkKind.TWITTER, "https://twitter.com/golangpune"));
    assertThat(group(d, "Go Tokyo").links())
        .extracting(Link::kind)
        .containsExactly(LinkKind.WEBSITE);
    assertThat(group(d, "Gophers Munich").status())
        .isEqualTo(org.localgroups.directory.GroupStatus.INACTIVE);
    assertThat(group(d, "Golang Bangalore").meeting())
        .isEqualTo("meets the second Saturday of every month");
    assertPlacedIn(d, "Nairobi Gophers", "Nairobi", "KE");
    assertPlacedIn(d, "Golang Lagos", "Lagos", "NG");
    assertPlacedIn(d, "Golang Bangalore", "Bengaluru", "IN");
    assertPlacedIn(d, "Golang Pune", "Pune", "IN");
    assertPlacedIn(d, "Go Tokyo", "Tokyo", "JP");
    assertPlacedIn(d, "Go User Group Berlin", "Berlin", "DE");
    assertPlacedIn(d, "Gophers Munich", "Munich", "DE");
    assertPlacedIn(d, "GoSF", "San Francisco", "US");
    assertPlacedIn(d, "Go Ventura", "Ventura", "US");
    assertEveryLineAccountedFor(result, GO_WIKI);
    assertThat(unused(result)).isEmpty();
  }

  @Test
  void textUnderThePageTitleIsTheIntroductionNotAGroup() {
    ImportResult result = importPage("GoUserGroups.md", GO_WIKI, "");
    Directory d = result.directory();
    assertThat(d.intro())
        .extracting(org.localgroups.directory.IntroLine::text)
        .containsExactly(
            "This is a list of Go user groups. To add yours, edit this page.",
            "See also the Go meetups on Meetup.");
    assertThat(d.intro().get(1).links())
        .extracting(Link::url)
        .containsExactly("https://www.meetup.com/topics/golang/");
    assertThat(disposition(result, 4)).isEqualTo(Disposition.INTRO);
  }

  // ---- a README with flags
  // ----------------------------------------------------------------------------

  @Test
  void readsFlagEmojiAsTheGroupsCountryAndKeepsThemOutOfItsName() {
    ImportResult result = importPage("README.md", AWESOME_README, "");
    Directory d = result.directory();
    assertThat(d.groups())
        .extracting(Group::name)
        .containsExactly(
            "Berlin.rb",
            "Ruby Usergroup Hamburg",
            "Paris.rb",
            "Kraków Ruby Users Group",
            "Ruby Portugal",
            "Ruby on Rio",
            "Ruby Argentina");
    assertThat(group(d, "Berlin.rb").meeting()).isEqualTo("Monthly meetup of Ruby users in Berlin");
    assertPlacedIn(d, "Berlin.rb", "Berlin", "DE");
    assertPlacedIn(d, "Ruby Usergroup Hamburg", "Hamburg", "DE");
    assertPlacedIn(d, "Paris.rb", "Paris", "FR");
    assertPlacedIn(d, "Kraków Ruby Users Group", "Kraków", "PL");
    assertPlacedIn(d, "Ruby on Rio", "Rio de Janeiro", "BR");
    assertPlacedIn(d, "Ruby Argentina", "Buenos Aires", "AR");
    // no city and only a continent heading: the flag alone tells the country
    Group portugal = group(d, "Ruby Portugal");
    assertThat(portugal.placement().precision()).isEqualTo(Precision.COUNTRY);
    assertThat(portugal.placement().countryCode()).isEqualTo("PT");
    assertThat(messageOf(result, 16)).contains("its flag names the country PT");
  }

  @Test
  void skipsATableOfContentsThatOnlyLinksIntoThePage() {
    ImportResult result = importPage("README.md", AWESOME_README, "");
    Directory d = result.directory();
    assertThat(d.regions())
        .extracting(Region::name)
        .containsExactly("Awesome Ruby User Groups", "Europe", "South America");
    assertThat(d.groups()).extracting(Group::name).doesNotContain("Europe", "South America");
    assertThat(messageOf(result, 5)).contains("table of contents");
    assertThat(textOf(result, 7)).contains("table of contents").contains("#europe");
    assertThat(textOf(result, 1)).contains("badge").contains("left out of the heading");
    assertEveryLineAccountedFor(result, AWESOME_README);
    assertThat(unused(result)).isEmpty();
  }

  // ---- plain bullets as sub-headings
  // ------------------------------------------------------------------

  @Test
  void readsAPlainBulletWithLinksBelowAsACountry() {
    ImportResult result = importPage("groups.md", PLAIN_SUB_HEADINGS, "");
    Directory d = result.directory();
    assertThat(d.regions())
        .extracting(Region::name, Region::kind, r -> r.place().countryCode(), Region::parentSlug)
        .containsExactly(
            tuple("Python user groups", RegionKind.ROOT, "", ""),
            tuple("Asia", RegionKind.CONTINENT, "", "python-user-groups"),
            tuple("India", RegionKind.COUNTRY, "IN", "asia"),
            tuple("Japan", RegionKind.COUNTRY, "JP", "asia"),
            tuple("Singapore", RegionKind.COUNTRY, "SG", "asia"),
            tuple("Europe", RegionKind.CONTINENT, "", "python-user-groups"),
            tuple("Poland", RegionKind.COUNTRY, "PL", "europe"));
    assertThat(d.region("india").orElseThrow().groupSlugs())
        .containsExactly("bangpypers", "chennaipy", "pydelhi");
    assertPlacedIn(d, "BangPypers", "Bengaluru", "IN");
    assertPlacedIn(d, "ChennaiPy", "Chennai", "IN");
    assertPlacedIn(d, "PyDelhi", "Delhi", "IN");
    assertPlacedIn(d, "Python Kansai", "Osaka", "JP");
    assertPlacedIn(d, "PyWaw", "Warsaw", "PL");
    assertPlacedIn(d, "Pykonik", "Kraków", "PL");
    // no city named: placed at the country its plain bullet names
    assertThat(group(d, "PUGS").placement().precision()).isEqualTo(Precision.COUNTRY);
    assertThat(group(d, "PUGS").placement().countryCode()).isEqualTo("SG");
    assertThat(messageOf(result, 7)).contains("sub-region 'India'").contains("country");
    assertEveryLineAccountedFor(result, PLAIN_SUB_HEADINGS);
    assertThat(result.report().entries())
        .filteredOn(e -> e.line() == 2 || e.line() == 5)
        .allSatisfy(e -> assertThat(e.message()).contains("setext"));
    assertThat(unused(result)).isEmpty();
  }

  // ---- one paragraph per group
  // ------------------------------------------------------------------------

  @Test
  void readsOneParagraphPerGroupAndReportsTheProseBetween() {
    ImportResult result = importPage("meetups.md", PARAGRAPHS, "");
    Directory d = result.directory();
    assertThat(d.groups())
        .extracting(Group::name, g -> g.links().get(0).kind())
        .containsExactly(
            tuple("Rust Berlin", LinkKind.MEETUP), tuple("Rust London User Group", LinkKind.MEETUP),
            tuple("Rust Zürisee", LinkKind.MEETUP), tuple("Rust Melbourne", LinkKind.MEETUP));
    assertThat(d.region("europe").orElseThrow().groupSlugs()).hasSize(3);
    assertPlacedIn(d, "Rust Berlin", "Berlin", "DE");
    assertPlacedIn(d, "Rust London User Group", "London", "GB");
    assertPlacedIn(d, "Rust Zürisee", "Zürich", "CH");
    assertPlacedIn(d, "Rust Melbourne", "Melbourne", "AU");
    assertThat(messageOf(result, 5)).contains("written as a paragraph");
    assertEveryLineAccountedFor(result, PARAGRAPHS);
    assertThat(unused(result))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(11);
              assertThat(e.message())
                  .contains("not a list entry")
                  .contains("always looking for more groups");
            });
  }

  // ---- MyST / Sphinx
  // ----------------------------------------------------------------------------------

  @Test
  void readsAMystPageWithFencesTargetsAndAttributeLines() {
    ImportResult result = importPage("nordics.md", MYST, "");
    Directory d = result.directory();
    assertThat(d.title()).isEqualTo("Python user groups in the Nordics");
    assertThat(d.regions())
        .extracting(Region::name, r -> r.place().countryCode())
        .containsExactly(
            tuple("Nordic Python groups", ""),
            tuple("Sweden", "SE"),
            tuple("Norway", "NO"),
            tuple("Finland", "FI"));
    assertThat(d.groups())
        .extracting(Group::name)
        .containsExactly(
            "Stockholm Python", "PyGBG", "Oslo Python", "Python Bergen", "Helsinki Python");
    assertPlacedIn(d, "Stockholm Python", "Stockholm", "SE");
    assertPlacedIn(d, "PyGBG", "Göteborg", "SE");
    assertPlacedIn(d, "Oslo Python", "Oslo", "NO");
    assertPlacedIn(d, "Python Bergen", "Bergen", "NO");
    assertPlacedIn(d, "Helsinki Python", "Helsinki", "FI");
    // the admonition under the page title introduces the page
    assertThat(d.intro())
        .extracting(org.localgroups.directory.IntroLine::text)
        .containsExactly("If your group is missing, send a pull request.");
    assertThat(messageOf(result, 1)).contains("front matter");
    assertThat(messageOf(result, 6)).contains("MyST target");
    assertThat(textOf(result, 9)).contains("admonition");
    assertThat(messageOf(result, 16)).contains("attribute");
    assertThat(messageOf(result, 26)).contains("attribute");
    assertEveryLineAccountedFor(result, MYST);
    assertThat(unused(result))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(22);
              assertThat(e.message())
                  .contains("under 'Sweden'")
                  .contains("Meetings are in Swedish");
            });
  }

  // ---- reference links and footnotes
  // ------------------------------------------------------------------

  @Test
  void readsReferenceLinksAndFootnotesIntoTheirGroups() {
    ImportResult result = importPage("haskell.md", REFERENCES, "");
    Directory d = result.directory();
    assertThat(d.groups())
        .extracting(Group::name, g -> g.links().get(0).url())
        .containsExactly(
            tuple("London Haskell", "https://www.meetup.com/London-Haskell/"),
            tuple("Edinburgh Haskell", "https://www.meetup.com/Edinburgh-Haskell/"),
            tuple("Utrecht Haskell", "https://www.meetup.com/utrecht-haskell/"));
    // "mailing list: <mailto:...>" under a group: the words before the colon say what the link is
    assertThat(group(d, "Edinburgh Haskell").links().get(1))
        .isEqualTo(
            new Link(
                LinkKind.MAILING_LIST,
                "mailto:haskell-ed@example.org",
                "mailing list",
                "mailto:haskell-ed@example.org"));
    assertPlacedIn(d, "London Haskell", "London", "GB");
    assertPlacedIn(d, "Edinburgh Haskell", "Edinburgh", "GB");
    assertPlacedIn(d, "Utrecht Haskell", "Utrecht", "NL");
    assertThat(messageOf(result, 15)).contains("link reference definition");
    // a footnote says something of the group that refers to it: it is read on that group's line
    assertThat(group(d, "London Haskell").description())
        .isEqualTo("monthly talks (Talks are recorded.)");
    assertThat(group(d, "Utrecht Haskell").description()).isEqualTo("(Currently on a break.)");
    assertThat(textOf(result, 13)).contains("footnote [^2] read here");
    assertThat(messageOf(result, 18))
        .contains("footnote [^1], read on line 7 where it is referenced");
    assertThat(messageOf(result, 19)).contains("footnote [^2], read on line 13");
    assertEveryLineAccountedFor(result, REFERENCES);
    assertThat(unused(result)).isEmpty();
  }

  // ---- relative links
  // ---------------------------------------------------------------------------------

  @Test
  void reportsRelativeLinksWithoutABaseUrl() {
    ImportResult result = importPage("elixir.md", RELATIVE, "");
    Directory d = result.directory();
    assertThat(group(d, "Elixir Berlin").links())
        .containsExactly(new Link(LinkKind.WIKI_PAGE, "", "Elixir Berlin", "groups/berlin.md"));
    assertThat(textOf(result, 5))
        .contains("relative link groups/berlin.md not resolved (use --base-url)");
    assertThat(textOf(result, 6)).contains("relative link /groups/hamburg not resolved");
    assertThat(group(d, "Elixir Köln").links().get(0).url())
        .isEqualTo("https://www.meetup.com/elixir-cologne/");
    assertPlacedIn(d, "Elixir Köln", "Köln", "DE");
    assertEveryLineAccountedFor(result, RELATIVE);
  }

  @Test
  void resolvesRelativeLinksAgainstTheBaseUrl() {
    ImportResult result = importPage("elixir.md", RELATIVE, "https://elixir.example.org/wiki/");
    Directory d = result.directory();
    assertThat(d.groups())
        .extracting(Group::name, g -> g.links().get(0).url(), g -> g.links().get(0).written())
        .containsExactly(
            tuple(
                "Elixir Berlin",
                "https://elixir.example.org/wiki/groups/berlin.md",
                "groups/berlin.md"),
            tuple("Elixir Hamburg", "https://elixir.example.org/groups/hamburg", "/groups/hamburg"),
            tuple(
                "Elixir Köln",
                "https://www.meetup.com/elixir-cologne/",
                "https://www.meetup.com/elixir-cologne/"));
    assertThat(result.report().entries())
        .noneSatisfy(e -> assertThat(e.text()).contains("relative link"));
    assertPlacedIn(d, "Elixir Berlin", "Berlin", "DE");
    assertPlacedIn(d, "Elixir Hamburg", "Hamburg", "DE");
  }

  // ---- the pages kept as test resources
  // --------------------------------------------------------------

  @Test
  void joinsAWrappedEntryLineIntoTheGroupsDescription() {
    ImportResult result = importPage("GoUserGroups.md", GO_WIKI_FILE, "");
    Directory d = result.directory();
    Group berlin = group(d, "Go Meetup Berlin");
    assertThat(berlin.description())
        .isEqualTo("Berlin. Meets every second Wednesday of the month.");
    assertThat(berlin.meeting()).isEqualTo("Meets every second Wednesday of the month");
    assertThat(berlin.notes()).isEmpty();
    assertThat(berlin.lines()).containsExactly(36, 37);
    assertThat(messageOf(result, 37)).contains("continues the line of group 'Go Meetup Berlin'");
    Group munich = group(d, "Munich Gophers");
    assertThat(munich.links())
        .extracting(Link::kind, Link::url)
        .containsExactly(
            tuple(LinkKind.MEETUP, "https://www.meetup.com/Munich-Gophers-Go-User-Group/"),
            tuple(LinkKind.EMAIL, "mailto:gophers@example.de"));
    assertThat(group(d, "GoSheffield").status())
        .isEqualTo(org.localgroups.directory.GroupStatus.DEFUNCT);
    assertThat(d.regions()).extracting(Region::name).doesNotContain("Table of Contents");
    assertThat(d.intro()).hasSize(3);
    assertThat(d.intro().get(2).links())
        .extracting(Link::kind)
        .containsExactly(LinkKind.WIKI_PAGE, LinkKind.MEETUP);
    assertEveryLineAccountedFor(result, GO_WIKI_FILE);
    assertThat(unused(result)).isEmpty();
  }

  @Test
  void readsFlaggedCountryBulletsAChannelInsideAnEntryAndALicenseSection() {
    ImportResult result = importPage("README.md", README_FILE, "");
    Directory d = result.directory();
    assertThat(d.regions())
        .extracting(Region::name, Region::kind, r -> r.place().countryCode())
        .containsExactly(
            tuple("Awesome Python User Groups", RegionKind.ROOT, ""),
            tuple("Europe", RegionKind.CONTINENT, ""),
            tuple("🇩🇪 Germany", RegionKind.COUNTRY, "DE"),
            tuple("🇫🇷 France", RegionKind.COUNTRY, "FR"),
            tuple("🇵🇱 Poland", RegionKind.COUNTRY, "PL"),
            tuple("South America", RegionKind.CONTINENT, ""));
    // "Mailing list: ..." names the second link; the entry is still the group PyWaw
    Group pywaw = group(d, "PyWaw");
    assertThat(pywaw.links())
        .extracting(Link::kind, Link::url)
        .containsExactly(
            tuple(LinkKind.MEETUP, "https://www.meetup.com/pywaw/"),
            tuple(LinkKind.MAILING_LIST, "mailto:pywaw@googlegroups.com"));
    assertThat(d.region("poland").orElseThrow().resources()).isEmpty();
    assertPlacedIn(d, "PyWaw", "Warsaw", "PL");
    assertPlacedIn(d, "PyBerlin", "Berlin", "DE");
    assertPlacedIn(d, "Python Usergroup Köln", "Köln", "DE");
    assertPlacedIn(d, "PyParis", "Paris", "FR");
    assertPlacedIn(d, "Grupy-SP", "São Paulo", "BR");
    assertThat(group(d, "PyAr").placement().countryCode()).isEqualTo("AR");
    assertThat(d.groups()).extracting(Group::name).doesNotContain("CC0");
    assertThat(messageOf(result, 25))
        .contains("section 'License'")
        .contains("about the page itself");
    assertThat(messageOf(result, 27)).contains("section 'License'");
    assertEveryLineAccountedFor(result, README_FILE);
    assertThat(unused(result)).isEmpty();
  }

  @Test
  void joinsAParagraphGroupsSecondLine() {
    ImportResult result = importPage("africa.md", PARAGRAPHS_FILE, "");
    Directory d = result.directory();
    assertThat(d.groups())
        .extracting(Group::name)
        .containsExactly("PyCon Kenya", "Python Ghana", "PyLadies Lagos", "Python Cameroon");
    assertThat(group(d, "PyLadies Lagos").description()).isEqualTo("Lagos, Nigeria.");
    assertPlacedIn(d, "PyLadies Lagos", "Lagos", "NG");
    assertPlacedIn(d, "PyCon Kenya", "Nairobi", "KE");
    assertPlacedIn(d, "Python Ghana", "Accra", "GH");
    assertPlacedIn(d, "Python Cameroon", "Yaoundé", "CM");
    assertThat(group(d, "Python Cameroon").links())
        .extracting(Link::kind)
        .containsExactly(LinkKind.EMAIL);
    assertEveryLineAccountedFor(result, PARAGRAPHS_FILE);
    assertThat(unused(result))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.message()).contains("not a list entry").contains("paragraph of its own");
            });
  }

  @Test
  void readsGroupsInsideMystDirectivesAndSkipsAToctree() {
    ImportResult result = importPage("nordics.md", MYST_FILE, "");
    Directory d = result.directory();
    assertThat(d.title()).isEqualTo("Python Meetups in the Nordics");
    assertThat(d.groups())
        .extracting(Group::name)
        .containsExactly("PyCon Sweden", "Stockholm Python", "Helsinki Python");
    assertThat(group(d, "Stockholm Python").meeting()).isEqualTo("meets monthly");
    assertPlacedIn(d, "Stockholm Python", "Stockholm", "SE");
    assertPlacedIn(d, "Helsinki Python", "Helsinki", "FI");
    assertThat(group(d, "PyCon Sweden").placement().precision()).isEqualTo(Precision.COUNTRY);
    assertThat(IntStream.rangeClosed(29, 33).mapToObj(line -> disposition(result, line)))
        .containsOnly(Disposition.SKIPPED);
    assertEveryLineAccountedFor(result, MYST_FILE);
    assertThat(unused(result)).isEmpty();
  }

  @Test
  void readsAFlagAsTheCountryOfAPlainBulletAndSkipsAContributingSection() {
    ImportResult result = importPage("gruppen.md", FLAGGED_SUB_HEADINGS, "");
    Directory d = result.directory();
    assertThat(d.regions())
        .extracting(Region::name, Region::kind, r -> r.place().countryCode())
        .containsExactly(
            tuple("Python-Gruppen", RegionKind.ROOT, ""),
            tuple("Europe", RegionKind.CONTINENT, ""),
            tuple("🇩🇪 Deutschland", RegionKind.COUNTRY, "DE"),
            tuple("🇦🇹 Österreich", RegionKind.COUNTRY, "AT"));
    assertThat(d.groups()).extracting(Group::name).containsExactly("PyCologne", "PyGraz");
    assertPlacedIn(d, "PyGraz", "Graz", "AT");
    assertThat(IntStream.of(10, 12, 14, 16).mapToObj(line -> messageOf(result, line)))
        .allSatisfy(m -> assertThat(m).contains("section 'Contributing'"));
    assertEveryLineAccountedFor(result, FLAGGED_SUB_HEADINGS);
    assertThat(unused(result)).isEmpty();
  }

  @Test
  @Timeout(20)
  void importsAnEndlesslyWrappedEntryInLinearTime() {
    String page =
        "# Groups\n\n## Germany\n\n- [PyBerlin](https://pyberlin.de) - Berlin,\n"
            + "  and more words on a wrapped line\n".repeat(50_000);
    ImportResult result = importPage("long.md", page, "");
    Group berlin = group(result.directory(), "PyBerlin");
    assertThat(berlin.description().length()).isBetween(2_000, 2_100);
    assertThat(berlin.notes()).isNotEmpty();
    assertEveryLineAccountedFor(result, page);
  }

  // ---- every page: lines and the Markdown round trip
  // --------------------------------------------------

  static Stream<String> pages() {
    return Stream.of(
        GO_WIKI,
        AWESOME_README,
        PLAIN_SUB_HEADINGS,
        PARAGRAPHS,
        MYST,
        REFERENCES,
        RELATIVE,
        FLAGGED_SUB_HEADINGS,
        GO_WIKI_FILE,
        README_FILE,
        PARAGRAPHS_FILE,
        MYST_FILE);
  }

  /**
   * A relative link is written out resolved, so that the exported page stands on its own without
   * the base URL it was imported with; its {@code written} form therefore becomes the absolute URL.
   * Every other field, {@code written} of every absolute link included, comes back as it was.
   */
  @ParameterizedTest
  @MethodSource("pages")
  void everyPageExportedAsMarkdownImportsToTheSameDirectory(String page) {
    Directory first = importPage("page.md", page, "https://example.org/").directory();
    String exported = markdown(first);
    Directory again = importPage("export.md", exported, "").directory();
    assertThat(WithoutLines.of(again)).isEqualTo(WithoutLines.of(withRelativeLinksResolved(first)));
    assertThat(markdown(again)).isEqualTo(exported);
  }

  /** The same pages written as MoinMoin and read back through the MoinMoin front end. */
  @ParameterizedTest
  @MethodSource("pages")
  void everyPageExportedAsMoinMoinImportsToTheSameDirectory(String page) {
    Directory first = importPage("page.md", page, "https://example.org/").directory();
    PageReader.Page moin =
        new PageReader()
            .read(
                Exports.render(first, ExportFormat.MOIN).getBytes(StandardCharsets.UTF_8),
                "export.txt",
                PageFormat.AUTO,
                "");
    assertThat(moin.format()).isEqualTo(PageFormat.MOIN);
    Directory again =
        new Importer(GAZETTEER).read(moin.outline(), "export.txt", "moin").directory();
    assertThat(WithoutLines.of(again))
        .isEqualTo(
            WithoutLines.of(
                withRelativeLinksResolved(
                    new Directory("export", first.intro(), first.regions(), first.groups()))));
  }

  private static Directory withRelativeLinksResolved(Directory d) {
    List<org.localgroups.directory.IntroLine> intro =
        d.intro().stream()
            .map(
                i ->
                    new org.localgroups.directory.IntroLine(
                        i.text(), i.links().stream().map(MarkdownImportTest::resolved).toList()))
            .toList();
    return new Directory(
        d.title(),
        intro,
        d.regions(),
        d.groups().stream()
            .map(
                g ->
                    new Group(
                        g.slug(),
                        g.name(),
                        g.description(),
                        g.links().stream().map(MarkdownImportTest::resolved).toList(),
                        g.status(),
                        g.founded(),
                        g.meeting(),
                        g.notes(),
                        g.placement(),
                        g.lines()))
            .toList());
  }

  /**
   * A link whose written target was relative ("groups/berlin.md") is written, and read back, as its
   * URL.
   */
  private static Link resolved(Link l) {
    boolean relative =
        !l.url().isEmpty() && !l.written().contains(":") && !l.written().contains("@");
    return relative ? new Link(l.kind(), l.url(), l.label(), l.url()) : l;
  }

  // ---- helpers
  // ----------------------------------------------------------------------------------------

  private static ImportResult importPage(String name, String text, String baseUrl) {
    PageReader.Page page =
        new PageReader()
            .read(text.getBytes(StandardCharsets.UTF_8), name, PageFormat.AUTO, baseUrl);
    assertThat(page.format()).isEqualTo(PageFormat.MARKDOWN);
    return new Importer(GAZETTEER).read(page.outline(), name, page.format().id());
  }

  private static void assertEveryLineAccountedFor(ImportResult result, String text) {
    int lines = (int) text.lines().count();
    ImportReport report = result.report();
    assertThat(report.lineCount()).isEqualTo(lines);
    assertThat(report.entries().stream().map(ImportReport.Entry::line).toList())
        .isEqualTo(IntStream.rangeClosed(1, lines).boxed().toList());
    assertThat(report.entries().stream().filter(e -> e.message().isBlank()).toList()).isEmpty();
    String[] source = text.split("\n", -1);
    java.util.Map<String, java.util.Set<Integer>> groupLines = new java.util.HashMap<>();
    result
        .directory()
        .groups()
        .forEach(g -> groupLines.put(g.slug(), new java.util.HashSet<>(g.lines())));
    // one assertion over all lines, so that a long page is checked in linear time
    List<String> wrong = new java.util.ArrayList<>();
    for (ImportReport.Entry e : report.entries()) {
      String line = source[e.line() - 1];
      if (e.disposition() == Disposition.SKIPPED
          && e.message().startsWith("blank")
          && !line.isBlank()) {
        wrong.add(e.line() + ": skipped as blank but has text");
      }
      if ((e.disposition() == Disposition.GROUP || e.disposition() == Disposition.GROUP_DETAIL)
          && !groupLines.getOrDefault(e.subject(), java.util.Set.of()).contains(e.line())) {
        wrong.add(e.line() + ": names group '" + e.subject() + "', which does not list the line");
      }
      if (e.disposition() == Disposition.REGION
          && result.directory().region(e.subject()).isEmpty()) {
        wrong.add(e.line() + ": names region '" + e.subject() + "', which does not exist");
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static List<ImportReport.Entry> unused(ImportResult result) {
    return result.report().entries().stream()
        .filter(e -> e.disposition() == Disposition.UNUSED)
        .toList();
  }

  private static Disposition disposition(ImportResult result, int line) {
    return result.report().entries().get(line - 1).disposition();
  }

  private static String messageOf(ImportResult result, int line) {
    return result.report().entries().get(line - 1).message();
  }

  /** The line's message with the page reader's notes, as the report prints it. */
  private static String textOf(ImportResult result, int line) {
    return result.report().entries().get(line - 1).text();
  }

  private static Group group(Directory d, String name) {
    return d.groups().stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no group named "
                        + name
                        + " in "
                        + d.groups().stream().map(Group::name).toList()));
  }

  private static void assertPlacedIn(
      Directory d, String groupName, String city, String countryCode) {
    Group g = group(d, groupName);
    assertThat(g.placement().precision())
        .as("%s: %s", groupName, g.placement().reason())
        .isEqualTo(Precision.CITY);
    assertThat(g.placement().name()).as(groupName).isEqualTo(city);
    assertThat(g.placement().countryCode()).as(groupName).isEqualTo(countryCode);
  }

  private static String resource(String name) {
    try (var in = MarkdownImportTest.class.getResourceAsStream("/markdown/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String markdown(Directory d) {
    return Exports.render(d, ExportFormat.MARKDOWN);
  }
}

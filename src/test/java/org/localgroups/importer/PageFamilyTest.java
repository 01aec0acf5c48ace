package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement.Precision;

/** Other revisions of such a page, older and newer, and other wikis' pages of the same kind. */
class PageFamilyTest {

  private static ImportResult read(String page) {
    return SeedPage.importText(page, "page.moin");
  }

  private static Group group(Directory d, String name) {
    return d.groups().stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no group " + name + " in " + d.groups().stream().map(Group::name).toList()));
  }

  @Test
  void readsAMoin15EraRevision() {
    ImportResult r =
        read(
            """
        #pragma section-numbers off
        There are many Python user groups. See also ["StartingYourUsersGroup"].
        [[TableOfContents()]]
        = Local User Groups =
        == Europe ==
        === Germany ===
         * [http://www.pycologne.de pyCologne] - Python User Group in Cologne
         * ["MunichPythonUserGroup"] - Python users in Munich
        == USA ==
        === California ===
         * [http://www.baypiggies.net BayPIGgies] - San Francisco Bay Area Python Interest Group
        """);
    Directory d = r.directory();
    assertThat(d.groups()).hasSize(3);
    Group cologne = d.groups().get(0);
    assertThat(cologne.links()).extracting(Link::url).contains("http://www.pycologne.de");
    assertThat(cologne.placement().name()).isEqualTo("Köln");
    assertThat(d.groups().get(1).placement().name()).isEqualTo("Munich");
    assertThat(d.groups().get(2).placement().name()).isEqualTo("San Francisco");
    assertAccounted(r.report());
  }

  @Test
  void readsGroupsListedInATable() {
    ImportResult r =
        read(
            """
        = Python groups =
        == Europe ==
        === Netherlands ===
        ||'''Group'''||'''City'''||
        ||[[http://pygrunn.nl/|PyGrunn]]||Groningen||
        ||[[https://www.meetup.com/PyAmsterdam/|PyAmsterdam]]||Amsterdam||
        """);
    Directory d = r.directory();
    assertThat(d.groups()).extracting(Group::name).containsExactly("PyGrunn", "PyAmsterdam");
    assertThat(group(d, "PyGrunn").placement().name()).isEqualTo("Groningen");
    assertThat(group(d, "PyAmsterdam").placement().name()).isEqualTo("Amsterdam");
    assertThat(r.report().entries().get(3).disposition()).isEqualTo(Disposition.UNUSED);
    assertAccounted(r.report());
  }

  @Test
  void readsANewerRevisionWithHttpsAndMeetupLinks() {
    ImportResult r =
        read(
            """
        <<TableOfContents(2)>>
        = Python User Groups =
        == Asia ==
        === India ===
         * [[https://www.meetup.com/bangpypers/|BangPypers]] - Bengaluru Python user group, meets every month
         * [[https://pydelhi.org|PyDelhi]] - New Delhi
          * [[https://twitter.com/pydelhi|Twitter]]
        === Japan ===
         * [[https://pyhack.connpass.com/|PyHack Kyoto]] - Kyoto
        ----
        CategoryUsergroups
        """);
    Directory d = r.directory();
    assertThat(group(d, "BangPypers").placement().name()).isEqualTo("Bengaluru");
    assertThat(group(d, "BangPypers").meeting()).isEqualTo("meets every month");
    assertThat(group(d, "PyDelhi").links())
        .extracting(Link::kind)
        .containsExactly(
            org.localgroups.directory.LinkKind.WEBSITE, org.localgroups.directory.LinkKind.TWITTER);
    assertThat(group(d, "PyHack Kyoto").placement().precision()).isEqualTo(Precision.CITY);
    assertAccounted(r.report());
  }

  @Test
  void refusesAVandalisedRevision() {
    assertThatThrownBy(
            () ->
                read(
                    """
        BUY CHEAP WATCHES http://spam.example/watches
        Best prices!!! http://spam.example/pills
        """))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("no headings");
    assertThatThrownBy(
            () ->
                read(
                    """
        = Groups =
        == Europe ==
        Nothing here any more.
        """))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("no group entries");
  }

  private static void assertAccounted(ImportReport report) {
    assertThat(report.entries()).hasSize(report.lineCount());
    assertThat(report.entries()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
  }
}

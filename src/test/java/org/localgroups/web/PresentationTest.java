package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;

/** How links, places, statuses and distances are shown, for pages and the API alike. */
class PresentationTest {
  private final Directory directory = FixtureDirectory.directory();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://pykrakow.org/",
        "https://python.org",
        "HTTPS://PYTHON.ORG",
        "mailto:a@b.org",
        "irc://irc.libera.chat/python",
        "ircs://irc.libera.chat:6697/python",
        "  http://spaced.example/ "
      })
  void linksOnlyWebMailAndIrc(String url) {
    assertThat(Presentation.linkable(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:x",
        "file:///etc/passwd",
        "ftp://example.org",
        "http:pykrakow.org",
        "//example.org",
        "",
        "http://",
        "mailto:",
        "http://a.example/\nx",
        "java\tscript:alert(1)"
      })
  void refusesEverythingElse(String url) {
    assertThat(Presentation.linkable(url)).isFalse();
  }

  @Test
  void unlinkableLinkKeepsItsTextButNoHref() {
    LinkView v =
        Presentation.link(
            new Link(LinkKind.WEBSITE, "javascript:alert(2)", "", "javascript:alert(2)"));
    assertThat(v.linkable()).isFalse();
    assertThat(v.href()).isEmpty();
    assertThat(v.text()).isEqualTo("javascript:alert(2)");
    LinkView wikiPage = Presentation.link(new Link(LinkKind.WIKI_PAGE, "", "", "MelbournePUG"));
    assertThat(wikiPage.text()).isEqualTo("MelbournePUG");
    assertThat(wikiPage.kindLabel()).isEqualTo("Page on the source wiki");
    LinkView labelled =
        Presentation.link(
            new Link(
                LinkKind.MEETUP,
                "http://www.meetup.com/BangPypers/",
                " BangPypers Meetup ",
                "http://www.meetup.com/BangPypers/"));
    assertThat(labelled.text()).isEqualTo("BangPypers Meetup");
    assertThat(labelled.icon()).isEqualTo("calendar");
  }

  @Test
  void distancesForPeople() {
    assertThat(Presentation.distanceText(0)).isEqualTo("under 1 km");
    assertThat(Presentation.distanceText(0.99)).isEqualTo("under 1 km");
    assertThat(Presentation.distanceText(5.26)).isEqualTo("5.3 km");
    assertThat(Presentation.distanceText(252.4)).isEqualTo("252 km");
    assertThat(Presentation.distanceText(1234.5)).isEqualTo("1,235 km");
    assertThat(Presentation.distanceText(150)).isEqualTo("150 km");
  }

  @Test
  void coordinatesWithHemispheres() {
    assertThat(Presentation.coordinates(-23.5475, -46.63611)).isEqualTo("23.5475° S, 46.6361° W");
    assertThat(Presentation.coordinates(50.06143, 19.93658)).isEqualTo("50.0614° N, 19.9366° E");
  }

  @Test
  void placeTextSaysHowPreciseThePlacementIs() {
    assertThat(
            Presentation.placeText(
                FixtureDirectory.city("Kraków", "PL", "Lesser Poland", 50, 19, 1), "Poland"))
        .isEqualTo("Kraków, Lesser Poland, Poland");
    assertThat(
            Presentation.placeText(
                FixtureDirectory.city("São Paulo", "BR", "São Paulo", 0, 0, 1), "Brazil"))
        .isEqualTo("São Paulo, Brazil");
    assertThat(
            Presentation.placeText(
                new Placement(Placement.Precision.STATE, "Texas", "US", "Texas", 31, -99, 1, 1, ""),
                "United States"))
        .isEqualTo("Placed at state level: Texas, United States");
    assertThat(
            Presentation.placeText(
                new Placement(Placement.Precision.COUNTRY, "Pakistan", "PK", "", 30, 70, 1, 1, ""),
                "Pakistan"))
        .isEqualTo("Placed at country level: Pakistan");
    assertThat(Presentation.placeText(Placement.unplaced("no city in the name"), ""))
        .isEqualTo("Not placed on the map yet: no city in the name");
    assertThat(Presentation.placeText(Placement.unplaced(""), ""))
        .isEqualTo("Not placed on the map yet.");
  }

  @Test
  void aLinkLabelledWithTheGroupsOwnNameShowsWhereItGoes() {
    assertThat(Presentation.shortAddress("http://www.pykonik.org/")).isEqualTo("pykonik.org");
    assertThat(Presentation.shortAddress("https://mail.python.org/mailman/listinfo/bangpypers"))
        .isEqualTo("mail.python.org/mailman/listinfo/bangpypers");
    assertThat(Presentation.shortAddress("mailto:pug@example.org")).isEqualTo("pug@example.org");
    assertThat(Presentation.shortAddress("irc://irc.libera.chat/python"))
        .isEqualTo("irc://irc.libera.chat/python");
    var group = directory.group("pykrakow").orElseThrow();
    LinkView own =
        Presentation.cardLink(
            group, new Link(LinkKind.WEBSITE, "http://www.pykrakow.org/", group.name(), ""));
    assertThat(own.text()).isEqualTo("pykrakow.org");
    LinkView other =
        Presentation.cardLink(
            group, new Link(LinkKind.MEETUP, "http://meetup.com/x", "Our meetup", ""));
    assertThat(other.text()).isEqualTo("Our meetup");
  }

  @Test
  void didYouMeanLeavesOutTheRegionAroundThePlaceUnderstood() {
    assertThat(
            Presentation.worthOffering(
                "Ulaanbaatar, Mongolia", "Ulan Bator, Ulaanbaatar, Mongolia"))
        .isFalse();
    assertThat(
            Presentation.worthOffering(
                "Kraków, Lesser Poland, Poland", "Kraków, Lesser Poland, Poland"))
        .isFalse();
    assertThat(
            Presentation.worthOffering(
                "Austin, Minnesota, United States", "Austin, Texas, United States"))
        .isTrue();
    assertThat(Presentation.worthOffering("Georgia", "Georgia, United States")).isTrue();
  }

  @Test
  void showsAnUnlabelledLinkAsItsShortAddress() {
    assertThat(
            Presentation.link(
                    new Link(
                        LinkKind.WEBSITE, "http://www.pykonik.org/", "", "http://www.pykonik.org/"))
                .text())
        .isEqualTo("pykonik.org");
    assertThat(
            Presentation.link(
                    new Link(
                        LinkKind.MAILING_LIST,
                        "mailto:jamaicanpy@zope.com.jm?Subject=subscribe",
                        "",
                        "mailto:jamaicanpy@zope.com.jm?Subject=subscribe"))
                .text())
        .isEqualTo("jamaicanpy@zope.com.jm");
  }

  @Test
  void showsAnObfuscatedAddressAsTheAddressItMeans() {
    LinkView view =
        Presentation.link(
            new Link(
                LinkKind.EMAIL,
                "mailto:pythonkhmer@google.com",
                "",
                "pythonkhmer[at]google[dot]com"));
    assertThat(view.text()).isEqualTo("pythonkhmer@google.com");
    assertThat(view.href()).isEqualTo("mailto:pythonkhmer@google.com");
  }

  @Test
  void keepsAWrittenLabel() {
    assertThat(
            Presentation.link(
                    new Link(
                        LinkKind.MAILING_LIST,
                        "http://groups.google.com/group/sydneypython/",
                        "our maillist",
                        "http://groups.google.com/group/sydneypython/"))
                .text())
        .isEqualTo("our maillist");
  }
}

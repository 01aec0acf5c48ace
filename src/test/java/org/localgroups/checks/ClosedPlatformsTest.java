package org.localgroups.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;

class ClosedPlatformsTest {
  private static final ClosedPlatforms TABLE = ClosedPlatforms.bundled();

  @ParameterizedTest
  @CsvSource({
    "http://groups.yahoo.com/group/grimpypers/, Yahoo Groups",
    "http://mx.groups.yahoo.com/group/pythonmexico/, Yahoo Groups",
    "http://br.groups.yahoo.com/group/pug-sc/, Yahoo Groups",
    "http://yahoogrupos.com.br/pythonrio, Yahoo Groups",
    "https://plus.google.com/communities/1234, Google+",
    "http://code.google.com/p/pykhmer/, Google Code",
    "http://pykhmer.googlecode.com/svn/trunk/, Google Code",
    "http://webchat.freenode.net/?channels=python-apac, freenode webchat",
    "http://python.meetup.com/178/, Meetup topic sites (python.meetup.com/NNN)",
    "http://python.meetup.com/182, Meetup topic sites (python.meetup.com/NNN)",
    "http://video.google.com/videosearch?q=grupy-sp, Google Video",
    "http://www.geocities.com/pug/, GeoCities",
    "HTTP://GROUPS.YAHOO.COM/group/X, Yahoo Groups"
  })
  void flagsTheClosedPlatforms(String url, String platform) {
    assertThat(TABLE.match(url)).map(ClosedPlatform::name).contains(platform);
  }

  @ParameterizedTest
  @CsvSource({
    "http://www.meetup.com/BangPypers/",
    "http://meetup.com/pythonhug/",
    "https://secure.meetup.com/x/",
    "http://groups.google.com/group/pyham",
    "http://www.yahoo.com/",
    "http://notgroups.yahoo.com.example/",
    "http://google.com/plus",
    "http://www.pykonik.org/"
  })
  void leavesLiveServicesAlone(String url) {
    assertThat(TABLE.match(url)).isEmpty();
  }

  @Test
  void everyRowNamesWhereItsClosingIsDocumented() {
    assertThat(TABLE.platforms()).hasSizeGreaterThanOrEqualTo(9);
    assertThat(TABLE.platforms())
        .allSatisfy(
            p -> {
              assertThat(p.source()).contains("https://");
              assertThat(p.closed()).matches("|\\d{4}|\\d{4}-\\d{2}-\\d{2}");
            });
  }

  @Test
  void aMalformedTableNamesTheLine() {
    assertThatThrownBy(() -> ClosedPlatforms.read("# c\nYahoo\tgroups\\.yahoo\\.com\t2020\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Line 2");
    assertThatThrownBy(() -> ClosedPlatforms.read("X\t(unclosed\t2020\thttps://x\n"))
        .hasMessageContaining("bad pattern");
  }

  /**
   * The seed's links to closed platforms, counted by hand from the page (grep for yahoo, freenode,
   * python.meetup.com/NNN, video.google): 4 Yahoo Groups, 3 freenode webchat, 4 Meetup topic pages,
   * 1 Google Video.
   */
  @Test
  void theSeedsClosedPlatformLinks() {
    Directory d = SeedLinks.directory();
    Map<String, Integer> counts = new TreeMap<>();
    for (Group g : d.groups()) {
      for (Link l : g.links()) {
        if (LinkChecker.checkable(l)) {
          TABLE.match(l.url()).ifPresent(p -> counts.merge(p.name(), 1, Integer::sum));
        }
      }
    }
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Yahoo Groups", 4,
                "Meetup topic sites (python.meetup.com/NNN)", 4,
                "Google Video", 1));
    long freenode =
        d.regions().stream()
            .flatMap(r -> r.resources().stream())
            .filter(
                l ->
                    TABLE
                        .match(l.url())
                        .map(p -> p.name().equals("freenode webchat"))
                        .orElse(false))
            .count();
    assertThat(freenode).isEqualTo(3);
  }
}

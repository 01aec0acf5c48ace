package org.localgroups.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.fetch.Outcome;

class EvidenceTest {
  private static final Instant LISTED = Instant.parse("2013-05-01T10:00:00Z");
  private static final Instant DAY1 = Instant.parse("2026-11-01T10:00:00Z");

  private static Instant day(int n) {
    return DAY1.plus(Duration.ofDays(n - 1));
  }

  /** Folds checks of a group's links, as Observations.histories does. */
  private static Map<String, LinkHistory> fold(Group g, List<LinkCheck> checks) {
    Map<String, LinkHistory> out = new LinkedHashMap<>();
    for (LinkCheck c : checks) {
      out.merge(c.linkIdentity(), LinkHistory.first(c), (old, first) -> old.then(c));
    }
    return out;
  }

  private static LinkCheck check(Group g, int link, Outcome o, Instant at) {
    Link l = g.links().get(link);
    return new LinkCheck(
        0,
        g.id(),
        l.identity(),
        l.url(),
        o,
        0,
        l.url(),
        null,
        5,
        at,
        o == Outcome.PLATFORM_CLOSED ? "Yahoo Groups (closed 2020-12-15)" : "");
  }

  private static Evidence of(Group g, List<LinkCheck> checks, Statement... said) {
    return Evidence.of(g, Optional.of(LISTED), fold(g, checks), List.of(said));
  }

  @Test
  void aGroupNeverCheckedIsListedNotActive() {
    Group g = Groups.group("g1", "http://pykonik.org/");
    Evidence e = of(g, List.of());
    assertThat(e.kind()).isEqualTo(Evidence.Kind.LISTED);
    assertThat(e.explanation()).isEqualTo("Listed since 2013-05-01, not yet checked.");
    assertThat(e.kind().label()).isNotEqualToIgnoringCase("active");
  }

  @Test
  void aGroupWithNothingToCheckSaysSo() {
    Group g = Groups.group("g1", "mailto:a@b.org", "http://meetup.com/");
    assertThat(of(g, List.of()).explanation())
        .isEqualTo("Listed since 2013-05-01; it has no link that can be checked.");
  }

  @Test
  void oneLinkThatAnswersVerifiesTheGroup() {
    Group g = Groups.group("g1", "http://a.org/", "http://b.org/");
    Evidence e =
        of(g, List.of(check(g, 0, Outcome.NOT_FOUND, day(1)), check(g, 1, Outcome.OK, day(2))));
    assertThat(e.kind()).isEqualTo(Evidence.Kind.VERIFIED);
    assertThat(e.day()).isEqualTo("2026-11-02");
    assertThat(e.explanation()).isEqualTo("A link answered on 2026-11-02 (http://b.org/).");
  }

  @Test
  void aMovedLinkIsAliveToo() {
    Group g = Groups.group("g1", "http://a.org/");
    assertThat(of(g, List.of(check(g, 0, Outcome.MOVED_PERMANENTLY, day(1)))).explanation())
        .isEqualTo("A link answered on 2026-11-01 (http://a.org/, moved).");
  }

  @Test
  void linksThatFailSayWhenTheyStartedFailing() {
    Group g = Groups.group("g1", "http://a.org/", "http://b.org/");
    Evidence e =
        of(
            g,
            List.of(
                check(g, 0, Outcome.OK, day(1)),
                check(g, 1, Outcome.TIMEOUT, day(1)),
                check(g, 0, Outcome.NOT_FOUND, day(3)),
                check(g, 1, Outcome.TIMEOUT, day(3))));
    assertThat(e.kind()).isEqualTo(Evidence.Kind.FAILING);
    // a.org failed from day 3, b.org from day 1: all of them fail since day 3
    assertThat(e.explanation())
        .isEqualTo("Its links have failed since 2026-11-03 (not found, timeout).");
  }

  @Test
  void failingForLongEnoughIsPossiblyInactive() {
    Group g = Groups.group("g1", "http://a.org/");
    List<LinkCheck> three =
        List.of(
            check(g, 0, Outcome.DNS_FAILURE, day(1)),
            check(g, 0, Outcome.DNS_FAILURE, day(8)),
            check(g, 0, Outcome.DNS_FAILURE, day(15)));
    Evidence e = of(g, three);
    assertThat(e.kind()).isEqualTo(Evidence.Kind.POSSIBLY_INACTIVE);
    assertThat(e.explanation())
        .isEqualTo(
            "Every link failed its last 3 checks over at least 14 days; failing since"
                + " 2026-11-01.");
    // three failures in less than FAILING_FOR: failing, not yet possibly inactive
    assertThat(of(g, three.subList(0, 2)).kind()).isEqualTo(Evidence.Kind.FAILING);
    List<LinkCheck> quick =
        List.of(
            check(g, 0, Outcome.DNS_FAILURE, day(1)),
            check(g, 0, Outcome.DNS_FAILURE, day(2)),
            check(g, 0, Outcome.DNS_FAILURE, day(14)));
    assertThat(of(g, quick).kind()).isEqualTo(Evidence.Kind.FAILING);
  }

  @Test
  void onlyClosedPlatformsIsPossiblyInactive() {
    Group g = Groups.group("g1", "http://groups.yahoo.com/group/grimpypers/");
    Evidence e = of(g, List.of(check(g, 0, Outcome.PLATFORM_CLOSED, day(1))));
    assertThat(e.kind()).isEqualTo(Evidence.Kind.POSSIBLY_INACTIVE);
    assertThat(e.explanation())
        .isEqualTo("Its only links are to services that closed: Yahoo Groups (closed 2020-12-15).");
  }

  @Test
  void aLinkNotYetCheckedKeepsAGroupFromBeingPossiblyInactive() {
    Group g = Groups.group("g1", "http://groups.yahoo.com/group/x/", "http://b.org/");
    assertThat(of(g, List.of(check(g, 0, Outcome.PLATFORM_CLOSED, day(1)))).kind())
        .isEqualTo(Evidence.Kind.FAILING);
  }

  @Test
  void theNewestConfirmationCountsAsLife() {
    Group g = Groups.group("g1", "http://groups.yahoo.com/group/x/");
    Statement ok =
        new Statement(1, "g1", Statement.Kind.CONFIRMATION, "Ana", "we meet monthly", day(2));
    Evidence e = of(g, List.of(check(g, 0, Outcome.PLATFORM_CLOSED, day(1))), ok);
    assertThat(e.kind()).isEqualTo(Evidence.Kind.CONFIRMED);
    assertThat(e.explanation()).isEqualTo("Confirmed by Ana on 2026-11-02: we meet monthly.");
  }

  @Test
  void aNewerReportOutweighsAnOlderConfirmationAndAnOlderAnswer() {
    Group g = Groups.group("g1", "http://a.org/");
    Statement ok = new Statement(1, "g1", Statement.Kind.CONFIRMATION, "Ana", "", day(1));
    Statement gone =
        new Statement(2, "g1", Statement.Kind.REPORT, "Bo", "the venue closed", day(3));
    Evidence e = of(g, List.of(check(g, 0, Outcome.OK, day(2))), ok, gone);
    assertThat(e.kind()).isEqualTo(Evidence.Kind.REPORTED);
    assertThat(e.explanation())
        .isEqualTo("Reported inactive by Bo on 2026-11-03: the venue closed.");
    // and a link that answers after the report puts it back
    assertThat(
            of(
                    g,
                    List.of(check(g, 0, Outcome.OK, day(2)), check(g, 0, Outcome.OK, day(4))),
                    ok,
                    gone)
                .kind())
        .isEqualTo(Evidence.Kind.VERIFIED);
  }

  @Test
  void theListingsOwnInactiveStatusIsKept() {
    Group g = Groups.group("g1", "g1", GroupStatus.INACTIVE, "http://a.org/");
    assertThat(of(g, List.of(check(g, 0, Outcome.OK, day(1)))).kind())
        .isEqualTo(Evidence.Kind.INACTIVE);
    Group d = Groups.group("g2", "g2", GroupStatus.DEFUNCT, "http://a.org/");
    assertThat(of(d, List.of()).kind()).isEqualTo(Evidence.Kind.DEFUNCT);
  }

  @Test
  void checksOfLinksTheGroupNoLongerHasAreIgnored() {
    Group before = Groups.group("g1", "http://old.org/");
    Group now = Groups.group("g1", "http://new.org/");
    assertThat(of(now, List.of(check(before, 0, Outcome.OK, day(1)))).kind())
        .isEqualTo(Evidence.Kind.LISTED);
  }
}

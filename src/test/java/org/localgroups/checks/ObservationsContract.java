package org.localgroups.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.fetch.FetchResult;
import org.localgroups.fetch.LinkProbe;
import org.localgroups.fetch.Outcome;
import org.localgroups.store.DirectoryStore;

/**
 * Link checks and statements kept in the store's database, and the checker writing them: the same
 * tests on SQLite and PostgreSQL (each subclass gives its store).
 */
abstract class ObservationsContract {
  static final Instant AT = Instant.parse("2026-12-07T12:00:00.123456Z");

  /** A new, empty store. */
  protected abstract DirectoryStore openStore() throws Exception;

  /** Drops what openStore made. */
  protected abstract void dropStore() throws Exception;

  DirectoryStore store;
  Observations observations;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
    observations = new Observations(store.database());
  }

  @AfterEach
  void close() throws Exception {
    store.close();
    dropStore();
  }

  private static LinkCheck check(String group, String identity, Outcome o, Instant at) {
    return new LinkCheck(
        0,
        group,
        identity,
        "http://" + identity + "/",
        o,
        404,
        "http://" + identity + "/x",
        o == Outcome.MOVED_PERMANENTLY ? "https://" + identity + "/" : null,
        12,
        at,
        "why");
  }

  @Test
  void keepsEveryCheckOfALinkNewestFirst() {
    LinkCheck first = observations.record(check("g1", "a.org", Outcome.OK, AT));
    LinkCheck second =
        observations.record(check("g1", "a.org", Outcome.MOVED_PERMANENTLY, AT.plusSeconds(60)));
    observations.record(check("g2", "a.org", Outcome.NOT_FOUND, AT));
    assertThat(second.id()).isGreaterThan(first.id());
    List<LinkCheck> history = observations.history("g1", "a.org");
    assertThat(history).containsExactly(second, first);
    assertThat(history.getFirst().checkedAt()).isEqualTo(AT.plusSeconds(60));
    assertThat(history.getFirst().suggestedUrl()).isEqualTo("https://a.org/");
    assertThat(history.getLast().suggestedUrl()).isNull();
    assertThat(history.getLast().statusCode()).isEqualTo(404);
    assertThat(history.getLast().finalUrl()).isEqualTo("http://a.org/x");
    assertThat(history.getLast().millis()).isEqualTo(12);
    assertThat(history.getLast().detail()).isEqualTo("why");
  }

  @Test
  void foldsEachLinksHistory() {
    observations.record(check("g1", "a.org", Outcome.OK, AT));
    observations.record(check("g1", "a.org", Outcome.TIMEOUT, AT.plusSeconds(10)));
    observations.record(check("g1", "a.org", Outcome.TIMEOUT, AT.plusSeconds(20)));
    observations.record(check("g1", "b.org", Outcome.OK, AT));
    Map<String, Map<String, LinkHistory>> all = observations.histories();
    LinkHistory a = all.get("g1").get("a.org");
    assertThat(a.checks()).isEqualTo(3);
    assertThat(a.lastAlive()).contains(AT);
    assertThat(a.failingSince()).contains(AT.plusSeconds(10));
    assertThat(all.get("g1").get("b.org").alive()).isTrue();
  }

  @Test
  void keepsWhatPeopleSay() {
    long before = observations.version();
    observations.say(new Statement(0, "g1", Statement.Kind.CONFIRMATION, "Ana", "", AT));
    observations.say(
        new Statement(0, "g1", Statement.Kind.REPORT, "Bo", "gone", AT.plusSeconds(1)));
    assertThat(observations.version()).isGreaterThan(before);
    List<Statement> said = observations.statements().get("g1");
    assertThat(said).extracting(Statement::by).containsExactly("Ana", "Bo");
    assertThat(said.get(1).at()).isEqualTo(AT.plusSeconds(1));
    assertThat(said.get(1).kind()).isEqualTo(Statement.Kind.REPORT);
  }

  @Test
  void checksEveryCheckableLinkOnceAndKeepsEachResult() {
    Group a = Groups.group("g1", "http://a.org/", "mailto:x@a.org", "http://meetup.com/");
    Group b =
        Groups.group(
            "g2", "http://groups.yahoo.com/group/b/", "http://a.org/", "irc://irc.libera.chat/b");
    Group c = Groups.group("g3", "http://slow.org/", "http://moved.org/");
    Directory d = new Directory("t", List.of(), List.of(), List.of(a, b, c));
    Map<String, AtomicInteger> fetched = new ConcurrentHashMap<>();
    AtomicInteger atOnce = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    LinkProbe probe =
        url -> {
          fetched.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
          most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          atOnce.decrementAndGet();
          return url.contains("moved")
              ? new FetchResult(
                  url,
                  Outcome.MOVED_PERMANENTLY,
                  301,
                  "https://moved.org/",
                  "https://moved.org/",
                  7,
                  "")
              : new FetchResult(url, Outcome.OK, 200, url, null, 3, "");
        };
    List<String> progress = new ArrayList<>();
    var checker =
        new LinkChecker(
            ClosedPlatforms.bundled(), probe, observations, Clock.fixed(AT, ZoneOffset.UTC));
    List<LinkChecker.Checked> done =
        checker.run(d, Optional.empty(), 2, (n, total, last) -> progress.add(n + "/" + total));

    // mailto, irc and the bare root of meetup.com are not checked; the closed platform is not
    // fetched; a.org, listed by two groups, is fetched once
    assertThat(fetched.keySet())
        .containsExactlyInAnyOrder("http://a.org/", "http://slow.org/", "http://moved.org/");
    assertThat(fetched.values()).allMatch(n -> n.get() == 1);
    assertThat(most.get()).isLessThanOrEqualTo(2);
    assertThat(done)
        .extracting(x -> x.group().id() + " " + x.link().url() + " " + x.check().outcome())
        .containsExactly(
            "g1 http://a.org/ OK",
            "g2 http://groups.yahoo.com/group/b/ PLATFORM_CLOSED",
            "g2 http://a.org/ OK",
            "g3 http://slow.org/ OK",
            "g3 http://moved.org/ MOVED_PERMANENTLY");
    assertThat(progress).hasSize(5).last().isEqualTo("5/5");
    LinkCheck yahoo = observations.history("g2", "groups.yahoo.com/group/b").getFirst();
    assertThat(yahoo.detail()).isEqualTo("Yahoo Groups (closed 2020-12-15)");
    assertThat(yahoo.checkedAt()).isEqualTo(AT);
    assertThat(observations.history("g3", "moved.org").getFirst().suggestedUrl())
        .isEqualTo("https://moved.org/");
  }

  @Test
  void refusesBadRunsBeforeCheckingAnything() {
    Directory d =
        new Directory("t", List.of(), List.of(), List.of(Groups.group("g1", "http://a.org/")));
    LinkProbe never =
        url -> {
          throw new AssertionError("fetched " + url);
        };
    var checker =
        new LinkChecker(
            ClosedPlatforms.bundled(), never, observations, Clock.fixed(AT, ZoneOffset.UTC));
    assertThatThrownBy(() -> checker.run(d, Optional.empty(), 0, LinkChecker.Progress.none()))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("from 1 to 64");
    assertThatThrownBy(() -> checker.run(d, Optional.of("nope"), 4, LinkChecker.Progress.none()))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("No group 'nope'");
    assertThat(observations.histories()).isEmpty();
  }
}

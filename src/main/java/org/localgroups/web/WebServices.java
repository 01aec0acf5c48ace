package org.localgroups.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.localgroups.checks.Evidence;
import org.localgroups.checks.EvidenceBook;
import org.localgroups.checks.Observations;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.geo.Gazetteer;
import org.localgroups.meetings.Meetings;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.LiveDirectory;
import org.localgroups.store.DirectoryStore;

/**
 * What the web layer needs from the rest of localgroups. Everything is read-only from here.
 *
 * @param live the directory being served and its search structures, current at each request
 * @param gazetteer places, for suggestions as you type and for country names
 * @param meetings when groups meet (rules, zones, next meetings), "now" from its clock
 * @param store the store with the directory's history (revisions, old slugs, removed groups); null
 *     when the directory served keeps none (a fixed directory in tests): then the history pages are
 *     not there
 */
public record WebServices(
    LiveDirectory live,
    Gazetteer gazetteer,
    Meetings meetings,
    @Nullable DirectoryStore store,
    @Nullable EvidenceBook evidenceBook) {

  /** Services over a store (or none); the groups' evidence is read from its observations. */
  public WebServices(
      LiveDirectory live, Gazetteer gazetteer, Meetings meetings, @Nullable DirectoryStore store) {
    this(
        live,
        gazetteer,
        meetings,
        store,
        store == null ? null : new EvidenceBook(store, new Observations(store.database())));
  }

  /** Services whose "now" is the system clock. */
  public WebServices(LiveDirectory live, Gazetteer gazetteer) {
    this(live, gazetteer, Clock.systemUTC());
  }

  /** Services whose "now" comes from this clock (tests fix it). */
  public WebServices(LiveDirectory live, Gazetteer gazetteer, Clock clock) {
    this(live, gazetteer, Meetings.english(gazetteer, clock), null);
  }

  /** Services over a store that keeps history: its pages, feeds and old addresses are served. */
  public WebServices(LiveDirectory live, Gazetteer gazetteer, Clock clock, DirectoryStore store) {
    this(live, gazetteer, Meetings.english(gazetteer, clock), store);
  }

  /** The directory of this request with its index; ask once per request and use it throughout. */
  public DirectoryView view() {
    return live.current();
  }

  /**
   * Each group's evidence of life in this directory; without a store (a fixed directory), each
   * group is listed and not yet checked.
   */
  public Function<Group, Evidence> evidence(Directory d) {
    if (evidenceBook == null) {
      return g -> Evidence.of(g, Optional.empty(), Map.of(), List.of());
    }
    // one snapshot per call, each group derived when asked: a page costs its own groups only
    return evidenceBook.reader(d);
  }

  /** A number that changes whenever an observation is kept (0 without a store). */
  public long observedVersion() {
    return evidenceBook == null ? 0 : evidenceBook.observations().version();
  }

  /** The store with the directory's history, when this server has one. */
  public Optional<DirectoryStore> history() {
    return Optional.ofNullable(store);
  }
}

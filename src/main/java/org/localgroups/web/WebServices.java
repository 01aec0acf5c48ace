package org.localgroups.web;

import java.time.Clock;
import org.localgroups.geo.Gazetteer;
import org.localgroups.meetings.Meetings;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.LiveDirectory;

/**
 * What the web layer needs from the rest of localgroups. Everything is read-only from here.
 *
 * @param live the directory being served and its search structures, current at each request
 * @param gazetteer places, for suggestions as you type and for country names
 * @param meetings when groups meet (rules, zones, next meetings), "now" from its clock
 */
public record WebServices(LiveDirectory live, Gazetteer gazetteer, Meetings meetings) {

  /** Services whose "now" is the system clock. */
  public WebServices(LiveDirectory live, Gazetteer gazetteer) {
    this(live, gazetteer, Clock.systemUTC());
  }

  /** Services whose "now" comes from this clock (tests fix it). */
  public WebServices(LiveDirectory live, Gazetteer gazetteer, Clock clock) {
    this(live, gazetteer, Meetings.english(gazetteer, clock));
  }

  /** The directory of this request with its index; ask once per request and use it throughout. */
  public DirectoryView view() {
    return live.current();
  }
}

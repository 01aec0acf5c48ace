package org.localgroups.web;

import org.localgroups.geo.Gazetteer;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.LiveDirectory;

/**
 * What the web layer needs from the rest of localgroups. Everything is read-only from here.
 *
 * @param live the directory being served and its search structures, current at each request
 * @param gazetteer places, for suggestions as you type and for country names
 */
public record WebServices(LiveDirectory live, Gazetteer gazetteer) {

  /** The directory of this request with its index; ask once per request and use it throughout. */
  public DirectoryView view() {
    return live.current();
  }
}

package org.localgroups.web.pages;

/**
 * The two ways to a calendar feed: the file, and a webcal: address that calendar programs subscribe
 * to.
 *
 * @param href the feed's path ("/groups/pymntos.ics")
 * @param webcal the same feed as webcal://host/path
 */
public record CalendarLinks(String href, String webcal) {
  /** No feed (pages built without a request, in tests). */
  public static final CalendarLinks NONE = new CalendarLinks("", "");

  public boolean present() {
    return !href.isEmpty();
  }
}

package org.localgroups.web.pages;

import java.util.List;

/**
 * When a group meets, as its page shows it.
 *
 * @param kind "full", "partial" or "none" for the rule read; "" when the listing says nothing
 * @param reading what the rule was read as ("monthly on the 2nd Thursday"), "" when none
 * @param next the next meeting and where it was read from ("Thursday 10 December 2026, 18:00 local
 *     time — from 'meets the 2nd Thursday of the month'"), "" when none is known
 * @param later the meetings after it ("Thursday 14 January 2027, 18:00 local time")
 * @param zoneNote why its times have no zone ("Time zone not known: ..."), "" when they have one
 * @param calendar its calendar feed
 * @param editHref the form that sets the organisers' meeting rules, "" when editing is off
 */
public record MeetingBlock(
    String kind,
    String reading,
    String next,
    List<String> later,
    String zoneNote,
    CalendarLinks calendar,
    String editHref) {
  public static final MeetingBlock NONE =
      new MeetingBlock("", "", "", List.of(), "", CalendarLinks.NONE, "");

  public MeetingBlock {
    later = List.copyOf(later);
  }
}

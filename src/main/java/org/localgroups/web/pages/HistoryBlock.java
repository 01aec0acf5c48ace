package org.localgroups.web.pages;

import java.util.List;

/**
 * What a group page says of the group's past: when it last changed, by whom, a link to its history
 * and a short timeline.
 *
 * @param lastChanged the day of its newest revision ("7 December 2026"), "" when not known
 * @param lastChangedIso the same instant, ISO 8601 in UTC
 * @param lastChangedBy the author of its newest revision
 * @param historyHref its history page, "" when this server keeps no history
 * @param timeline first listed, renames, moves, removals and restorations, oldest first
 */
public record HistoryBlock(
    String lastChanged,
    String lastChangedIso,
    String lastChangedBy,
    String historyHref,
    List<TimelineEntry> timeline) {
  /** No history (a directory that keeps none). */
  public static final HistoryBlock NONE = new HistoryBlock("", "", "", "", List.of());

  public HistoryBlock {
    timeline = List.copyOf(timeline);
  }

  public boolean present() {
    return !historyHref.isEmpty();
  }

  /**
   * One line of the timeline.
   *
   * @param date the day ("7 December 2026")
   * @param dateIso the same instant, ISO 8601 in UTC
   * @param what what happened ("First listed", "Renamed: PyWaw → Warsaw Python")
   * @param by who
   */
  public record TimelineEntry(String date, String dateIso, String what, String by) {}
}

package org.localgroups.meetings;

import java.util.List;

/**
 * What one calendar feed holds.
 *
 * @param name the calendar's name ("Meetings of PyMNtos", "Meetings near Kraków")
 * @param url the page the feed belongs to (absolute)
 * @param groupPages the absolute address a group's slug is appended to for its page
 *     ("https://example.org/groups/")
 * @param groups the groups, each with its rule and zone
 */
public record Feed(String name, String url, String groupPages, List<GroupMeetings> groups) {
  public Feed {
    groups = List.copyOf(groups);
  }
}

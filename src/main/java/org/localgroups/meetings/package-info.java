/**
 * When groups meet: meeting phrases read into rules ({@link
 * org.localgroups.meetings.MeetingPhrases} to {@link org.localgroups.meetings.MeetingRule}), each
 * group's local time zone ({@link org.localgroups.meetings.GroupZones}), the next meetings ({@link
 * org.localgroups.meetings.NextMeetings}) and iCalendar feeds ({@link
 * org.localgroups.meetings.CalendarFeeds}). Uses the model and the gazetteer; knows no HTTP.
 */
@NullMarked
package org.localgroups.meetings;

import org.jspecify.annotations.NullMarked;

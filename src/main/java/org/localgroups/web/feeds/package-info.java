/**
 * The feeds: iCalendar feeds of groups, regions and searches ({@code .ics}), and the Atom feed of
 * Recent Changes ({@code /changes.atom}).
 */
@NullMarked
package org.localgroups.web.feeds;

import org.jspecify.annotations.NullMarked;

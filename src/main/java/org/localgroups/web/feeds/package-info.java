/** The iCalendar feeds of groups, regions and searches: {@code .ics} routes. */
@NullMarked
package org.localgroups.web.feeds;

import org.jspecify.annotations.NullMarked;

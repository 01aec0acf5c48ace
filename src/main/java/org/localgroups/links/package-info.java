/**
 * What a link is, beyond its text: URL identity after normalisation (scheme, "www.", trailing
 * slash, case, tracking parameters, and the many forms of Google Groups, Meetup, Facebook and
 * LinkedIn URLs), and duplicates of groups found from shared links and close names in the same
 * area.
 */
@NullMarked
package org.localgroups.links;

import org.jspecify.annotations.NullMarked;

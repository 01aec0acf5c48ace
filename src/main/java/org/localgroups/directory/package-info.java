/**
 * The directory model: regions, groups, links, placements and import reports. Pure data and rules.
 */
@NullMarked
package org.localgroups.directory;

import org.jspecify.annotations.NullMarked;

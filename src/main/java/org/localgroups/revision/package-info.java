/**
 * The model of change: each entity's state, revisions and change sets, the field-by-field diff, and
 * the three-way merge that turns an imported page into a change set. Pure: no storage, no clock, no
 * randomness except through {@link org.localgroups.revision.Ids}. See docs/living-directory.md.
 */
@NullMarked
package org.localgroups.revision;

import org.jspecify.annotations.NullMarked;

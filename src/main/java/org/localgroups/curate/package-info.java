/**
 * The one place that changes the directory: an imported page merged as one change set, a page's
 * past replayed, a person's edit, a revert. Reads pages, merges with the revision model, applies
 * through the store. See docs/living-directory.md.
 */
@NullMarked
package org.localgroups.curate;

import org.jspecify.annotations.NullMarked;

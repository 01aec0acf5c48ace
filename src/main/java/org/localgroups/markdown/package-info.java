/**
 * The Markdown front end: CommonMark, GFM and MyST list pages read into the outline with
 * commonmark-java.
 */
@NullMarked
package org.localgroups.markdown;

import org.jspecify.annotations.NullMarked;

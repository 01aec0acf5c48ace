/**
 * Evidence of life: link checks (observations kept per link, not revisions), the table of closed
 * platforms flagged without fetching, and each group's status derived and explained from them.
 */
@NullMarked
package org.localgroups.checks;

import org.jspecify.annotations.NullMarked;

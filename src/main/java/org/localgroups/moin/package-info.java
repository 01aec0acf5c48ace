/**
 * The MoinMoin front end: MoinMoin 1.9 markup parsed into a syntax tree with source spans, then
 * into the outline, with diagnostics where what was meant and what MoinMoin does differ.
 */
@NullMarked
package org.localgroups.moin;

import org.jspecify.annotations.NullMarked;

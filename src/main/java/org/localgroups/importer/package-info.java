/**
 * Reads a page's outline into a directory and a report that accounts for every line: headings into
 * the region tree, entries (each read once into an {@code EntryLine}) into groups, then places the
 * groups. Pure: the same outline gives the same directory, without ids (those are given when it is
 * stored).
 */
@NullMarked
package org.localgroups.importer;

import org.jspecify.annotations.NullMarked;

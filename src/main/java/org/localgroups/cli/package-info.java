/**
 * The {@code localgroups} command line (picocli): import, export, geocode, groups and serve; wires
 * the parts.
 */
@NullMarked
package org.localgroups.cli;

import org.jspecify.annotations.NullMarked;

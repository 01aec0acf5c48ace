/**
 * Writers of the directory: MoinMoin and Markdown pages, JSON (and its reader), CSV and GeoJSON.
 */
@NullMarked
package org.localgroups.export;

import org.jspecify.annotations.NullMarked;

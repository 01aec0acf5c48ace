/**
 * All HTTP error mapping in one place: problem+json under /api, an HTML page elsewhere, Jetty's own
 * refusals.
 */
@NullMarked
package org.localgroups.web.errors;

import org.jspecify.annotations.NullMarked;

/**
 * Wires the web site: routes of pages, API and errors, static files, security headers; the one
 * Javalin factory.
 */
@NullMarked
package org.localgroups.web.server;

import org.jspecify.annotations.NullMarked;

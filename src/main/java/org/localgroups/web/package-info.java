/**
 * The web site's shared vocabulary: configuration, request parameters, how links and places are
 * shown, JSON and templates. Its subpackages (pages, api, errors) use it; {@code web.server} wires
 * them.
 */
@NullMarked
package org.localgroups.web;

import org.jspecify.annotations.NullMarked;

/** The JSON API under /api (OpenAPI document in resources/web/openapi.json), plus /health. */
@NullMarked
package org.localgroups.web.api;

import org.jspecify.annotations.NullMarked;

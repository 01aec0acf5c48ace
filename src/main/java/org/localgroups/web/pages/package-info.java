/**
 * The HTML pages a visitor sees (jte templates, page records, server-side rendering; they work
 * without JavaScript).
 */
@NullMarked
package org.localgroups.web.pages;

import org.jspecify.annotations.NullMarked;

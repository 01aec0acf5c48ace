package org.localgroups.web.pages;

import org.localgroups.web.Layout;

/**
 * A page with fixed text (start a group, about).
 *
 * @param layout the frame
 */
public record StaticPage(Layout layout) {}

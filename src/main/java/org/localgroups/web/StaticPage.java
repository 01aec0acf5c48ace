package org.localgroups.web;

/**
 * A page with fixed text (start a group, about).
 *
 * @param layout the frame
 */
public record StaticPage(Layout layout) {}

package org.localgroups.web;

/**
 * A link in a breadcrumb or a list of regions.
 *
 * @param label what to show
 * @param href where it goes (a path on this site)
 */
public record Crumb(String label, String href) {}

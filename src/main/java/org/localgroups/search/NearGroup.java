package org.localgroups.search;

/** A group and its great-circle distance from the point asked about. */
public record NearGroup(String groupSlug, double distanceKm) {}

package org.localgroups.web.pages;

/**
 * A group found near a place.
 *
 * @param group the group
 * @param distanceText its distance for people ("12 km")
 * @param inPlace whether it is placed in the place searched for itself
 */
public record NearCard(GroupCard group, String distanceText, boolean inPlace) {}

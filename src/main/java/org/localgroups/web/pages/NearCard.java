package org.localgroups.web.pages;

/**
 * A group found near a place.
 *
 * @param group the group
 * @param distanceText its distance for people ("12 km")
 * @param inPlace whether it is placed in the place searched for itself
 * @param next its next meeting ("Next: Thu 8 Jan 2026, 18:00 local time"), "" when not known
 */
public record NearCard(GroupCard group, String distanceText, boolean inPlace, String next) {}

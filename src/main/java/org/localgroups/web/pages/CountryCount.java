package org.localgroups.web.pages;

/**
 * How many groups of a country are on the map (the map page's list for a large directory).
 *
 * @param country the country's name
 * @param groups how many of its groups are on the map
 * @param href the page of the groups near it
 */
public record CountryCount(String country, int groups, String href) {}

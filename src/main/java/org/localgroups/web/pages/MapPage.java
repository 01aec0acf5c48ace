package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;

/**
 * The world map; without JavaScript, the groups by country, or for a large directory the countries
 * with how many groups each (one of the two lists is empty).
 *
 * @param layout the frame
 * @param byCountry the groups by country, countries by name
 * @param countries the countries by name with their counts, when the groups are too many to list
 * @param notOnMap with {@code countries}: the groups with no point or no country, not counted there
 */
public record MapPage(
    Layout layout, List<CountryGroups> byCountry, List<CountryCount> countries, int notOnMap) {
  /** The most groups the page lists one by one: past this, countries and counts. */
  public static final int MAX_LISTED = 1000;

  public MapPage {
    byCountry = List.copyOf(byCountry);
    countries = List.copyOf(countries);
  }
}

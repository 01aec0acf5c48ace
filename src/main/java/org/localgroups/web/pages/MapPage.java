package org.localgroups.web.pages;

import org.localgroups.web.Layout;

import java.util.List;

/**
 * The world map; without JavaScript, the groups by country.
 *
 * @param layout    the frame
 * @param byCountry the groups by country, countries by name
 */
public record MapPage(Layout layout, List<CountryGroups> byCountry) {
  public MapPage {
    byCountry = List.copyOf(byCountry);
  }
}

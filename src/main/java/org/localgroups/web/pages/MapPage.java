package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;

/**
 * The world map; without JavaScript, the groups by country.
 *
 * @param layout the frame
 * @param byCountry the groups by country, countries by name
 */
public record MapPage(Layout layout, List<CountryGroups> byCountry) {
  public MapPage {
    byCountry = List.copyOf(byCountry);
  }
}

package org.localgroups.web.pages;

import java.util.List;

/**
 * The groups placed in one country (the map page's list without JavaScript).
 *
 * @param country the country's name ("Not placed yet" for unplaced groups)
 * @param groups its groups by name
 */
public record CountryGroups(String country, List<GroupCard> groups) {
  public CountryGroups {
    groups = List.copyOf(groups);
  }
}

package org.localgroups.web.pages;

import java.util.Locale;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;
import org.localgroups.web.Presentation;

/**
 * What each page says about itself in a sentence or two: the meta description search engines show
 * and the og:description of a shared link. Pure; tested in DescriptionsTest.
 */
final class Descriptions {
  private Descriptions() {}

  /**
   * "Pykonik, a Python user group in Kraków, Poland. Meets the 2nd Thursday of the month. Join:
   * https://pykonik.org/"
   */
  static String group(Group g, String countryName) {
    StringBuilder s = new StringBuilder(g.name().strip()).append(", ");
    s.append(
        switch (g.status()) {
          case ACTIVE -> "a Python user group";
          case STARTING -> "a Python user group being started";
          case INACTIVE -> "an inactive Python user group";
          case DEFUNCT -> "a former Python user group";
        });
    String where = where(g.placement(), countryName);
    if (!where.isEmpty()) {
      s.append(" in ").append(where);
    }
    s.append('.');
    String meeting = g.meeting().strip();
    if (!meeting.isEmpty()) {
      s.append(' ').append(sentence(meeting));
    }
    g.mainLink()
        .map(Presentation::href)
        .filter(h -> h.startsWith("https://") || h.startsWith("http://"))
        .ifPresent(
            h -> s.append(g.status() == GroupStatus.DEFUNCT ? " Was at: " : " Join: ").append(h));
    return s.toString();
  }

  /** "Kraków, Poland"; "Texas, United States"; "Poland"; "" when not placed. */
  static String where(Placement p, String countryName) {
    String country = countryName.isEmpty() ? p.countryCode() : countryName;
    return switch (p.precision()) {
      case CITY, STATE -> join(p.name(), country);
      case COUNTRY -> p.name().isEmpty() ? country : p.name();
      case CONTINENT -> p.name();
      case UNPLACED -> "";
    };
  }

  /** "12 Python user groups in Poland, with where and when they meet and how to join." */
  static String region(String name, int groups) {
    return count(groups)
        + " in "
        + name
        + ", with where and when they meet and how to join. Or search for the group nearest you.";
  }

  static String home(int groups, int countries) {
    return "Find your local Python user group: search by city or place among "
        + count(groups)
        + " in "
        + countries
        + (countries == 1 ? " country" : " countries")
        + ", or browse them on a map and by region.";
  }

  static String regions(int groups, int regions) {
    return "All "
        + count(groups)
        + " of the directory by continent, country and state ("
        + regions
        + " regions), each with its links and meetings.";
  }

  static String map(int groups) {
    return "A world map of " + count(groups) + ", with the same groups listed by country below it.";
  }

  static String near(String understood, int shown, String radius) {
    return count(shown)
        + " near "
        + understood
        + " (within "
        + radius
        + " or the nearest), nearest first, with when they meet next.";
  }

  static String about() {
    return "What localgroups is: a directory of Python user groups taken from the python.org wiki"
        + " page LocalUserGroups, with a map and a search for the group nearest you; where its data"
        + " comes from, and its API and exports.";
  }

  static String start() {
    return "No Python user group near you? How to start one: find co-organisers, pick a place and a"
        + " regular date, and list the group here.";
  }

  private static String count(int groups) {
    return groups + (groups == 1 ? " Python user group" : " Python user groups");
  }

  private static String sentence(String s) {
    String first = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    return first.endsWith(".") || first.endsWith("!") || first.endsWith("?") ? first : first + ".";
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() || a.equals(b) ? a : a + ", " + b;
  }
}

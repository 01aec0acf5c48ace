package org.localgroups.geo;

/**
 * What is already known about where the text is from, to break ties ("Springfield" under Missouri).
 *
 * @param countryCode ISO alpha-2 or ""
 * @param admin1Code GeoNames admin1 code within that country or ""
 */
public record LookupContext(String countryCode, String admin1Code) {
  public static final LookupContext NONE = new LookupContext("", "");

  public static LookupContext country(String countryCode) {
    return new LookupContext(countryCode, "");
  }
}

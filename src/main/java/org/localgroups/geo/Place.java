package org.localgroups.geo;

/**
 * A gazetteer entry.
 *
 * @param geonameId GeoNames id
 * @param name preferred name in Latin script (GeoNames' "name", e.g. "Kraków")
 * @param kind city, first-level division or country
 * @param countryCode ISO 3166-1 alpha-2
 * @param countryName English country name
 * @param admin1Code GeoNames admin1 code ("CA" for California, "72" for Małopolskie), "" for
 *     countries
 * @param admin1Name English name of the first-level division, "" for countries
 * @param latitude WGS84 degrees
 * @param longitude WGS84 degrees
 * @param population GeoNames population (0 when unknown)
 * @param timezone IANA time zone id ("Europe/Warsaw"), "" when unknown
 */
public record Place(
    long geonameId,
    String name,
    Kind kind,
    String countryCode,
    String countryName,
    String admin1Code,
    String admin1Name,
    double latitude,
    double longitude,
    long population,
    String timezone) {

  public enum Kind {
    CITY,
    ADMIN1,
    COUNTRY
  }

  /**
   * Whether the other place lies in this one: itself, a place of this country, or a place of this
   * first-level division.
   */
  public boolean contains(Place other) {
    return switch (kind) {
      case CITY -> geonameId == other.geonameId;
      case COUNTRY -> countryCode.equals(other.countryCode);
      case ADMIN1 -> countryCode.equals(other.countryCode) && admin1Code.equals(other.admin1Code);
    };
  }

  /** "Kraków, Lesser Poland, Poland" style label for people. */
  public String label() {
    StringBuilder sb = new StringBuilder(name);
    if (kind == Kind.CITY && !admin1Name.isEmpty() && !admin1Name.equals(name)) {
      sb.append(", ").append(admin1Name);
    }
    if (kind != Kind.COUNTRY && !countryName.isEmpty()) {
      sb.append(", ").append(countryName);
    }
    return sb.toString();
  }
}

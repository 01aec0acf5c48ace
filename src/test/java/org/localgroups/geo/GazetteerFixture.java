package org.localgroups.geo;

/** The bundled gazetteer, loaded once for all tests of this package (it is immutable). */
final class GazetteerFixture {
  private static final GeoNamesGazetteer BUNDLED = GeoNamesGazetteer.bundled();

  private GazetteerFixture() {}

  static GeoNamesGazetteer bundled() {
    return BUNDLED;
  }

  static LookupContext context(String spec) {
    if (spec == null || spec.isBlank()) {
      return LookupContext.NONE;
    }
    String[] parts = spec.split("/");
    return new LookupContext(parts[0], parts.length > 1 ? parts[1] : "");
  }

  static String describe(java.util.List<PlaceMatch> matches) {
    StringBuilder sb = new StringBuilder();
    matches.stream()
        .limit(5)
        .forEach(
            m ->
                sb.append(
                    String.format(
                        "%n  %.3f %s [%s %s/%s] '%s' %s",
                        m.score(),
                        m.place().label(),
                        m.place().kind(),
                        m.place().countryCode(),
                        m.place().admin1Code(),
                        m.matched(),
                        m.why())));
    return sb.toString();
  }
}

package org.localgroups.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Placement.Precision;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.Place;

/** Zones from the bundled GeoNames data. */
class GroupZonesTest {
  private static final GeoNamesGazetteer GAZETTEER = GeoNamesGazetteer.bundled();
  private static final GroupZones ZONES =
      new GroupZones(GAZETTEER, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  private static Placement at(Place p, Precision precision) {
    return new Placement(
        precision,
        p.name(),
        p.countryCode(),
        p.admin1Name(),
        p.latitude(),
        p.longitude(),
        p.geonameId(),
        1,
        "test");
  }

  private static Place country(String code) {
    return GAZETTEER.country(code).orElseThrow();
  }

  @Test
  void aCityHasItsGeoNamesZone() {
    Place krakow = GAZETTEER.lookup("Kraków").getFirst().place();
    assertThat(ZONES.of(at(krakow, Precision.CITY)))
        .isEqualTo(new LocalZone.Known(ZoneId.of("Europe/Warsaw")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // countries whose places keep one clock (Germany: Europe/Berlin and Europe/Busingen agree)
    "PL, Europe/Warsaw",
    "DE, Europe/Berlin",
    "IN, Asia/Kolkata",
    "JP, Asia/Tokyo"
  })
  void aCountryWithOneClockHasItsZone(String code, String zone) {
    assertThat(ZONES.of(at(country(code), Precision.COUNTRY)))
        .isEqualTo(new LocalZone.Known(ZoneId.of(zone)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"US", "BR", "AU", "RU", "ES"})
  void aCountryWithSeveralZonesHasNone(String code) {
    assertThat(ZONES.of(at(country(code), Precision.COUNTRY)))
        .isInstanceOfSatisfying(
            LocalZone.Unknown.class,
            u -> assertThat(u.why()).contains("several time zones").contains(country(code).name()));
  }

  @Test
  void aStateWithOneClockHasItsZoneAndOneWithTwoHasNone() {
    Place minnesota = GAZETTEER.admin1("US", "Minnesota").orElseThrow();
    assertThat(ZONES.of(at(minnesota, Precision.STATE)))
        .isEqualTo(new LocalZone.Known(ZoneId.of("America/Chicago")));
    // El Paso keeps Mountain time
    Place texas = GAZETTEER.admin1("US", "Texas").orElseThrow();
    assertThat(ZONES.of(at(texas, Precision.STATE))).isInstanceOf(LocalZone.Unknown.class);
  }

  @Test
  void anUnplacedGroupHasNone() {
    assertThat(ZONES.of(Placement.unplaced("nothing"))).isInstanceOf(LocalZone.Unknown.class);
  }

  @Test
  void zonesAgreeWhenTheyKeepTheSameClock() {
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    Instant to = from.plus(GroupZones.AGREEMENT_SPAN);
    assertThat(
            ZoneAgreement.agree(ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/Busingen"), from, to))
        .isTrue();
    assertThat(
            ZoneAgreement.agree(ZoneId.of("Europe/Madrid"), ZoneId.of("Atlantic/Canary"), from, to))
        .isFalse();
    // the same standard offset, but only one changes its clocks
    assertThat(
            ZoneAgreement.agree(
                ZoneId.of("America/Denver"), ZoneId.of("America/Phoenix"), from, to))
        .isFalse();
  }
}

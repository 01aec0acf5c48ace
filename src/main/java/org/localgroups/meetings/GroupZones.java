package org.localgroups.meetings;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.localgroups.directory.Placement;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.Place;

/**
 * Each group's local time zone, from its place: a city's GeoNames zone; a state's or country's when
 * every place in it keeps the same clock, else none (a group placed only in the United States has
 * no local time we could tell). Thread-safe; a region's answer is kept once worked out.
 */
public final class GroupZones {
  /** How far ahead two zones must agree to count as one local time. */
  static final Duration AGREEMENT_SPAN = Duration.ofDays(2 * 366);

  private static final int ZONES_NAMED = 4;

  private final Gazetteer gazetteer;
  private final Clock clock;
  private final Map<Long, LocalZone> regions = new ConcurrentHashMap<>();

  public GroupZones(Gazetteer gazetteer, Clock clock) {
    this.gazetteer = gazetteer;
    this.clock = clock;
  }

  /** The local zone of a group placed so. */
  public LocalZone of(Placement p) {
    return switch (p.precision()) {
      case CITY ->
          gazetteer
              .byId(p.geonameId())
              .map(this::cityZone)
              .orElseGet(() -> new LocalZone.Unknown("its city is not in the gazetteer"));
      case STATE, COUNTRY ->
          region(p)
              .map(place -> regions.computeIfAbsent(place.geonameId(), id -> regionZone(place)))
              .orElseGet(() -> new LocalZone.Unknown("its region is not in the gazetteer"));
      case CONTINENT, UNPLACED -> new LocalZone.Unknown("it is not placed in a country");
    };
  }

  private Optional<Place> region(Placement p) {
    Optional<Place> byId = p.geonameId() == 0 ? Optional.empty() : gazetteer.byId(p.geonameId());
    if (byId.isPresent() || p.precision() != Placement.Precision.COUNTRY) {
      return byId;
    }
    return gazetteer.country(p.countryCode());
  }

  private LocalZone cityZone(Place city) {
    return zone(city.timezone())
        .<LocalZone>map(LocalZone.Known::new)
        .orElseGet(
            () -> new LocalZone.Unknown("the gazetteer gives no time zone for " + city.name()));
  }

  private LocalZone regionZone(Place region) {
    List<ZoneId> zones = gazetteer.zonesIn(region).stream().flatMap(z -> zone(z).stream()).toList();
    Optional<ZoneId> own = zone(region.timezone());
    ZoneId main = own.isPresent() ? own.get() : zones.isEmpty() ? null : zones.getFirst();
    if (main == null) {
      return new LocalZone.Unknown("the gazetteer gives no time zone for " + region.name());
    }
    Instant from = clock.instant();
    Instant to = from.plus(AGREEMENT_SPAN);
    List<ZoneId> others =
        zones.stream().filter(z -> !ZoneAgreement.agree(main, z, from, to)).toList();
    if (others.isEmpty()) {
      return new LocalZone.Known(main);
    }
    List<String> named =
        java.util.stream.Stream.concat(java.util.stream.Stream.of(main), others.stream())
            .map(ZoneId::getId)
            .toList();
    String list =
        String.join(", ", named.subList(0, Math.min(ZONES_NAMED, named.size())))
            + (named.size() > ZONES_NAMED ? ", …" : "");
    return new LocalZone.Unknown(
        "it is placed only in " + region.name() + ", which has several time zones (" + list + ")");
  }

  private static Optional<ZoneId> zone(String id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

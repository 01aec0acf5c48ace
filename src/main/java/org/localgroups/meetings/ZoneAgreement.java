package org.localgroups.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Whether two zone ids keep the same clock over a span (Europe/Berlin and Europe/Busingen do;
 * America/New_York and America/Chicago do not): the same offset at its start and at every
 * transition of either zone within it. A country or state whose zones all agree has one local time.
 */
final class ZoneAgreement {
  private ZoneAgreement() {}

  static boolean agree(ZoneId a, ZoneId b, Instant from, Instant to) {
    ZoneRules ra = a.getRules();
    ZoneRules rb = b.getRules();
    if (!ra.getOffset(from).equals(rb.getOffset(from))) {
      return false;
    }
    for (ZoneRules rules : List.of(ra, rb)) {
      Instant at = from;
      for (ZoneOffsetTransition next = rules.nextTransition(at);
          next != null && !next.getInstant().isAfter(to);
          next = rules.nextTransition(at)) {
        at = next.getInstant();
        if (!ra.getOffset(at).equals(rb.getOffset(at))) {
          return false;
        }
      }
    }
    return true;
  }
}

package org.localgroups.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a domain that only answers with a parking page: a redirect to a parking or domain
 * sales service, or a page whose words say the domain is for sale.
 */
final class ParkedPages {
  private ParkedPages() {}

  /** Parking and domain-sale services: a final host under one of these is a parked domain. */
  static final List<String> PARKING_HOSTS =
      List.of(
          "sedoparking.com",
          "sedo.com",
          "bodis.com",
          "parkingcrew.net",
          "dan.com",
          "afternic.com",
          "hugedomains.com",
          "above.com",
          "parklogic.com",
          "domainmarket.com",
          "undeveloped.com");

  // Phrases of parking pages, and the services' names as they appear in a page's links and scripts
  // (a host name only where nothing else precedes it, so "jordan.com" is not "dan.com").
  private static final Pattern PARKED_WORDS =
      Pattern.compile(
          "this domain (name )?(is|may be) for sale"
              + "|domain may be for sale"
              + "|buy this domain"
              + "|this domain is parked"
              + "|parked free, courtesy of"
              + "|(?<![a-z0-9.-])(sedoparking\\.com|parkingcrew\\.net|bodis\\.com|dan\\.com"
              + "|afternic\\.com|hugedomains\\.com)");

  /** Why the host is a parking service's, or empty. */
  static Optional<String> byHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String p : PARKING_HOSTS) {
      if (h.equals(p) || h.endsWith("." + p)) {
        return Optional.of("the link leads to " + p + ", a domain parking or sales service");
      }
    }
    return Optional.empty();
  }

  /** Why the page reads as a parking page, or empty. */
  static Optional<String> byPage(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    text = text.replaceAll("\\s+", " ");
    Matcher m = PARKED_WORDS.matcher(text);
    if (m.find()) {
      return Optional.of("the page reads as a parked domain (\"" + m.group() + "\")");
    }
    return Optional.empty();
  }
}

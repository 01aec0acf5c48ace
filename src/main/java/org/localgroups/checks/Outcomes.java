package org.localgroups.checks;

import org.localgroups.fetch.Outcome;

/** How a check's outcome is named for people, once for the command line, the pages and the CSV. */
public final class Outcomes {
  private Outcomes() {}

  /** "OK", "Moved permanently", "Platform closed"... */
  public static String label(Outcome o) {
    return switch (o) {
      case OK -> "OK";
      case MOVED_PERMANENTLY -> "Moved permanently";
      case MOVED_TEMPORARILY -> "Moved temporarily";
      case NOT_FOUND -> "Not found";
      case CLIENT_ERROR -> "Client error";
      case SERVER_ERROR -> "Server error";
      case TIMEOUT -> "Timeout";
      case DNS_FAILURE -> "DNS failure";
      case TLS_FAILURE -> "TLS failure";
      case CONNECTION_REFUSED -> "Connection refused";
      case BLOCKED -> "Blocked by policy";
      case PLATFORM_CLOSED -> "Platform closed";
      case PARKED_DOMAIN -> "Parked domain";
    };
  }

  /** The outcome in lower case with hyphens ("platform-closed"), for URLs, CSS and JSON. */
  public static String id(Outcome o) {
    return o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Every outcome's id and label, in the outcomes' order. */
  public static java.util.Map<String, String> choices() {
    var out = new java.util.LinkedHashMap<String, String>();
    for (Outcome o : Outcome.values()) {
      out.put(id(o), label(o));
    }
    return out;
  }

  /** The id as {@link #id} writes it, of an id or enum name ("NOT_FOUND"); empty when none. */
  public static java.util.Optional<String> canonical(String id) {
    return parse(id).map(Outcomes::id);
  }

  /** The outcome of an id as {@link #id} writes it, or of its enum name. */
  public static java.util.Optional<Outcome> parse(String id) {
    String name = id.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (Outcome o : Outcome.values()) {
      if (o.name().equals(name)) {
        return java.util.Optional.of(o);
      }
    }
    return java.util.Optional.empty();
  }
}

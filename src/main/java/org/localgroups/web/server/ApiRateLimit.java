package org.localgroups.web.server;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localgroups.LocalGroupsException;

/**
 * How many requests to the public API ({@code /api/...}) one client address may make in a period;
 * the bucket refills evenly over the period, and may be spent at once (a burst).
 *
 * @param requests requests per period; 0 for no limit
 * @param period the period
 * @param limitLoopback whether clients on 127.0.0.1 and ::1 are limited too (off by default: the
 *     tests and a reverse proxy on the same machine are such clients)
 */
public record ApiRateLimit(int requests, Duration period, boolean limitLoopback) {
  /** Two requests a second on average: more than a person clicking, less than a scraper. */
  public static final int DEFAULT_REQUESTS = 120;

  public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(1);

  private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{0,6})\\s*([smhd])");

  public ApiRateLimit {
    if (requests < 0) {
      throw new IllegalArgumentException("requests must be 0 (no limit) or more: " + requests);
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("the period must be positive: " + period);
    }
  }

  /** {@link #DEFAULT_REQUESTS} per {@link #DEFAULT_PERIOD}, loopback not limited. */
  public static ApiRateLimit defaults() {
    return new ApiRateLimit(DEFAULT_REQUESTS, DEFAULT_PERIOD, false);
  }

  /** No limit at all. */
  public static ApiRateLimit off() {
    return new ApiRateLimit(0, DEFAULT_PERIOD, false);
  }

  /** Whether there is a limit. */
  public boolean on() {
    return requests > 0;
  }

  /** This limit for loopback clients too (or not). */
  public ApiRateLimit withLoopback(boolean limited) {
    return new ApiRateLimit(requests, period, limited);
  }

  /**
   * Reads "N/period" as a command line writes it: "120/1m", "10/s", "5000/1h", "1000/d"; "off" or
   * "0/m" for no limit.
   */
  public static ApiRateLimit parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("off")) {
      return off();
    }
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw LocalGroupsException.badInput(
          "The API rate '"
              + text
              + "' is not N/period: say for example 120/1m, 10/s, 5000/1h or off.");
    }
    long count = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
    if (count == 0) {
      throw LocalGroupsException.badInput("The API rate's period must be longer than 0: " + text);
    }
    Duration unit =
        switch (m.group(3)) {
          case "s" -> Duration.ofSeconds(1);
          case "m" -> Duration.ofMinutes(1);
          case "h" -> Duration.ofHours(1);
          default -> Duration.ofDays(1);
        };
    return new ApiRateLimit(Integer.parseInt(m.group(1)), unit.multipliedBy(count), false);
  }
}

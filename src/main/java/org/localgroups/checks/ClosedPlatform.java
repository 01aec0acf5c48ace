package org.localgroups.checks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A service that shut down, as the table of closed platforms lists it.
 *
 * @param name what people call it ("Yahoo Groups")
 * @param patterns regular expressions, each matched against a whole URL without its scheme, lower
 *     cased
 * @param closed when it closed ("2020-12-15", or a year when the day is not certain), "" when
 *     unknown
 * @param source where the closing is documented
 */
public record ClosedPlatform(String name, List<Pattern> patterns, String closed, String source) {
  public ClosedPlatform {
    patterns = List.copyOf(patterns);
  }

  /** Whether a URL is on this platform. */
  public boolean matches(String url) {
    String rest = withoutScheme(url);
    return patterns.stream().anyMatch(p -> p.matcher(rest).matches());
  }

  /** "Yahoo Groups (closed 2020-12-15)" or "Meetup topic sites (closed)". */
  public String described() {
    return name + (closed.isEmpty() ? " (closed)" : " (closed " + closed + ")");
  }

  /**
   * The URL without its scheme and {@code //}, lower-cased, with no trailing {@code ?} or {@code
   * #}.
   */
  static String withoutScheme(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    int at = u.indexOf("://");
    return at >= 0 ? u.substring(at + 3) : u;
  }
}

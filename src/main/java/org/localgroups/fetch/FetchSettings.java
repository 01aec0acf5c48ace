package org.localgroups.fetch;

import java.time.Duration;

/**
 * The fetcher's limits and manners.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param totalTimeout how long one check may spend on the network, redirects and robots.txt
 *     included (waiting for its turn at a busy host not counted)
 * @param maxBodyBytes the most of a body ever read
 * @param maxRedirects the most redirects followed
 * @param perHostConcurrency the most requests at once to one host
 * @param perHostDelay the least time between the starts of two requests to one host
 * @param maxRetryAfter the longest Retry-After of a 429 that is honoured (once); longer ones are
 *     not waited for
 * @param userAgent the User-Agent header: names the project honestly
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration totalTimeout,
    int maxBodyBytes,
    int maxRedirects,
    int perHostConcurrency,
    Duration perHostDelay,
    Duration maxRetryAfter,
    String userAgent) {

  /** 256 KB: enough for any page's head and a parking page's words; never more. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  /** The limit on redirects. */
  public static final int MAX_REDIRECTS = 5;

  /** The product token robots.txt rules are matched against. */
  public static final String ROBOTS_NAME = "localgroups-linkcheck";

  /** Says what we are and why we call; names no host. */
  public static final String USER_AGENT =
      ROBOTS_NAME + "/0.1 (localgroups directory link checker; checks each listed link politely)";

  public FetchSettings {
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || totalTimeout.isNegative()
        || totalTimeout.isZero()) {
      throw new IllegalArgumentException("time limits must be positive");
    }
    if (maxBodyBytes < 0 || maxRedirects < 0 || perHostConcurrency < 1) {
      throw new IllegalArgumentException(
          "body cap and redirects must be >= 0, per-host concurrency >= 1");
    }
    if (perHostDelay.isNegative() || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
  }

  /**
   * Connect within 5 s, all within 20 s, 256 KB, 5 redirects, 2 at once per host with 1 s between
   * starts, a Retry-After of up to 10 s honoured once.
   */
  public static FetchSettings defaults() {
    return new FetchSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        MAX_BODY_BYTES,
        MAX_REDIRECTS,
        2,
        Duration.ofSeconds(1),
        Duration.ofSeconds(10),
        USER_AGENT);
  }

  public FetchSettings withTimeouts(Duration connect, Duration total) {
    return new FetchSettings(
        connect,
        total,
        maxBodyBytes,
        maxRedirects,
        perHostConcurrency,
        perHostDelay,
        maxRetryAfter,
        userAgent);
  }

  public FetchSettings withPerHost(int concurrency, Duration delay) {
    return new FetchSettings(
        connectTimeout,
        totalTimeout,
        maxBodyBytes,
        maxRedirects,
        concurrency,
        delay,
        maxRetryAfter,
        userAgent);
  }

  public FetchSettings withMaxRetryAfter(Duration wait) {
    return new FetchSettings(
        connectTimeout,
        totalTimeout,
        maxBodyBytes,
        maxRedirects,
        perHostConcurrency,
        perHostDelay,
        wait,
        userAgent);
  }
}

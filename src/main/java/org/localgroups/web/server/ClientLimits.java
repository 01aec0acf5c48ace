package org.localgroups.web.server;

import java.time.Duration;

/**
 * How much of the server one client may hold, so that clients that read slowly or never finish
 * their requests cannot stall everyone else (issue 13).
 *
 * @param connectionsPerAddress open connections from one remote address; a connection over it is
 *     closed when accepted. 0 for no limit: behind a reverse proxy every connection comes from the
 *     proxy's address, and the proxy limits its clients.
 * @param headerTimeout how long a request's headers may take to arrive: from the opening of the
 *     connection, or from the first byte of a request after an answered one
 * @param writeTimeout how long writing an answer may make no progress (the client reads nothing)
 *     before the connection is closed
 * @param localProxy whether a reverse proxy on this machine says who the client is: for connections
 *     from loopback only, {@code Forwarded} / {@code X-Forwarded-For}, {@code -Proto} and {@code
 *     -Host} are taken as the client's address, scheme and host (for the rate limit, the request
 *     log and absolute links); anyone else's such headers are ignored, so that a client cannot name
 *     itself another address
 */
public record ClientLimits(
    int connectionsPerAddress, Duration headerTimeout, Duration writeTimeout, boolean localProxy) {

  /**
   * A browser opens at most 6 connections to a host; 64 leaves room for a few people behind one
   * address (an office, a school) and keeps one client far below what the heap can hold.
   */
  public static final int DEFAULT_CONNECTIONS_PER_ADDRESS = 64;

  /** Request headers are a few hundred bytes: a few seconds is ample even on a slow link. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(5);

  /**
   * Shorter than Jetty's 30 s idle timeout, which let stalled answers hold the server; long enough
   * for a phone in a tunnel.
   */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);

  public ClientLimits {
    if (connectionsPerAddress < 0) {
      throw new IllegalArgumentException(
          "connectionsPerAddress must be 0 (no limit) or more, got " + connectionsPerAddress);
    }
    if (headerTimeout.isNegative()
        || headerTimeout.isZero()
        || writeTimeout.isNegative()
        || writeTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /** The limits above. */
  public static ClientLimits defaults() {
    return new ClientLimits(
        DEFAULT_CONNECTIONS_PER_ADDRESS, DEFAULT_HEADER_TIMEOUT, DEFAULT_WRITE_TIMEOUT, false);
  }

  /** These limits with another number of connections per address (0: no limit). */
  public ClientLimits withConnectionsPerAddress(int connections) {
    return new ClientLimits(connections, headerTimeout, writeTimeout, localProxy);
  }

  /** These limits, with a reverse proxy on this machine trusted or not. */
  public ClientLimits withLocalProxy(boolean trusted) {
    return new ClientLimits(connectionsPerAddress, headerTimeout, writeTimeout, trusted);
  }
}

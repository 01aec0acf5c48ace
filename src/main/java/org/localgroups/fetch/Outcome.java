package org.localgroups.fetch;

/** What checking one link found. */
public enum Outcome {
  /** The link answered (2xx), after at most the allowed redirects to the same answer. */
  OK,
  /** 301 or 308: the link has a new home, suggested in {@link FetchResult#suggestedUrl()}. */
  MOVED_PERMANENTLY,
  /** 302, 303 or 307 to an answer: the link works through a temporary redirect. */
  MOVED_TEMPORARILY,
  /** 404 or 410. */
  NOT_FOUND,
  /** Another 4xx (429 included, once its Retry-After was honoured). */
  CLIENT_ERROR,
  /** 5xx, or a redirect loop or too many redirects. */
  SERVER_ERROR,
  /** No answer within the connect or total time limit. */
  TIMEOUT,
  /** The host name does not resolve. */
  DNS_FAILURE,
  /** The TLS handshake failed (bad certificate, wrong host, old protocol). */
  TLS_FAILURE,
  /** Nothing listens there, or the connection was reset. */
  CONNECTION_REFUSED,
  /** Refused by our own policy before any connection: scheme, port, address, credentials. */
  BLOCKED,
  /** A service that has shut down (Yahoo Groups, Google+...): flagged without fetching. */
  PLATFORM_CLOSED,
  /** The domain answers with a parking page (for sale, lapsed registration). */
  PARKED_DOMAIN;

  /** Whether this outcome is evidence that the link still leads somewhere alive. */
  public boolean alive() {
    return this == OK || this == MOVED_PERMANENTLY || this == MOVED_TEMPORARILY;
  }
}

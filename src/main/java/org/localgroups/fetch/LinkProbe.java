package org.localgroups.fetch;

/**
 * Checks one URL. The real one is the safe fetcher; it is thread-safe and may be called from many
 * threads at once (it keeps its own per-host limits).
 */
@FunctionalInterface
public interface LinkProbe {
  /** Checks the URL; never throws for anything the URL or its server does. */
  FetchResult check(String url);
}

package org.localgroups.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * robots.txt rules per origin (scheme, host, port), fetched once and kept for a day; read by
 * crawler-commons' parser (RFC 9309) for our product token. Thread-safe: concurrent checks of one
 * origin wait for the one fetch.
 */
final class RobotsCache {
  /** How long rules are kept (RFC 9309 asks crawlers not to keep them longer than 24 hours). */
  static final Duration KEEP = Duration.ofHours(24);

  /** More origins than this and the cache starts again (a check of 10,000 hosts stays bounded). */
  static final int MAX_ORIGINS = 50_000;

  /** What fetching an origin's robots.txt gave. */
  sealed interface Fetched {
    /** A 2xx answer with its body (at most the body cap). */
    record Body(byte[] body, @Nullable String contentType) implements Fetched {}

    /** Another status: 4xx allows all, 5xx allows none (RFC 9309 §2.3.1). */
    record Status(int status) implements Fetched {}

    /** No answer (refused, timed out): the page's own check will say why; nothing is kept. */
    record Unreachable() implements Fetched {}
  }

  /** Fetches one origin's robots.txt through the safe path. */
  @FunctionalInterface
  interface Loader {
    Fetched load(String origin) throws InterruptedException;
  }

  private record Entry(CompletableFuture<BaseRobotRules> rules, long bornNanos) {}

  private static final BaseRobotRules ALLOW_ALL = new SimpleRobotRules(RobotRulesMode.ALLOW_ALL);

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final List<String> names;

  RobotsCache(String productToken) {
    this.names = List.of(productToken);
  }

  /** Whether robots.txt lets us GET the URL; waits at most the given time for the rules. */
  boolean allows(String origin, String url, Loader loader, Duration wait)
      throws InterruptedException {
    if (entries.size() > MAX_ORIGINS) {
      entries.clear();
    }
    long now = System.nanoTime();
    CompletableFuture<BaseRobotRules> mine = new CompletableFuture<>();
    Entry fresh = new Entry(mine, now);
    Entry entry =
        entries.compute(
            origin,
            (k, old) -> old == null || now - old.bornNanos() > KEEP.toNanos() ? fresh : old);
    if (entry == fresh) {
      BaseRobotRules rules;
      try {
        rules = parse(origin, loader.load(origin));
      } catch (InterruptedException | RuntimeException e) {
        entries.remove(origin, fresh);
        mine.complete(ALLOW_ALL);
        throw e;
      }
      if (rules == null) {
        entries.remove(origin, fresh);
        rules = ALLOW_ALL;
      }
      mine.complete(rules);
    }
    try {
      return entry.rules().get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS).isAllowed(url);
    } catch (ExecutionException | TimeoutException e) {
      // rules we could not get in time do not stop a check: the page's own answer will speak
      return true;
    }
  }

  private @Nullable BaseRobotRules parse(String origin, Fetched fetched) {
    return switch (fetched) {
      case Fetched.Body b ->
          parser.parseContent(
              origin + "/robots.txt",
              b.body(),
              b.contentType() == null ? "text/plain" : b.contentType(),
              names);
      case Fetched.Status s -> parser.failedFetch(s.status());
      case Fetched.Unreachable u -> null;
    };
  }
}

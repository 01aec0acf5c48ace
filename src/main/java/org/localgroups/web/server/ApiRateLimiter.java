package org.localgroups.web.server;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.localgroups.web.errors.TooManyRequests;

/**
 * One token bucket (Bucket4j) per client address for the public API: every answer says the limit
 * and what is left ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset},
 * {@code RateLimit-Policy}, after the IETF httpapi draft); a request over it gets 429 with {@code
 * Retry-After}.
 */
final class ApiRateLimiter {
  /**
   * Buckets kept at most; beyond it the full ones (clients that have not asked for a while) are
   * dropped, so that many addresses cannot fill the heap.
   */
  static final int MAX_ADDRESSES = 100_000;

  private final ApiRateLimit limit;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  ApiRateLimiter(ApiRateLimit limit) {
    this.limit = limit;
  }

  /** Whether the path is the public API's. */
  static boolean limits(String path) {
    return path.startsWith("/api/");
  }

  /** Counts the request against its address; throws {@link TooManyRequests} over the limit. */
  void check(Context ctx) {
    if (!limit.on() || !limits(ctx.path())) {
      return;
    }
    String address = ctx.req().getRemoteAddr();
    if (!limit.limitLoopback() && isLoopback(address)) {
      return;
    }
    ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
    long periodSeconds = limit.period().toSeconds();
    ctx.header("RateLimit-Limit", Integer.toString(limit.requests()));
    ctx.header("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
    ctx.header("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
    ctx.header("RateLimit-Policy", limit.requests() + ";w=" + periodSeconds);
    if (!probe.isConsumed()) {
      long retry = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
      ctx.header("Retry-After", Long.toString(retry));
      throw new TooManyRequests(
          "Too many requests from your address: at most "
              + limit.requests()
              + " every "
              + periodSeconds
              + " seconds. Try again in "
              + retry
              + " seconds.");
    }
  }

  private Bucket bucket(String address) {
    if (buckets.size() >= MAX_ADDRESSES) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= limit.requests());
    }
    return buckets.computeIfAbsent(
        address,
        a ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period())
                        .build())
                .build());
  }

  private static long seconds(long nanos) {
    return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
  }

  private static boolean isLoopback(String address) {
    try {
      // the servlet's remote address is a literal, so this looks nothing up
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

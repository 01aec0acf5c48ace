package org.localgroups.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most N requests at once, and at least a delay between the starts of two
 * requests. Thread-safe; callers block (on their own threads) until their turn.
 */
final class HostGate {
  private final int permits;
  private final long delayNanos;
  private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

  HostGate(int permits, Duration delay) {
    this.permits = permits;
    this.delayNanos = delay.toNanos();
  }

  /** Waits for a turn at the host; the pass must be closed when the request is over. */
  Pass enter(String host) throws InterruptedException {
    Lane lane = lanes.computeIfAbsent(host, h -> new Lane(permits));
    lane.permits.acquire();
    try {
      long wait;
      synchronized (lane) {
        long now = System.nanoTime();
        long start = Math.max(now, lane.nextStart);
        lane.nextStart = start + delayNanos;
        wait = start - now;
      }
      if (wait > 0) {
        Thread.sleep(Duration.ofNanos(wait));
      }
    } catch (InterruptedException e) {
      lane.permits.release();
      throw e;
    }
    return lane.permits::release;
  }

  /** A turn at a host, given back by close. */
  interface Pass extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Lane {
    final Semaphore permits;
    long nextStart;

    Lane(int permits) {
      this.permits = new Semaphore(permits, true);
      this.nextStart = System.nanoTime();
    }
  }
}

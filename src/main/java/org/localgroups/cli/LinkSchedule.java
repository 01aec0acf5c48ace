package org.localgroups.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localgroups.LocalGroupsException;
import org.localgroups.checks.LinkChecker;
import org.localgroups.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --check-links-every}: the link checker over the whole directory on one daemon
 * thread, the first run one interval after start and each next one an interval after the last ended
 * (so never two at once). A run that fails is logged and the next one still comes; closing stops
 * the schedule (interrupting a run under way) and waits a little for it.
 */
final class LinkSchedule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LinkSchedule.class);

  /** The shortest interval {@code --check-links-every} accepts. */
  static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

  /** The longest. */
  static final Duration MAX_INTERVAL = Duration.ofDays(366);

  private static final Pattern INTERVAL = Pattern.compile("([0-9]{1,9})([smhd])");

  private final ScheduledExecutorService thread;
  private final AtomicInteger runs = new AtomicInteger();

  private LinkSchedule(
      LinkChecker checker, Supplier<Directory> directory, Duration every, int concurrency) {
    thread =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("link-checks").daemon(true).factory());
    long millis = every.toMillis();
    thread.scheduleWithFixedDelay(
        () -> runOnce(checker, directory, concurrency), millis, millis, TimeUnit.MILLISECONDS);
  }

  /**
   * Starts checking every {@code every} (no floor here: tests use short intervals; the command
   * line's floor is {@link #interval}'s).
   */
  static LinkSchedule start(
      LinkChecker checker, Supplier<Directory> directory, Duration every, int concurrency) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the interval must be positive, not " + every);
    }
    return new LinkSchedule(checker, directory, every, concurrency);
  }

  /** How many runs have ended (well or not). */
  int runs() {
    return runs.get();
  }

  private void runOnce(LinkChecker checker, Supplier<Directory> directory, int concurrency) {
    long started = System.nanoTime();
    try {
      int checked =
          checker
              .run(directory.get(), Optional.empty(), concurrency, LinkChecker.Progress.none())
              .size();
      LOG.info(
          "scheduled link check: {} links checked in {} s",
          checked,
          (System.nanoTime() - started) / 1_000_000_000);
    } catch (RuntimeException e) {
      LOG.warn("scheduled link check failed; the next one runs as planned: {}", e.toString());
    } finally {
      runs.incrementAndGet();
    }
  }

  /**
   * The interval a {@code --check-links-every} value names: a whole number and a unit, s, m, h or d
   * ("30m", "24h"), at least {@link #MIN_INTERVAL}.
   *
   * @throws LocalGroupsException BAD_INPUT for anything else
   */
  static Duration interval(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = INTERVAL.matcher(t);
    if (!m.matches()) {
      throw LocalGroupsException.badInput(
          "--check-links-every must be a whole number and a unit, s, m, h or d (30m, 24h), not '"
              + Text.shown(text)
              + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
    if (d.compareTo(MAX_INTERVAL) > 0) {
      throw LocalGroupsException.badInput(
          "--check-links-every must be at most 366d, not '" + Text.shown(text) + "'");
    }
    if (d.compareTo(MIN_INTERVAL) < 0) {
      throw LocalGroupsException.badInput(
          "--check-links-every must be at least 1m (a check of every link is not a thing to run"
              + " more often), not '"
              + Text.shown(text)
              + "'");
    }
    return d;
  }

  @Override
  public void close() {
    thread.shutdownNow();
    try {
      if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("the scheduled link check did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

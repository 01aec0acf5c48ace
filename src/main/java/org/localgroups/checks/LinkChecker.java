package org.localgroups.checks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.fetch.FetchResult;
import org.localgroups.fetch.LinkProbe;
import org.localgroups.fetch.Outcome;

/**
 * Checks the links of the directory's groups: closed platforms first (flagged without fetching),
 * then the probe (the safe fetcher), a bounded number at once; each result is kept as an
 * observation as soon as it is known. Each distinct URL is fetched once per run, however many
 * groups list it.
 */
public final class LinkChecker {
  /** The most checks at once that {@code --concurrency} may ask for. */
  public static final int MAX_CONCURRENCY = 64;

  /** One link checked in a run. */
  public record Checked(Group group, Link link, LinkCheck check) {}

  /** Told of each link as it is checked (from the checking threads, one call at a time). */
  @FunctionalInterface
  public interface Progress {
    void checked(int done, int total, Checked last);

    static Progress none() {
      return (done, total, last) -> {};
    }
  }

  private final ClosedPlatforms closed;
  private final LinkProbe probe;
  private final Observations observations;
  private final Clock clock;

  public LinkChecker(
      ClosedPlatforms closed, LinkProbe probe, Observations observations, Clock clock) {
    this.closed = closed;
    this.probe = probe;
    this.observations = observations;
    this.clock = clock;
  }

  /**
   * Whether a link is worth checking: an http(s) URL that is not the bare root of a shared site
   * (e-mail addresses, IRC channels and pages of the source wiki are not checked).
   */
  public static boolean checkable(Link l) {
    String u = l.url().strip().toLowerCase(Locale.ROOT);
    return (u.startsWith("http://") || u.startsWith("https://")) && !l.isSharedSiteRoot();
  }

  /** The links a run over these groups checks, in order, one per group and link identity. */
  public static List<Map.Entry<Group, Link>> linksOf(List<Group> groups) {
    List<Map.Entry<Group, Link>> out = new ArrayList<>();
    for (Group g : groups) {
      Map<String, Link> byIdentity = new LinkedHashMap<>();
      g.links().stream()
          .filter(LinkChecker::checkable)
          .forEach(l -> byIdentity.putIfAbsent(l.identity(), l));
      byIdentity.values().forEach(l -> out.add(Map.entry(g, l)));
    }
    return out;
  }

  /**
   * Checks the links of a directory's groups (or of one group) and keeps each result.
   *
   * @param groupSlug one group's slug, or empty for all
   * @param concurrency how many URLs are checked at once, 1 to {@link #MAX_CONCURRENCY}
   * @return the links checked, in the directory's order
   * @throws LocalGroupsException BAD_INPUT for a concurrency out of range; NOT_FOUND for an unknown
   *     group
   */
  public List<Checked> run(
      Directory d, Optional<String> groupSlug, int concurrency, Progress progress) {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw LocalGroupsException.badInput(
          "The concurrency is from 1 to " + MAX_CONCURRENCY + "; not " + concurrency + ".");
    }
    List<Group> groups =
        groupSlug
            .map(
                s ->
                    List.of(
                        d.group(s)
                            .orElseThrow(
                                () ->
                                    LocalGroupsException.notFound(
                                        "No group '" + s + "' is in the directory."))))
            .orElse(d.groups());
    List<Map.Entry<Group, Link>> links = linksOf(groups);
    // each distinct URL once: the first of its links fetches, the others share the result
    Map<String, List<Map.Entry<Group, Link>>> byUrl = new LinkedHashMap<>();
    links.forEach(
        e -> byUrl.computeIfAbsent(e.getValue().url().strip(), u -> new ArrayList<>()).add(e));
    List<Checked> done = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger count = new AtomicInteger();
    Object reporting = new Object();
    Semaphore permits = new Semaphore(concurrency);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> futures = new ArrayList<>();
      for (var entry : byUrl.entrySet()) {
        futures.add(
            pool.submit(
                () -> {
                  FetchResult result;
                  permits.acquireUninterruptibly();
                  try {
                    result = check(entry.getKey());
                  } finally {
                    permits.release();
                  }
                  Instant at = clock.instant();
                  for (var gl : entry.getValue()) {
                    LinkCheck kept =
                        observations.record(
                            LinkCheck.of(gl.getKey().id(), gl.getValue().identity(), result, at));
                    Checked c = new Checked(gl.getKey(), gl.getValue(), kept);
                    done.add(c);
                    synchronized (reporting) {
                      progress.checked(count.incrementAndGet(), links.size(), c);
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new LocalGroupsException(
              LocalGroupsException.Kind.UNAVAILABLE, "The link check was interrupted.");
        }
      }
    }
    Map<Map.Entry<Group, Link>, Integer> order = new java.util.HashMap<>();
    for (int i = 0; i < links.size(); i++) {
      order.put(links.get(i), i);
    }
    List<Checked> ordered = new ArrayList<>(done);
    ordered.sort(
        java.util.Comparator.comparingInt(
            c -> order.getOrDefault(Map.entry(c.group(), c.link()), links.size())));
    return ordered;
  }

  /** A closed platform's verdict, without fetching; otherwise the probe's. */
  private FetchResult check(String url) {
    Optional<ClosedPlatform> platform = closed.match(url);
    if (platform.isPresent()) {
      return new FetchResult(
          url, Outcome.PLATFORM_CLOSED, 0, url, null, 0, platform.get().described());
    }
    return probe.check(url);
  }
}

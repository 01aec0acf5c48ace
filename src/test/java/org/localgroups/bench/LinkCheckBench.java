package org.localgroups.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.localgroups.fetch.ConnectGuard;
import org.localgroups.fetch.FetchResult;
import org.localgroups.fetch.FetchSettings;
import org.localgroups.fetch.HostResolver;
import org.localgroups.fetch.NetPolicy;
import org.localgroups.fetch.Outcome;
import org.localgroups.fetch.SafeFetcher;
import org.localgroups.fetch.ScriptedServer;

/**
 * The safe fetcher under load: checks N links (10,000 by default) spread over H host names (all
 * resolved by a table to 127.0.0.1) against one local server that answers each request after an
 * artificial latency (20 ms): 80% 200, 10% a 301 to a 200, 10% 404. The server counts, per Host
 * header, the most requests it served at once. Prints throughput, latency percentiles, the
 * outcomes, the peak heap of this JVM (sampled every 20 ms) and whether the per-host limit held;
 * exits 1 when it did not. Run by {@code bin/linkbench [--links N] [--hosts H] [--latency-ms L]
 * [--delay-ms D] [--concurrency C]}.
 */
public final class LinkCheckBench {
  private LinkCheckBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, Integer> opt = new HashMap<>();
    opt.put("links", 10_000);
    opt.put("hosts", 500);
    opt.put("latency-ms", 20);
    opt.put("delay-ms", 100);
    opt.put("concurrency", 256);
    for (int i = 0; i + 1 < args.length; i += 2) {
      String k = args[i].replaceFirst("^--", "");
      if (!opt.containsKey(k)) {
        throw new IllegalArgumentException(
            "unknown option " + args[i] + "; known: " + opt.keySet());
      }
      opt.put(k, Integer.parseInt(args[i + 1]));
    }
    int links = opt.get("links");
    int hosts = opt.get("hosts");
    int latency = opt.get("latency-ms");
    int concurrency = opt.get("concurrency");

    ScriptedServer server =
        ScriptedServer.start(
            "127.0.0.1",
            (req, out) -> {
              Thread.sleep(latency);
              String p = req.path();
              if (p.startsWith("/moved")) {
                return ScriptedServer.redirect(req, out, 301, "/new" + p.substring(6));
              }
              if (p.startsWith("/gone")) {
                return ScriptedServer.answer(req, out, 404, "text/plain", "no");
              }
              return ScriptedServer.answer(req, out, 200, "text/plain", "a group's page");
            });
    Map<String, List<String>> table = new HashMap<>();
    for (int h = 0; h < hosts; h++) {
      table.put("group-" + h + ".bench.example", List.of("127.0.0.1"));
    }
    FetchSettings settings =
        FetchSettings.defaults()
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30))
            .withPerHost(2, Duration.ofMillis(opt.get("delay-ms")));
    // round robin over the hosts, as a directory's links are: no host twice in a row
    List<String> urls = new ArrayList<>(links);
    for (int i = 0; i < links; i++) {
      String host = "group-" + (i % hosts) + ".bench.example:" + server.port();
      String path = i % 10 == 8 ? "/moved/" + i : i % 10 == 9 ? "/gone/" + i : "/ok/" + i;
      urls.add("http://" + host + path);
    }

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakHeap = new AtomicLong();
    AtomicBoolean sampling = new AtomicBoolean(true);
    Thread sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (sampling.get()) {
                    peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                      Thread.sleep(20);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });

    long[] millis = new long[links];
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    long start;
    long elapsed;
    try (SafeFetcher fetcher =
            new SafeFetcher(
                settings,
                NetPolicy.allowing(List.of("127.0.0.0/8")),
                HostResolver.table(table),
                ConnectGuard.loopbackOnly());
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Semaphore slots = new Semaphore(concurrency);
      FetchResult[] results = new FetchResult[links];
      start = System.nanoTime();
      for (int i = 0; i < links; i++) {
        int n = i;
        slots.acquire();
        pool.execute(
            () -> {
              try {
                results[n] = fetcher.check(urls.get(n));
              } finally {
                slots.release();
              }
            });
      }
      slots.acquire(concurrency);
      elapsed = System.nanoTime() - start;
      for (int i = 0; i < links; i++) {
        millis[i] = results[i].millis();
        outcomes.merge(results[i].outcome(), 1, Integer::sum);
      }
    }
    sampling.set(false);
    sampler.join();
    server.close();

    Arrays.sort(millis);
    double seconds = elapsed / 1e9;
    int peakPerHost = server.peakConcurrencyAnyHost();
    System.out.printf(
        Locale.ROOT,
        "links %d over %d hosts, server latency %d ms, per-host delay %d ms, %d checks at once%n",
        links,
        hosts,
        latency,
        opt.get("delay-ms"),
        concurrency);
    System.out.printf(
        Locale.ROOT,
        "elapsed %.2f s, throughput %.0f links/s, requests served %d%n",
        seconds,
        links / seconds,
        server.requests.get());
    System.out.printf(
        Locale.ROOT,
        "check time p50 %d ms, p90 %d ms, p99 %d ms, max %d ms (per-host waits included)%n",
        millis[links / 2],
        millis[(int) (links * 0.9)],
        millis[(int) (links * 0.99)],
        millis[links - 1]);
    System.out.println("outcomes " + outcomes);
    System.out.printf(
        Locale.ROOT,
        "peak heap used %.0f MB (max %.0f MB)%n",
        peakHeap.get() / 1e6,
        memory.getHeapMemoryUsage().getMax() / 1e6);
    boolean held = peakPerHost <= settings.perHostConcurrency();
    System.out.printf(
        "most requests at once to one host, as the server saw them: %d (limit %d): %s%n",
        peakPerHost, settings.perHostConcurrency(), held ? "held" : "BROKEN");
    if (!held) {
      System.exit(1);
    }
  }
}

package org.localgroups.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localgroups.LocalGroupsException;

/**
 * A bounded HTTP load test of the real server on the seed page: starts {@code localgroups serve} in
 * a child JVM with {@code -Xmx256m} ({@code LOADBENCH_SERVER_HEAP}) on 127.0.0.1 and a fresh data
 * folder, then drives each endpoint with N concurrent clients for a fixed time, the trivial {@code
 * /hello} first as the baseline of the same run. Prints, per endpoint, requests, errors, throughput
 * and p50/p90/p99 latency with their ratio to the baseline; the size of the directory page plain
 * and gzipped; the start time; and the server's heap (sampled from {@code /health} during the run).
 * With {@code --groups N} the server holds a made-up directory of N groups ({@code localgroups
 * generate}, then {@code import}) instead of the seed page. Run by {@code bin/loadbench [--seconds
 * S] [--warmup S] [--clients N] [--groups N]}; stops by itself.
 *
 * <p>It never hangs on a stuck server: every request is bounded ({@link BoundedHttp}, {@value
 * #REQUEST_TIMEOUT_SECONDS} s under load, {@value #SETUP_REQUEST_TIMEOUT_SECONDS} s for the slugs
 * and sizes asked before and after it), and so is the whole run; a server that does not answer ends
 * the run with a message and exit status 1, as does any failed request during the load.
 */
public final class LoadBench {
  private static final int MAX_SECONDS = 120;
  private static final int MAX_CLIENTS = 256;
  private static final int MAX_GROUPS = 1_000_000;

  /** The bound of every request, from connecting to the body's last byte. */
  static final int REQUEST_TIMEOUT_SECONDS = 10;

  /** The bound of the requests before and after the load (lists of slugs, the page's size). */
  static final int SETUP_REQUEST_TIMEOUT_SECONDS = 60;

  /** The server's start and the setup requests, beyond the endpoints' own time. */
  private static final Duration SETUP = Duration.ofMinutes(5);

  /**
   * Cities named on the seed page and elsewhere, as people type them (several spellings on
   * purpose).
   */
  /** Full-text queries: names, places, synonyms, a typo, an accent-free spelling. */
  private static final List<String> WORDS =
      List.of(
          "piggies",
          "Django",
          "Krakow",
          "user group",
          "Pyhton",
          "meetup",
          "Zope",
          "Dusseldorf",
          "women",
          "TurboGears",
          "Brasil",
          "PUG");

  private static final List<String> CITIES =
      List.of(
          "Cracow",
          "Bangalore",
          "München",
          "Kyiv",
          "São Paulo",
          "Washington, DC",
          "Köln, Germany",
          "Chicago",
          "Melbourne",
          "Ulaanbaatar",
          "Buenos Aires",
          "Nairobi",
          "Tokyo",
          "Toronto",
          "Springfield, MO",
          "Lisbon",
          "Austin",
          "Reykjavik",
          "Bogotá",
          "Helsinki");

  /** Points spread over the world, oceans and poles included. */
  private static final double[][] POINTS = {
    {50.06, 19.94},
    {12.97, 77.59},
    {40.71, -74.01},
    {-33.87, 151.21},
    {-23.55, -46.63},
    {35.68, 139.69},
    {64.14, -21.94},
    {0, 0},
    {89.9, 0},
    {-89.9, 179.9},
    {51.51, -0.13},
    {-1.29, 36.82},
    {37.77, -122.42},
    {55.75, 37.62},
    {1.35, 103.82},
    {19.43, -99.13}
  };

  private record Endpoint(String name, IntFunction<String> path) {}

  private record Result(String name, long requests, long errors, double seconds, long[] micros) {
    double throughput() {
      return requests / seconds;
    }

    long percentile(double p) {
      if (micros.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100 * micros.length) - 1;
      return micros[Math.max(0, Math.min(micros.length - 1, i))];
    }
  }

  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = option(args, "--seconds", 10);
    int warmup = option(args, "--warmup", 3);
    int clients = option(args, "--clients", 16);
    int groups = option(args, "--groups", 0);
    if (seconds < 1
        || seconds > MAX_SECONDS
        || warmup < 0
        || warmup > MAX_SECONDS
        || clients < 1
        || clients > MAX_CLIENTS
        || groups < 0
        || groups > MAX_GROUPS) {
      throw new IllegalArgumentException(
          "--seconds and --warmup 0.."
              + MAX_SECONDS
              + ", --clients 1.."
              + MAX_CLIENTS
              + ", --groups 0.."
              + MAX_GROUPS);
    }
    boolean clean;
    Path data = Files.createTempDirectory("localgroups-loadbench");
    try {
      clean = measure(data, seconds, warmup, clients, groups);
    } catch (LocalGroupsException e) {
      System.err.println("loadbench: " + e.getMessage());
      clean = false;
    } finally {
      deleteTree(data);
    }
    // exit here, not inside measure: System.exit would skip its finally (the server, the folder)
    if (!clean) {
      System.exit(1);
    }
  }

  /** Whether the run had no failed request. */
  private static boolean measure(Path data, int seconds, int warmup, int clients, int groups)
      throws Exception {
    Path gcLog = data.resolve("gc.log");
    String heap = System.getenv().getOrDefault("LOADBENCH_SERVER_HEAP", "256m");
    String what =
        "-Xmx" + heap + ", " + (groups == 0 ? "seed page (201 groups)" : load(data, groups, heap));
    Process server = startServer(data, gcLog, heap);
    // Ctrl-C stops the child too
    Thread stopper = new Thread(server::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      ServerStart start = awaitReady(server);
      String base = "http://127.0.0.1:" + start.port();
      Duration budget =
          SETUP.plusSeconds((long) (ENDPOINTS + 1) * (seconds + warmup + REQUEST_TIMEOUT_SECONDS));
      return withinDeadline(budget, () -> run(base, start, seconds, warmup, clients, gcLog, what));
    } finally {
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
      Runtime.getRuntime().removeShutdownHook(stopper);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The work of a run, which may fail. */
  interface Run {
    boolean call() throws Exception;
  }

  /**
   * Runs {@code run} on a daemon thread and waits at most {@code budget} for it: its answer, or a
   * {@link LocalGroupsException} (UNAVAILABLE) when the time is up. Exceptions of the run come out
   * as they are.
   */
  static boolean withinDeadline(Duration budget, Run run) throws Exception {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    Thread worker =
        Thread.ofPlatform()
            .daemon()
            .name("loadbench-run")
            .start(
                () -> {
                  try {
                    done.complete(run.call());
                  } catch (Throwable e) {
                    done.completeExceptionally(e);
                  }
                });
    try {
      return done.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      worker.interrupt();
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "The run did not end within " + budget.toSeconds() + " s; the server is stuck.");
    } catch (ExecutionException e) {
      throw switch (e.getCause()) {
        case Exception failed -> failed;
        default -> e;
      };
    }
  }

  /** How many endpoints a run drives, the baseline's second run not counted. */
  private static final int ENDPOINTS = 11;

  /** Whether the run had no failed request. */
  private static boolean run(
      String base, ServerStart start, int seconds, int warmup, int clients, Path gcLog, String what)
      throws Exception {
    BoundedHttp http = new BoundedHttp(Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS));
    // /health first: a server that prints "ready" and then answers nothing stops the run here
    http.text(base + "/health");
    // the first answers of a large directory may build its caches: longer, but still bounded
    BoundedHttp setup = new BoundedHttp(Duration.ofSeconds(SETUP_REQUEST_TIMEOUT_SECONDS));
    List<String> slugs = slugs(setup, base + "/api/groups?per_page=50");
    List<String> regions = slugs(setup, base + "/api/regions");
    List<Endpoint> endpoints =
        List.of(
            new Endpoint("/hello (baseline)", i -> "/hello"),
            new Endpoint("/api/near?q=", i -> "/api/near?q=" + enc(CITIES.get(i % CITIES.size()))),
            new Endpoint(
                "/api/near?lat=&lon=",
                i -> {
                  double[] p = POINTS[i % POINTS.length];
                  return "/api/near?lat=" + p[0] + "&lon=" + p[1];
                }),
            new Endpoint("/near?q= (HTML)", i -> "/near?q=" + enc(CITIES.get(i % CITIES.size()))),
            new Endpoint(
                "/api/groups?q= (search)",
                i -> "/api/groups?q=" + enc(WORDS.get(i % WORDS.size()))),
            new Endpoint("/regions (HTML, gzip)", i -> "/regions"),
            new Endpoint(
                "/regions/{slug} (HTML, gzip)", i -> "/regions/" + regions.get(i % regions.size())),
            new Endpoint("/api/groups.geojson (gzip)", i -> "/api/groups.geojson"),
            new Endpoint("/groups/{slug} (HTML)", i -> "/groups/" + slugs.get(i % slugs.size())),
            new Endpoint(
                "/groups/{slug}/history (HTML)",
                i -> "/groups/" + slugs.get(i % slugs.size()) + "/history"),
            new Endpoint("/changes (HTML)", i -> "/changes"));

    AtomicLong peakHeap = new AtomicLong();
    Thread sampler = Thread.ofPlatform().daemon().start(() -> sampleHeap(http, base, peakHeap));
    List<Result> results = new ArrayList<>();
    try {
      // warm every endpoint before measuring any, so that the JIT has seen all of them when the
      // baseline runs
      for (Endpoint e : endpoints) {
        drive(http, base, e, clients, warmup, false);
      }
      for (Endpoint e : endpoints) {
        results.add(drive(http, base, e, clients, seconds, true));
      }
      // the baseline again at the end: how much the machine itself drifted during the run
      results.add(
          drive(
              http,
              base,
              new Endpoint("/hello (baseline, again)", i -> "/hello"),
              clients,
              seconds,
              true));
    } finally {
      sampler.interrupt();
    }
    if (endpoints.size() != ENDPOINTS) {
      throw new IllegalStateException("ENDPOINTS says " + ENDPOINTS + ", not " + endpoints.size());
    }
    String size;
    boolean sized = true;
    try {
      long plain = bytes(setup, base + "/regions", false);
      long gzipped = bytes(setup, base + "/regions", true);
      size =
          String.format(
              Locale.ROOT,
              "%,d bytes plain, %,d bytes gzipped (%.1f KB; bar: under 30 KB)",
              plain,
              gzipped,
              gzipped / 1024.0);
    } catch (LocalGroupsException e) {
      // the figures measured so far are still worth printing
      size = "not measured: " + e.getMessage();
      sized = false;
    }
    String health = setup.text(base + "/health");
    report(results, seconds, warmup, clients, start, size, peakHeap.get(), health, gcLog, what);
    return sized && results.stream().mapToLong(Result::errors).sum() == 0;
  }

  /**
   * Drives one endpoint with {@code clients} threads for {@code seconds}; records latencies when
   * measuring.
   */
  private static Result drive(
      BoundedHttp http, String base, Endpoint e, int clients, int seconds, boolean measure)
      throws Exception {
    if (seconds == 0) {
      return new Result(e.name(), 0, 0, 0, new long[0]);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong errors = new AtomicLong();
    List<CompletableFuture<long[]>> futures = new ArrayList<>();
    long began = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      CompletableFuture<long[]> f = new CompletableFuture<>();
      Thread.ofPlatform()
          .daemon()
          .name("load-" + c)
          .start(
              () -> {
                long[] micros = new long[1024];
                int n = 0;
                for (int i = client; System.nanoTime() < deadline; i += clients) {
                  String url = base + e.path().apply(i);
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r = http.get(url, e.name().contains("gzip"));
                    if (r.statusCode() != 200 || r.body().length == 0) {
                      errors.incrementAndGet();
                    }
                  } catch (IOException | LocalGroupsException ex) {
                    errors.incrementAndGet();
                  } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    break;
                  }
                  long us = (System.nanoTime() - t0) / 1000;
                  if (measure) {
                    if (n == micros.length) {
                      micros = Arrays.copyOf(micros, n * 2);
                    }
                    micros[n++] = us;
                  }
                }
                f.complete(Arrays.copyOf(micros, n));
              });
      futures.add(f);
    }
    List<long[]> all = new ArrayList<>();
    for (CompletableFuture<long[]> f : futures) {
      // each request is bounded, so each client ends soon after the deadline
      all.add(f.get(seconds + 2L * REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }
    double elapsed = (System.nanoTime() - began) / 1e9;
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(e.name(), merged.length, errors.get(), elapsed, merged);
  }

  /** The slugs in an API answer: the group, history and region pages asked for. */
  private static List<String> slugs(BoundedHttp http, String url)
      throws IOException, InterruptedException {
    String body = http.text(url);
    List<String> slugs = new ArrayList<>();
    Matcher m = Pattern.compile("\"slug\":\"([a-z0-9-]+)\"").matcher(body);
    while (m.find()) {
      slugs.add(m.group(1));
    }
    if (slugs.isEmpty()) {
      throw new IllegalStateException(url + " lists no slugs: " + body);
    }
    return List.copyOf(slugs);
  }

  private static void sampleHeap(BoundedHttp http, String base, AtomicLong peak) {
    Pattern used = Pattern.compile("\"heap_used_bytes\":(\\d+)");
    while (!Thread.currentThread().isInterrupted()) {
      try {
        String body = http.text(base + "/health");
        Matcher m = used.matcher(body);
        if (m.find()) {
          peak.accumulateAndGet(Long.parseLong(m.group(1)), Math::max);
        }
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      } catch (IOException | LocalGroupsException e) {
        // the server is busy; the next sample will do
      }
    }
  }

  private static long bytes(BoundedHttp http, String url, boolean gzip)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.get(url, gzip);
    boolean compressed = r.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
    if (gzip != compressed) {
      throw new IllegalStateException(
          url + ": asked gzip=" + gzip + " but got Content-Encoding gzip=" + compressed);
    }
    return r.body().length;
  }

  private static void report(
      List<Result> results,
      int seconds,
      int warmup,
      int clients,
      ServerStart start,
      String size,
      long peakHeap,
      String health,
      Path gcLog,
      String what)
      throws IOException {
    Result base = results.getFirst();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d clients, %d s per endpoint after %d s warm-up; server: child JVM %s, 127.0.0.1;"
                + " load average %s%n%n",
            clients,
            seconds,
            warmup,
            what,
            loadAverage()));
    out.append(
        "| endpoint | requests | errors | req/s | p50 ms | p90 ms | p99 ms | p50 / baseline | p99 / baseline |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Result r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %.1f |%n",
              r.name(),
              r.requests(),
              r.errors(),
              r.throughput(),
              r.percentile(50) / 1000.0,
              r.percentile(90) / 1000.0,
              r.percentile(99) / 1000.0,
              ratio(r.percentile(50), base.percentile(50)),
              ratio(r.percentile(99), base.percentile(99))));
    }
    out.append(String.format(Locale.ROOT, "%n/regions: %s%n", size));
    out.append(
        String.format(
            Locale.ROOT,
            "start to serving (child JVM; seed import included when there is no --groups):"
                + " %d ms by the server's own log, %d ms from process launch%n",
            start.readyMillis(),
            start.launchMillis()));
    out.append(
        String.format(
            Locale.ROOT,
            "heap: peak used %.0f MB sampled from /health every 200 ms; at the end %s%n",
            peakHeap / 1e6,
            health));
    out.append(String.format(Locale.ROOT, "GC (child's -Xlog:gc): %s%n", gcSummary(gcLog)));
    long errors = results.stream().mapToLong(Result::errors).sum();
    out.append(errors == 0 ? "errors: none\n" : "errors: " + errors + " (the bar is zero)\n");
    System.out.print(out);
  }

  /**
   * The GC log's pause count and the largest heap after a collection, e.g. "12 pauses, at most 61M
   * after GC".
   */
  static String gcSummary(Path gcLog) throws IOException {
    if (!Files.exists(gcLog)) {
      return "no GC log";
    }
    Pattern after = Pattern.compile("->(\\d+)M\\((\\d+)M\\)");
    long pauses = 0;
    long maxAfter = 0;
    long committed = 0;
    for (String line : Files.readAllLines(gcLog)) {
      if (!line.contains("Pause")) {
        continue;
      }
      Matcher m = after.matcher(line);
      if (m.find()) {
        pauses++;
        maxAfter = Math.max(maxAfter, Long.parseLong(m.group(1)));
        committed = Math.max(committed, Long.parseLong(m.group(2)));
      }
    }
    return pauses
        + " pauses; live heap after a collection at most "
        + maxAfter
        + " MB; heap committed at most "
        + committed
        + " MB";
  }

  private static double ratio(long value, long baseline) {
    return baseline == 0 ? Double.NaN : (double) value / baseline;
  }

  private record ServerStart(int port, long readyMillis, long launchMillis) {}

  /**
   * Writes a made-up directory of {@code groups} groups as JSON and imports it into the data folder
   * (a bulk import, streamed), each in a child JVM; says what it loaded and how long it took.
   */
  private static String load(Path data, int groups, String heap) throws Exception {
    Path page = data.resolve("world.json");
    long t0 = System.nanoTime();
    child(
        heap,
        Duration.ofMinutes(30),
        "generate",
        "--groups",
        "" + groups,
        "--format",
        "json",
        "-o",
        "" + page);
    long generated = System.nanoTime();
    child(heap, Duration.ofMinutes(30), "import", "" + page, "--data", "" + data);
    String loaded =
        String.format(
            Locale.ROOT,
            "%,d made-up groups (generate %.0f s, import %.0f s)",
            groups,
            (generated - t0) / 1e9,
            (System.nanoTime() - generated) / 1e9);
    System.out.println(loaded);
    return loaded;
  }

  /**
   * Runs {@code localgroups ARGS} in a child JVM; fails, with the child's last line, when it fails
   * or outlasts {@code limit}.
   */
  private static void child(String heap, Duration limit, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + heap,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.localgroups.cli.Main"));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("localgroups-loadbench-" + args[0], ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new LocalGroupsException(
            LocalGroupsException.Kind.UNAVAILABLE,
            "localgroups " + args[0] + " did not end within " + limit.toMinutes() + " min.");
      }
      if (process.exitValue() != 0) {
        List<String> lines = Files.readAllLines(output);
        throw new LocalGroupsException(
            LocalGroupsException.Kind.UNAVAILABLE,
            "localgroups "
                + args[0]
                + " failed with exit status "
                + process.exitValue()
                + ": "
                + (lines.isEmpty() ? "(no output)" : lines.getLast()));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Process startServer(Path data, Path gcLog, String heap) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx" + heap,
                "--enable-native-access=ALL-UNNAMED",
                "-Xlog:gc:file=" + gcLog));
    // e.g. LOADBENCH_SERVER_OPTS="-XX:StartFlightRecording=filename=target/server.jfr" to profile
    // the server
    String extra = System.getenv().getOrDefault("LOADBENCH_SERVER_OPTS", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "org.localgroups.cli.Main",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--data",
            data.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /**
   * Reads the child's output until its "serving ... at http://localhost:PORT/ (ready in N ms" line.
   */
  private static ServerStart awaitReady(Process server) throws Exception {
    long launched = System.nanoTime();
    Pattern ready = Pattern.compile("at http://[^:]+:(\\d+)/ \\(ready in (\\d+) ms");
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<ServerStart> found = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try {
                for (String line; (line = lines.readLine()) != null; ) {
                  Matcher m = ready.matcher(line);
                  if (m.find() && !found.isDone()) {
                    found.complete(
                        new ServerStart(
                            Integer.parseInt(m.group(1)),
                            Long.parseLong(m.group(2)),
                            (System.nanoTime() - launched) / 1_000_000));
                  } else if (!found.isDone() || line.contains("ERROR")) {
                    System.err.println("server: " + line);
                  }
                }
                found.completeExceptionally(
                    new IllegalStateException("the server exited before it was ready"));
              } catch (IOException e) {
                found.completeExceptionally(e);
              }
            });
    try {
      return found.get(SETUP.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "The server did not say it was serving within " + SETUP.toSeconds() + " s.");
    } catch (ExecutionException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "The server did not start: " + e.getCause().getMessage());
    }
  }

  private static int option(String[] args, String name, int dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return dflt;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

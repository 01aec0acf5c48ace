package org.localgroups.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.localgroups.search.LuceneGroupIndex;
import org.localgroups.search.SearchFilter;

/**
 * Per-query latency without scheduler noise: runs each of 1,024 queries five times and keeps its
 * fastest run, so a query that is slow by itself shows, and one that was merely pre-empted on a
 * busy machine does not. Prints p50/p90/p99/max and the slowest queries of each kind; complements
 * {@link SearchBench}.
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.localgroups.bench.SearchLatencyProbe 1000000
 * </pre>
 */
public final class SearchLatencyProbe {
  private SearchLatencyProbe() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SyntheticWorld world = SyntheticWorld.generate(n, 20261125L);
    Path folder = Files.createTempDirectory("localgroups-probe");
    try (LuceneGroupIndex index = LuceneGroupIndex.at(folder)) {
      long t0 = System.nanoTime();
      index.replace(world.directory());
      System.out.printf("built %d in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      Random random = new Random(20261126L);
      int Q = 1024;
      double[] la = new double[Q], lo = new double[Q];
      String[] texts = new String[Q];
      List<String> cities = world.cityNames();
      for (int q = 0; q < Q; q++) {
        la[q] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
        lo[q] = random.nextDouble() * 360 - 180;
        String city = cities.get(random.nextInt(cities.size()));
        texts[q] =
            switch (q % 4) {
              case 0 -> "python " + city;
              case 1 -> "pyhton " + city.toLowerCase();
              case 2 -> "piggies " + city;
              default -> city.substring(0, city.length() - 1) + "x meetup";
            };
      }
      double[] cla = new double[Q], clo = new double[Q];
      for (int q = 0; q < Q; q++) {
        int g = random.nextInt(n);
        cla[q] = Math.max(-90, Math.min(90, world.latitudes()[g] + random.nextGaussian() * 0.1));
        clo[q] = Math.max(-180, Math.min(180, world.longitudes()[g] + random.nextGaussian() * 0.1));
      }
      long[] bestC = new long[Q];
      Arrays.fill(bestC, Long.MAX_VALUE);
      long[] best = new long[Q];
      Arrays.fill(best, Long.MAX_VALUE);
      long[] bestS = new long[Q];
      Arrays.fill(bestS, Long.MAX_VALUE);
      for (int rep = 0; rep < 5; rep++) {
        for (int q = 0; q < Q; q++) {
          long s = System.nanoTime();
          index.nearest(la[q], lo[q], 10, Double.POSITIVE_INFINITY);
          best[q] = Math.min(best[q], System.nanoTime() - s);
          s = System.nanoTime();
          index.nearest(cla[q], clo[q], 10, Double.POSITIVE_INFINITY);
          bestC[q] = Math.min(bestC[q], System.nanoTime() - s);
          s = System.nanoTime();
          index.search(texts[q], SearchFilter.NONE, 10);
          bestS[q] = Math.min(bestS[q], System.nanoTime() - s);
        }
      }
      report("nearest", best, q -> String.format("%.2f,%.2f", la[q], lo[q]));
      report("nearest in a city", bestC, q -> String.format("%.2f,%.2f", cla[q], clo[q]));
      report("search", bestS, q -> texts[q]);
    }
  }

  static void report(String what, long[] t, java.util.function.IntFunction<String> label) {
    Integer[] idx = new Integer[t.length];
    for (int i = 0; i < t.length; i++) idx[i] = i;
    Arrays.sort(idx, Comparator.comparingLong(i -> t[i]));
    System.out.printf(
        "%s min-of-5 per query: p50 %d us, p90 %d us, p99 %d us, max %d us%n",
        what,
        t[idx[t.length / 2]] / 1000,
        t[idx[t.length * 9 / 10]] / 1000,
        t[idx[t.length * 99 / 100]] / 1000,
        t[idx[t.length - 1]] / 1000);
    for (int i = t.length - 5; i < t.length; i++)
      System.out.println("  slow: " + label.apply(idx[i]) + " " + t[idx[i]] / 1000 + " us");
  }
}

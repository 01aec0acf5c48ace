package org.localgroups.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Nearest-10 on the same points and queries, three ways: our {@link SphereTree}, plain Lucene
 * ({@code LatLonPoint.nearest} over a one-segment index) and brute force; prints p50/p99/max per
 * way and the agreement of each with brute force. Queries: uniform over the sphere, 10% within a
 * degree of a pole, 10% within a degree of the dateline.
 *
 * <p>Each query runs {@code RUNS} times; "all" counts every run, "best" the fastest run of each
 * query (what the query costs by itself, without a pre-emption on a busy machine).
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     org.localgroups.search.NearestProbe 1000000 2000
 * </pre>
 */
public final class NearestProbe {
  private static final int K = 10;
  private static final int RUNS = 5;

  private NearestProbe() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Random random = new Random(20261207L);
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
      lon[i] = random.nextDouble() * 360 - 180;
    }
    double[] qLat = new double[queries];
    double[] qLon = new double[queries];
    for (int q = 0; q < queries; q++) {
      switch (q % 10) {
        case 0 -> {
          qLat[q] = (q % 20 == 0 ? 1 : -1) * (90 - random.nextDouble());
          qLon[q] = random.nextDouble() * 360 - 180;
        }
        case 1 -> {
          qLat[q] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
          qLon[q] = (q % 20 == 1 ? 180 : -180) - Math.signum(q % 20 - 10.5) * random.nextDouble();
          qLon[q] = Math.max(-180, Math.min(180, qLon[q]));
        }
        default -> {
          qLat[q] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
          qLon[q] = random.nextDouble() * 360 - 180;
        }
      }
    }

    long t0 = System.nanoTime();
    SphereTree tree = SphereTree.of(lat, lon);
    System.out.printf("%,d points; tree built in %.2f s%n", n, (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    ByteBuffersDirectory store = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(store, new IndexWriterConfig().setRAMBufferSizeMB(256))) {
      for (int i = 0; i < n; i++) {
        Document doc = new Document();
        doc.add(new LatLonPoint("p", lat[i], lon[i]));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    System.out.printf("Lucene index built in %.2f s%n", (System.nanoTime() - t0) / 1e9);

    try (DirectoryReader reader = DirectoryReader.open(store)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int[][] brute = new int[queries][];
      long[] bruteNanos = new long[queries];
      for (int q = 0; q < queries; q++) {
        long s = System.nanoTime();
        brute[q] = bruteForce(lat, lon, qLat[q], qLon[q]);
        bruteNanos[q] = System.nanoTime() - s;
      }
      long[][] treeNanos = new long[RUNS][queries];
      long[][] luceneNanos = new long[RUNS][queries];
      int treeAgree = 0;
      int luceneAgree = 0;
      for (int run = 0; run < RUNS; run++) {
        for (int q = 0; q < queries; q++) {
          long s = System.nanoTime();
          List<SphereTree.Found> found =
              tree.nearest(qLat[q], qLon[q], K, Double.POSITIVE_INFINITY);
          treeNanos[run][q] = System.nanoTime() - s;
          s = System.nanoTime();
          TopDocs top = LatLonPoint.nearest(searcher, "p", qLat[q], qLon[q], K);
          luceneNanos[run][q] = System.nanoTime() - s;
          if (run == 0) {
            treeAgree +=
                sameDistances(
                        found.stream().mapToInt(SphereTree.Found::id).toArray(),
                        brute[q],
                        lat,
                        lon,
                        qLat[q],
                        qLon[q])
                    ? 1
                    : 0;
            int[] ids = new int[top.scoreDocs.length];
            for (int i = 0; i < ids.length; i++) {
              ids[i] = top.scoreDocs[i].doc;
            }
            luceneAgree += sameDistances(ids, brute[q], lat, lon, qLat[q], qLon[q]) ? 1 : 0;
          }
        }
      }
      System.out.printf(
          "agreement with brute force: tree %d/%d, Lucene %d/%d%n",
          treeAgree, queries, luceneAgree, queries);
      report("tree", treeNanos);
      report("Lucene LatLonPoint.nearest", luceneNanos);
      report("brute force", new long[][] {bruteNanos});
    }
  }

  /** Whether two answers are the same distances in the same order (equally far points may swap). */
  private static boolean sameDistances(
      int[] a, int[] b, double[] lat, double[] lon, double qLat, double qLon) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(
              Earth.distanceKm(qLat, qLon, lat[a[i]], lon[a[i]])
                  - Earth.distanceKm(qLat, qLon, lat[b[i]], lon[b[i]]))
          > 1e-6) {
        return false;
      }
    }
    return true;
  }

  private static int[] bruteForce(double[] lat, double[] lon, double qLat, double qLon) {
    double[] bestKm = new double[K];
    int[] best = new int[K];
    Arrays.fill(bestKm, Double.POSITIVE_INFINITY);
    for (int i = 0; i < lat.length; i++) {
      double km = Earth.distanceKm(qLat, qLon, lat[i], lon[i]);
      if (km < bestKm[K - 1]) {
        int j = K - 1;
        while (j > 0 && bestKm[j - 1] > km) {
          bestKm[j] = bestKm[j - 1];
          best[j] = best[j - 1];
          j--;
        }
        bestKm[j] = km;
        best[j] = i;
      }
    }
    return best;
  }

  private static void report(String what, long[][] nanos) {
    int queries = nanos[0].length;
    long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
    long[] best = new long[queries];
    Arrays.fill(best, Long.MAX_VALUE);
    for (long[] run : nanos) {
      for (int q = 0; q < queries; q++) {
        best[q] = Math.min(best[q], run[q]);
      }
    }
    Arrays.sort(best);
    System.out.printf(
        "%-28s all runs: p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms | best of %d: p50 %7.3f  p99 %7.3f  max %7.3f%n",
        what,
        ms(all, 0.5),
        ms(all, 0.99),
        all[all.length - 1] / 1e6,
        nanos.length,
        ms(best, 0.5),
        ms(best, 0.99),
        best[best.length - 1] / 1e6);
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * quantile))] / 1e6;
  }
}

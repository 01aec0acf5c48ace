package org.localgroups.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.localgroups.directory.Directory;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.Place;
import org.localgroups.geo.UnknownPlaceException;
import org.localgroups.world.SyntheticDirectory;

/**
 * Nearest-10 on the same points and the same queries, every way: our {@link SphereTree}, plain
 * Lucene ({@code LatLonPoint.nearest} over a one-segment index), PostGIS ({@code geography <->} on
 * a GiST index, with {@code --postgis URL}) and brute force (a chord scan over all points, the
 * reference). Prints, as markdown tables, each way's agreement with brute force and its latency
 * p50/p99/max. Points: uniform over the sphere; with {@code --realistic} also a directory of as
 * many groups drawn by city population ({@link SyntheticDirectory}), on which it also times "groups
 * near a place name" ({@link GroupFinder}) and full-text search ({@link LuceneGroupIndex}).
 * Queries: see {@link ProbeQueries}.
 *
 * <p>Every way answers every query once as warm-up, then {@code --runs} times, interleaved; "all"
 * counts every run, "best" each query's fastest run (what the query costs by itself, without a
 * pre-emption on a busy machine). Single thread. Run by {@code bin/nearbench}, or:
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     org.localgroups.search.NearestProbe 1000000 2000 [--runs 5] [--realistic] [--postgis URL]
 * </pre>
 */
public final class NearestProbe {
  private static final int K = 10;

  /** Two answers agree when their i-th points are this close to equally far (in km). */
  private static final double SAME_KM = 1e-9;

  /** The radius of "groups near a place name", as the web's default. */
  private static final double PLACE_RADIUS_KM = 150;

  private NearestProbe() {}

  /** One way of answering "the k points nearest to this one". */
  private interface Way {
    int[] nearest(double latitude, double longitude) throws Exception;
  }

  /** Another query timed (place names, search texts). */
  private interface Query {
    void run(int q) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    List<String> positional = new ArrayList<>();
    String postgis = null;
    boolean realistic = false;
    int runs = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--postgis" -> postgis = args[++i];
        case "--realistic" -> realistic = true;
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> positional.add(args[i]);
      }
    }
    int n = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 1_000_000;
    int queries = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 2000;
    System.out.printf(
        Locale.ROOT,
        "%,d points, %,d queries, nearest %d, %d runs after a warm-up; %d cores; load average at"
            + " start %s%n",
        n,
        queries,
        K,
        runs,
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    Random random = new Random(20261207L);
    ProbeQueries.Points uniform = ProbeQueries.uniform(n, random);
    compare(
        "uniform points",
        uniform,
        ProbeQueries.anywhere(queries, random),
        runs,
        postgis,
        "near_uniform");
    if (realistic) {
      long t0 = System.nanoTime();
      GeoNamesGazetteer gazetteer = GeoNamesGazetteer.bundled();
      Directory directory = SyntheticDirectory.generate(gazetteer.cities(), n, 20261208L);
      System.out.printf(
          Locale.ROOT,
          "%nsynthetic directory of %,d groups in %.1f s%n",
          directory.groups().size(),
          seconds(t0));
      ProbeQueries.Points people = ProbeQueries.of(directory);
      compare(
          "population-weighted points (groups at their city's centre)",
          people,
          ProbeQueries.beside(people, queries, random),
          runs,
          postgis,
          "near_people");
      // a quarter as many: a full-text search costs a hundred nearest queries
      placesAndTexts(gazetteer, directory, Math.max(1, queries / 4), runs, random);
    }
    System.out.printf(Locale.ROOT, "%nload average at the end %s%n", loadAverage());
  }

  private static void compare(
      String title,
      ProbeQueries.Points points,
      ProbeQueries.Points queries,
      int runs,
      String postgisUrl,
      String table)
      throws Exception {
    System.out.printf(Locale.ROOT, "%n### %s%n%n", title);
    double[] lat = points.latitudes();
    double[] lon = points.longitudes();
    int count = queries.size();
    double[] qLat = queries.latitudes();
    double[] qLon = queries.longitudes();

    List<String> names = new ArrayList<>();
    List<Way> ways = new ArrayList<>();
    List<String> builds = new ArrayList<>();
    long t0 = System.nanoTime();
    SphereTree tree = SphereTree.of(lat, lon);
    names.add("`SphereTree` (ours)");
    builds.add(String.format(Locale.ROOT, "%.1f s", seconds(t0)));
    ways.add(
        (la, lo) ->
            tree.nearest(la, lo, K, Double.POSITIVE_INFINITY).stream()
                .mapToInt(SphereTree.Found::id)
                .toArray());

    t0 = System.nanoTime();
    ByteBuffersDirectory store = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(store, new IndexWriterConfig().setRAMBufferSizeMB(256))) {
      for (int i = 0; i < points.size(); i++) {
        Document doc = new Document();
        doc.add(new LatLonPoint("p", lat[i], lon[i]));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    DirectoryReader reader = DirectoryReader.open(store);
    IndexSearcher searcher = new IndexSearcher(reader);
    names.add("Lucene `LatLonPoint.nearest`");
    builds.add(String.format(Locale.ROOT, "%.1f s", seconds(t0)));
    ways.add(
        (la, lo) -> {
          TopDocs top = LatLonPoint.nearest(searcher, "p", la, lo, K);
          return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        });

    PostgisNearest postgis = null;
    if (postgisUrl != null) {
      t0 = System.nanoTime();
      postgis = PostgisNearest.load(postgisUrl, table, points);
      PostgisNearest db = postgis;
      names.add("PostGIS `geography <->`, GiST");
      builds.add(String.format(Locale.ROOT, "%.1f s", seconds(t0)));
      ways.add((la, lo) -> db.nearest(la, lo, K));
      System.out.print("PostGIS plan:\n" + db.plan(qLat[0], qLon[0], K).indent(4) + "\n");
    }

    try (reader) {
      BruteForce brute = new BruteForce(lat, lon);
      for (int q = 0; q < Math.min(count, 20); q++) {
        brute.nearest(qLat[q], qLon[q]);
      }
      int[][] reference = new int[count][];
      long[][] bruteNanos = new long[1][count];
      for (int q = 0; q < count; q++) {
        long s = System.nanoTime();
        reference[q] = brute.nearest(qLat[q], qLon[q]);
        bruteNanos[0][q] = System.nanoTime() - s;
      }
      int[] agree = new int[ways.size()];
      for (int w = 0; w < ways.size(); w++) {
        for (int q = 0; q < count; q++) {
          int[] found = ways.get(w).nearest(qLat[q], qLon[q]);
          agree[w] += sameDistances(found, reference[q], lat, lon, qLat[q], qLon[q]) ? 1 : 0;
        }
      }
      long[][][] nanos = new long[ways.size()][runs][count];
      for (int run = 0; run < runs; run++) {
        for (int q = 0; q < count; q++) {
          for (int w = 0; w < ways.size(); w++) {
            long s = System.nanoTime();
            ways.get(w).nearest(qLat[q], qLon[q]);
            nanos[w][run][q] = System.nanoTime() - s;
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| nearest-%d, %,d points | agreement with brute force | all runs p50 / p99 / max |"
              + " best of %d p50 / p99 / max | build or load |%n",
          K,
          points.size(),
          runs);
      System.out.println("| --- | ---: | ---: | ---: | ---: |");
      for (int w = 0; w < ways.size(); w++) {
        System.out.println(
            row(names.get(w), agree[w] + " / " + count, nanos[w], true, builds.get(w)));
      }
      System.out.println(row("brute force (chord scan, reference)", "-", bruteNanos, false, "-"));
    } finally {
      if (postgis != null) {
        postgis.close();
      }
    }
  }

  /** Groups near a place name and full-text search on the realistic directory. */
  private static void placesAndTexts(
      GeoNamesGazetteer gazetteer, Directory directory, int count, int runs, Random random)
      throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%n### place names and full-text search, %,d groups%n%n",
        directory.groups().size());
    Path folder = Files.createTempDirectory("localgroups-nearest-probe");
    try (LuceneGroupIndex index = LuceneGroupIndex.at(folder)) {
      long t0 = System.nanoTime();
      index.replace(directory);
      String indexBuild = String.format(Locale.ROOT, "%.1f s", seconds(t0));
      t0 = System.nanoTime();
      GroupFinder finder = new GroupFinder(gazetteer, index, directory);
      String finderBuild = String.format(Locale.ROOT, "%.1f s", seconds(t0));
      List<Place> cities =
          gazetteer.cities().stream().sorted(Comparator.comparingLong(Place::geonameId)).toList();
      List<String> places = ProbeQueries.placeNames(cities, count, random);
      List<String> texts = ProbeQueries.searchTexts(cities, count, random);
      int[] unknown = new int[1];
      int[] empty = new int[1];
      Query lookup = q -> gazetteer.lookup(places.get(q));
      Query near =
          q -> {
            try {
              finder.near(places.get(q), K, PLACE_RADIUS_KM);
            } catch (UnknownPlaceException e) {
              unknown[0]++;
            }
          };
      Query search =
          q -> {
            if (index.search(texts.get(q), SearchFilter.NONE, K).isEmpty()) {
              empty[0]++;
            }
          };
      List<Query> all = List.of(lookup, near, search);
      for (Query each : all) {
        for (int q = 0; q < count; q++) {
          each.run(q);
        }
      }
      long[][][] nanos = new long[all.size()][runs][count];
      for (int run = 0; run < runs; run++) {
        for (int q = 0; q < count; q++) {
          for (int w = 0; w < all.size(); w++) {
            long s = System.nanoTime();
            all.get(w).run(q);
            nanos[w][run][q] = System.nanoTime() - s;
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| %,d queries | answered | all runs p50 / p99 / max | best of %d p50 / p99 / max |"
              + " build |%n",
          count,
          runs);
      System.out.println("| --- | ---: | ---: | ---: | ---: |");
      System.out.println(row("gazetteer lookup of the place name", "-", nanos[0], true, "-"));
      System.out.println(
          row(
              "groups near a place name (`GroupFinder.near`, 10, 150 km)",
              (count - unknown[0] / (runs + 1)) + " / " + count + " places known",
              nanos[1],
              true,
              finderBuild));
      System.out.println(
          row(
              "full-text search (`LuceneGroupIndex.search`, 10 hits)",
              (count - empty[0] / (runs + 1)) + " / " + count + " with hits",
              nanos[2],
              true,
              indexBuild + " (index)"));
      System.out.println();
      slowest("groups near a place name", nanos[1], places);
      slowest("full-text search", nanos[2], texts);
    } finally {
      deleteTree(folder);
    }
  }

  /** Prints the queries whose fastest run was slowest: what makes the p99. */
  private static void slowest(String what, long[][] nanos, List<String> queries) {
    long[] fastest = new long[queries.size()];
    Arrays.fill(fastest, Long.MAX_VALUE);
    for (long[] run : nanos) {
      for (int q = 0; q < fastest.length; q++) {
        fastest[q] = Math.min(fastest[q], run[q]);
      }
    }
    Integer[] order = new Integer[fastest.length];
    Arrays.setAll(order, q -> q);
    Arrays.sort(order, Comparator.comparingLong((Integer q) -> fastest[q]).reversed());
    StringBuilder line = new StringBuilder(what + ", slowest by their fastest run:");
    for (int i = 0; i < Math.min(5, order.length); i++) {
      line.append(
          String.format(
              Locale.ROOT, " \"%s\" %s ms;", queries.get(order[i]), ms(fastest[order[i]])));
    }
    System.out.println(line);
  }

  /** Exact nearest by a scan: squared chord between unit vectors, which orders as great circles. */
  private static final class BruteForce {
    private final double[] xs;
    private final double[] ys;
    private final double[] zs;

    BruteForce(double[] lat, double[] lon) {
      xs = new double[lat.length];
      ys = new double[lat.length];
      zs = new double[lat.length];
      for (int i = 0; i < lat.length; i++) {
        double la = Math.toRadians(lat[i]);
        double lo = Math.toRadians(lon[i]);
        xs[i] = Math.cos(la) * Math.cos(lo);
        ys[i] = Math.cos(la) * Math.sin(lo);
        zs[i] = Math.sin(la);
      }
    }

    /** The k nearest, nearest first; equally far: the lower index first. */
    int[] nearest(double latitude, double longitude) {
      double la = Math.toRadians(latitude);
      double lo = Math.toRadians(longitude);
      double qx = Math.cos(la) * Math.cos(lo);
      double qy = Math.cos(la) * Math.sin(lo);
      double qz = Math.sin(la);
      double[] bestD = new double[K];
      int[] best = new int[K];
      Arrays.fill(bestD, Double.POSITIVE_INFINITY);
      for (int i = 0; i < xs.length; i++) {
        double dx = qx - xs[i];
        double dy = qy - ys[i];
        double dz = qz - zs[i];
        double d = dx * dx + dy * dy + dz * dz;
        if (d < bestD[K - 1]) {
          int j = K - 1;
          while (j > 0 && bestD[j - 1] > d) {
            bestD[j] = bestD[j - 1];
            best[j] = best[j - 1];
            j--;
          }
          bestD[j] = d;
          best[j] = i;
        }
      }
      return best;
    }
  }

  /**
   * Whether two answers are the same distances in the same order, by haversine: points equally far
   * may come in either order or be swapped for one another.
   */
  private static boolean sameDistances(
      int[] a, int[] b, double[] lat, double[] lon, double qLat, double qLon) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(
              Earth.distanceKm(qLat, qLon, lat[a[i]], lon[a[i]])
                  - Earth.distanceKm(qLat, qLon, lat[b[i]], lon[b[i]]))
          > SAME_KM) {
        return false;
      }
    }
    return true;
  }

  private static String row(
      String what, String agreement, long[][] nanos, boolean best, String build) {
    int queries = nanos[0].length;
    long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
    long[] fastest = new long[queries];
    Arrays.fill(fastest, Long.MAX_VALUE);
    for (long[] run : nanos) {
      for (int q = 0; q < queries; q++) {
        fastest[q] = Math.min(fastest[q], run[q]);
      }
    }
    Arrays.sort(fastest);
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %s | %s |",
        what,
        agreement,
        triple(all),
        best ? triple(fastest) : "",
        build);
  }

  private static String triple(long[] sorted) {
    return String.format(
        Locale.ROOT,
        "%s / %s / %s ms",
        ms(sorted[quantile(sorted, 0.5)]),
        ms(sorted[quantile(sorted, 0.99)]),
        ms(sorted[sorted.length - 1]));
  }

  private static int quantile(long[] sorted, double q) {
    return (int) Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1);
  }

  /** Milliseconds with three significant digits. */
  private static String ms(long nanos) {
    double ms = nanos / 1e6;
    return ms >= 100
        ? String.format(Locale.ROOT, "%.0f", ms)
        : ms >= 10
            ? String.format(Locale.ROOT, "%.1f", ms)
            : ms >= 1
                ? String.format(Locale.ROOT, "%.2f", ms)
                : String.format(Locale.ROOT, "%.3f", ms);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.localgroups.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.util.SloppyMath;
import org.localgroups.search.LuceneGroupIndex;
import org.localgroups.search.NearGroup;
import org.localgroups.search.SearchFilter;
import org.localgroups.search.TextHit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code nearest} and {@code search} on a 200-group and a 1,000,000-group synthetic directory,
 * index on disk (memory-mapped), against the baseline of a full linear haversine scan over the same
 * points.
 *
 * <pre>
 * ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main SearchBench \
 *     -f 1 -wi 2 -i 3 -w 2s -r 3s
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class SearchBench {
  private static final int K = 10;
  private static final long SEED = 20261125L;
  private static final int QUERIES = 1024;

  @Param({"200", "1000000"})
  public int groups;

  private Path folder;
  private LuceneGroupIndex index;
  private double[] latitudes;
  private double[] longitudes;
  private double[] queryLat;
  private double[] queryLon;
  private double[] cityLat;
  private double[] cityLon;
  private String[] texts;
  private int next;

  @Setup(Level.Trial)
  public void build() throws IOException {
    long start = System.nanoTime();
    SyntheticWorld world = SyntheticWorld.generate(groups, SEED);
    long generated = System.nanoTime();
    folder = Files.createTempDirectory("localgroups-bench");
    index = LuceneGroupIndex.at(folder.resolve("index"));
    index.replace(world.directory());
    long built = System.nanoTime();
    System.out.printf(
        "%n[setup] %,d groups: generated in %.1f s, indexed in %.1f s%n",
        groups, (generated - start) / 1e9, (built - generated) / 1e9);
    latitudes = world.latitudes();
    longitudes = world.longitudes();
    Random random = new Random(SEED + 1);
    queryLat = new double[QUERIES];
    queryLon = new double[QUERIES];
    texts = new String[QUERIES];
    cityLat = new double[QUERIES];
    cityLon = new double[QUERIES];
    List<String> cities = world.cityNames();
    for (int q = 0; q < QUERIES; q++) {
      // near the poles and the dateline too, as uniform points on the sphere are
      queryLat[q] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
      queryLon[q] = random.nextDouble() * 360 - 180;
      // a visitor where groups are: within about 10 km of a random group
      int g = random.nextInt(groups);
      cityLat[q] = Math.max(-90, Math.min(90, latitudes[g] + random.nextGaussian() * 0.1));
      cityLon[q] = Math.max(-180, Math.min(180, longitudes[g] + random.nextGaussian() * 0.1));
      String city = cities.get(random.nextInt(cities.size()));
      texts[q] =
          switch (q % 4) {
            case 0 -> "python " + city;
            case 1 -> "pyhton " + city.toLowerCase(); // a typo
            case 2 -> "piggies " + city; // a synonym
            default ->
                city.substring(0, city.length() - 1) + "x meetup"; // typo in the city, synonym
          };
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private int next() {
    next = (next + 1) & (QUERIES - 1);
    return next;
  }

  /** From anywhere on the globe (uniform on the sphere: mostly ocean, poles included). */
  @Benchmark
  public List<NearGroup> nearest() {
    int q = next();
    return index.nearest(queryLat[q], queryLon[q], K, Double.POSITIVE_INFINITY);
  }

  @Benchmark
  public List<NearGroup> nearestInACity() {
    int q = next();
    return index.nearest(cityLat[q], cityLon[q], K, Double.POSITIVE_INFINITY);
  }

  @Benchmark
  public List<NearGroup> nearestWithin100Km() {
    int q = next();
    return index.nearest(queryLat[q], queryLon[q], K, 100);
  }

  @Benchmark
  public List<TextHit> search() {
    return index.search(texts[next()], SearchFilter.NONE, K);
  }

  /**
   * Baseline: the k nearest by computing the haversine distance to every group, keeping the best k.
   */
  @Benchmark
  public double[] fullScan() {
    int q = next();
    double lat = queryLat[q];
    double lon = queryLon[q];
    double[] best = new double[K];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    for (int i = 0; i < latitudes.length; i++) {
      double d = SloppyMath.haversinMeters(lat, lon, latitudes[i], longitudes[i]);
      if (d < best[K - 1]) {
        int j = K - 1;
        while (j > 0 && best[j - 1] > d) {
          best[j] = best[j - 1];
          j--;
        }
        best[j] = d;
      }
    }
    return best;
  }
}

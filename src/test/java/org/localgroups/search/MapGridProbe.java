package org.localgroups.search;

import java.util.Arrays;
import java.util.Random;
import org.localgroups.directory.Directory;

/**
 * The map's views at scale: builds a {@link MapGrid} over n groups ({@link MapGridTest#scattered}:
 * a third at a dozen city points, the rest spread over the globe and its edges) and times views of
 * the world, of a continent and of a city-sized box, each query {@code RUNS} times; prints the
 * build time and p50 / p99 / max of each kind (all runs, and each query's best run), with the
 * features and groups a view returned. A view costs the cells it draws and the groups it returns,
 * so the world at 1,000,000 groups should cost about what it costs at 20,000.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     org.localgroups.search.MapGridProbe 1000000 200
 * </pre>
 */
public final class MapGridProbe {
  private static final int RUNS = 5;

  private MapGridProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Directory d = MapGridTest.scattered(20261207L, n);
    long t0 = System.nanoTime();
    MapGrid grid = MapGrid.of(d);
    System.out.printf(
        "%,d groups (%,d on the map): grid built in %.0f ms%n",
        n, grid.size(), (System.nanoTime() - t0) / 1e6);
    Random random = new Random(7);
    probe("world, zoom 1", grid, queries, r -> Bbox.WORLD, 1, random);
    probe("world, zoom 2", grid, queries, r -> Bbox.WORLD, 2, random);
    probe(
        "30 x 20 degrees, zoom 4",
        grid,
        queries,
        r -> box(r.nextDouble() * 330 - 180, r.nextDouble() * 140 - 80, 30, 20),
        4,
        random);
    probe(
        "1 x 0.5 degrees, zoom 10",
        grid,
        queries,
        r -> box(r.nextDouble() * 358 - 179, r.nextDouble() * 160 - 80, 1, 0.5),
        10,
        random);
    probe(
        "across the antimeridian 40 x 30 degrees, zoom 3",
        grid,
        queries,
        r -> new Bbox(160 + r.nextDouble() * 10, -40, -170 + r.nextDouble() * 10, -10),
        3,
        random);
  }

  private static Bbox box(double west, double south, double width, double height) {
    return new Bbox(west, south, Math.min(180, west + width), Math.min(90, south + height));
  }

  private static void probe(
      String name,
      MapGrid grid,
      int queries,
      java.util.function.Function<Random, Bbox> boxes,
      int zoom,
      Random random) {
    double[] all = new double[queries * RUNS];
    double[] best = new double[queries];
    long features = 0;
    long groups = 0;
    for (int q = 0; q < queries; q++) {
      Bbox box = boxes.apply(random);
      best[q] = Double.MAX_VALUE;
      for (int run = 0; run < RUNS; run++) {
        long t = System.nanoTime();
        MapAnswer a = grid.answer(box, zoom, 300);
        double ms = (System.nanoTime() - t) / 1e6;
        all[q * RUNS + run] = ms;
        best[q] = Math.min(best[q], ms);
        if (run == 0) {
          features += a.groups().size() + a.clusters().size();
          groups += a.total();
        }
      }
    }
    Arrays.sort(all);
    Arrays.sort(best);
    System.out.printf(
        "%-48s | %5.0f features, %9.0f groups per view | all %.3f / %.3f / %.1f ms | best %.3f /"
            + " %.3f / %.3f ms%n",
        name,
        (double) features / queries,
        (double) groups / queries,
        all[all.length / 2],
        all[(int) (all.length * 0.99)],
        all[all.length - 1],
        best[best.length / 2],
        best[(int) (best.length * 0.99)],
        best[best.length - 1]);
  }
}

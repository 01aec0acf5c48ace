package org.localgroups.bench;

import java.util.ArrayList;
import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.Place;
import org.localgroups.links.DuplicatePair;
import org.localgroups.links.Duplicates;
import org.localgroups.world.SyntheticDirectory;

/**
 * Seconds for the duplicates report ({@link Duplicates#in}) of a synthetic directory at each size
 * asked for, three runs each after one to warm up; prints the fastest and the pairs found. Before
 * blocking it compared every two groups (5·10⁹ comparisons at 100,000 groups: not finished).
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     org.localgroups.bench.DuplicatesProbe 10000 100000
 * </pre>
 */
public final class DuplicatesProbe {
  private DuplicatesProbe() {}

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args.length == 0 ? new String[] {"10000", "100000"} : args) {
      sizes.add(Integer.parseInt(a));
    }
    List<Place> cities = GeoNamesGazetteer.bundled().cities();
    System.out.printf("%-8s %10s %9s%n", "groups", "pairs", "best s");
    for (int n : sizes) {
      Directory d = SyntheticDirectory.generate(cities, n, 11);
      int pairs = Duplicates.in(d).size();
      double best = Double.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        long t0 = System.nanoTime();
        List<DuplicatePair> found = Duplicates.in(d);
        best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        pairs = found.size();
      }
      System.out.printf("%-8d %10d %9.2f%n", n, pairs, best);
    }
  }
}

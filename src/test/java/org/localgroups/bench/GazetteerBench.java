package org.localgroups.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.LookupContext;
import org.localgroups.geo.PlaceMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of {@link GeoNamesGazetteer#lookup} and {@code mentions} over a mix of real queries;
 * SampleTime prints the median (p0.50) and p0.99. Run with {@code bin/bench GazetteerBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m"})
public class GazetteerBench {
  private static final List<String> QUERIES =
      List.of(
          "Cracow",
          "München",
          "Köln, Germany",
          "Bangalore",
          "Kiev",
          "São Paulo",
          "Sao Paulo",
          "Washington, DC",
          "Springfield, MO",
          "Portland, OR",
          "Portland ME",
          "Paris",
          "Paris, TX",
          "Deutschland",
          "ประเทศไทย",
          "California",
          "Bahia",
          "Cambridge",
          "Rio de Janeiro",
          "Grand Rapids, Michigan",
          "Kitchener",
          "Xqzzyville");
  private static final List<String> TEXTS =
      List.of(
          "PythonCabal Python User Group in Guadalajara, meets the fourth Monday of every month",
          "Pykonik - Cracow's Python Users Group",
          "Exception - Python seminar in Kiev - Ukraine",
          "KWPUG - the Kitchener/Waterloo Python User Group - just starting July 17, 2006.",
          "Dallas-Ft. Worth (Texas) Pythoneers",
          "Boston / Cambridge Python Users Group will be meeting in Boston, MA.");

  private GeoNamesGazetteer gazetteer;
  private String[] allNames;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    gazetteer = GeoNamesGazetteer.bundled();
    allNames = org.localgroups.geo.AllNames.keys();
  }

  /**
   * The baseline of the same run: the same queries answered by scanning every one of the
   * gazetteer's normalised names for an equal one (what a lookup would cost without the sorted
   * index).
   */
  @Benchmark
  public int fullScanBaseline() {
    next = (next + 1) % QUERIES.size();
    String key = org.localgroups.geo.AllNames.normalise(QUERIES.get(next));
    int found = 0;
    for (String name : allNames) {
      if (name.equals(key)) {
        found++;
      }
    }
    return found;
  }

  @Benchmark
  public List<PlaceMatch> lookup() {
    next = (next + 1) % QUERIES.size();
    return gazetteer.lookup(QUERIES.get(next), LookupContext.NONE);
  }

  @Benchmark
  public List<PlaceMatch> mentions() {
    next = (next + 1) % TEXTS.size();
    return gazetteer.mentions(TEXTS.get(next), LookupContext.country("US"));
  }

  @Benchmark
  public List<PlaceMatch> suggest() {
    next = (next + 1) % QUERIES.size();
    String q = QUERIES.get(next);
    return gazetteer.suggest(q.substring(0, Math.min(3, q.length())), 10);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public GeoNamesGazetteer loadBundled() {
    return GeoNamesGazetteer.loadBundled();
  }
}

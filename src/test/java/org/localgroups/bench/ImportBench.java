package org.localgroups.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.importer.ImportResult;
import org.localgroups.importer.Importer;
import org.localgroups.moin.MoinOutlineReader;
import org.localgroups.outline.Outline;
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
 * Time to read the bundled LocalUserGroups page (441 lines, 201 groups): MoinMoin parse alone, and
 * parse + import (regions, groups, links, placing every group with the bundled GeoNames gazetteer,
 * loaded once). SampleTime prints the median (p0.50) and p0.99. Run with {@code bin/bench
 * ImportBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m"})
public class ImportBench {
  private String seed;
  private MoinOutlineReader reader;
  private Importer importer;

  @Setup(Level.Trial)
  public void load() {
    try (var in = ImportBench.class.getResourceAsStream("/seed/LocalUserGroups.moin")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reader = new MoinOutlineReader();
    importer = new Importer(GeoNamesGazetteer.bundled());
  }

  @Benchmark
  public Outline parse() {
    return reader.read(seed, "LocalUserGroups");
  }

  @Benchmark
  public ImportResult parseAndImport() {
    return importer.read(reader.read(seed, "LocalUserGroups"), "LocalUserGroups.moin", "moin");
  }
}

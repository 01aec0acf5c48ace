package org.localgroups.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localgroups.LocalGroupsException;
import org.localgroups.links.DuplicatePair;
import org.localgroups.links.Duplicates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code localgroups duplicates [--json]}: pairs of groups that may be one, with the evidence. */
@Command(
    name = "duplicates",
    description =
        "List pairs of groups that may be one: a shared link (after URL normalisation), or close"
            + " names in the same area (one region, or within "
            + (int) Duplicates.NEAR_KM
            + " km). `merge A B` merges one into the other.")
final class DuplicatesCommand implements Callable<Integer> {
  @Option(names = "--json", description = "print one JSON object with the pairs instead")
  boolean json;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Parts parts = Parts.forReading(data)) {
      List<DuplicatePair> pairs = Duplicates.in(parts.directory());
      if (json) {
        out.println(asJson(Map.of("pairs", pairs, "count", pairs.size())));
      } else {
        print(pairs, out);
      }
      out.flush();
      return 0;
    }
  }

  static void print(List<DuplicatePair> pairs, PrintWriter out) {
    out.printf("%d possible duplicate%s%n", pairs.size(), pairs.size() == 1 ? "" : "s");
    for (DuplicatePair p : pairs) {
      out.printf(
          "%n%s (%s)  <-  %s (%s)%n", p.a().name(), p.a().slug(), p.b().name(), p.b().slug());
      for (DuplicatePair.SharedLink l : p.sharedLinks()) {
        out.printf("  same link %s: %s | %s%n", l.identity(), l.urlOfA(), l.urlOfB());
      }
      p.names()
          .ifPresent(
              n ->
                  out.printf(
                      Locale.ROOT,
                      "  close names (%.2f): '%s' ~ '%s'%n",
                      n.similarity(),
                      n.foldedA(),
                      n.foldedB()));
      if (!p.area().sameRegions().isEmpty()) {
        out.printf("  both in %s%n", String.join(", ", p.area().sameRegions()));
      }
      p.area().distanceKm().ifPresent(km -> out.printf(Locale.ROOT, "  %.1f km apart%n", km));
    }
  }

  private static String asJson(Object value) {
    try {
      return new ObjectMapper()
          .registerModule(new Jdk8Module())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE, "The report could not be written as JSON.", e);
    }
  }
}

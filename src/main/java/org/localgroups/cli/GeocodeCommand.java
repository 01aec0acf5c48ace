package org.localgroups.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.geo.UnknownPlaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups geocode "TEXT"}: ranked candidate places from the offline gazetteer. */
@Command(
    name = "geocode",
    description = "Show the places a text may mean, best first (offline GeoNames).")
final class GeocodeCommand implements Callable<Integer> {
  private static final int MAX_SUGGESTIONS = 5;

  @Parameters(
      paramLabel = "TEXT",
      description = "a place: \"Cracow\", \"Springfield, MO\", \"Köln, Germany\"")
  String text;

  @Option(
      names = {"-n", "--limit"},
      defaultValue = "5",
      description = "at most this many candidates")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var gazetteer = GeoNamesGazetteer.bundled();
    List<PlaceMatch> matches = gazetteer.lookup(text);
    if (matches.isEmpty()) {
      throw new UnknownPlaceException(text, gazetteer.suggestionsFor(text, MAX_SUGGESTIONS));
    }
    var out = spec.commandLine().getOut();
    int rank = 1;
    for (PlaceMatch m : matches.subList(0, Math.min(limit, matches.size()))) {
      out.printf(
          Locale.ROOT,
          "%d. %s  [%s, geonames %d]  %.5f, %.5f  score %.2f  (%s)%n",
          rank++,
          m.place().label(),
          m.place().kind().name().toLowerCase(Locale.ROOT),
          m.place().geonameId(),
          m.place().latitude(),
          m.place().longitude(),
          m.score(),
          m.why());
    }
    out.flush();
    return 0;
  }
}

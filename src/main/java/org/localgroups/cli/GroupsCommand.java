package org.localgroups.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.localgroups.directory.Group;
import org.localgroups.search.GroupFinder;
import org.localgroups.search.LuceneGroupIndex;
import org.localgroups.search.NearResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code localgroups groups [--country CC] [--near TEXT]}. */
@Command(
    name = "groups",
    description = "List groups: all, those of a country, or the nearest to a place.")
final class GroupsCommand implements Callable<Integer> {
  @Option(names = "--country", paramLabel = "CC", description = "ISO country code, e.g. DE")
  String country;

  @Option(
      names = "--near",
      paramLabel = "TEXT",
      description = "a place; lists the nearest groups with distances")
  String near;

  @Option(
      names = {"-k", "--limit"},
      defaultValue = "10",
      description = "with --near: at most this many")
  int limit;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    try (Parts parts = new Parts(data);
        LuceneGroupIndex index = LuceneGroupIndex.inMemory()) {
      var directory = parts.directory();
      if (near != null) {
        index.replace(directory);
        NearResult result =
            new GroupFinder(parts.gazetteer(), index, directory).near(near, limit, 150);
        out.printf(
            "Near %s%s%n",
            result.understood(), result.anyWithinRadius() ? "" : " (no group within 150 km)");
        for (var hit : result.groups()) {
          Group g = directory.group(hit.groupSlug()).orElseThrow();
          out.printf(
              Locale.ROOT,
              "%8.1f km  %s  (%s)%n",
              hit.distanceKm(),
              g.name(),
              g.placement().name());
        }
      } else {
        for (Group g : directory.groups()) {
          if (country == null || g.placement().countryCode().equalsIgnoreCase(country)) {
            out.printf(
                "%-40s %-3s %s%n",
                g.name(), g.placement().countryCode(), g.mainLink().map(l -> l.url()).orElse(""));
          }
        }
      }
      out.flush();
      return 0;
    }
  }
}

package org.localgroups.checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.Region;
import org.localgroups.fetch.Outcome;

/**
 * The curators' view of the links: each checked link of a group with its newest check, filtered by
 * outcome and region, the oldest failures first, and the counts per region. Pure.
 */
public final class LinkReport {
  private LinkReport() {}

  /**
   * One link of a group, as last checked.
   *
   * @param region the top-level region the group is listed under ("" when none)
   * @param since when its current run of failures began; for a link that answers, when it last did
   */
  public record Row(Group group, String region, Link link, LinkHistory history, Instant since) {
    public LinkCheck latest() {
      return history.latest();
    }

    /** The newest outcome's id ("not-found"). */
    public String outcomeId() {
      return Outcomes.id(history.latest().outcome());
    }

    /** The newest outcome for people ("Not found"). */
    public String outcomeLabel() {
      return Outcomes.label(history.latest().outcome());
    }
  }

  /**
   * The rows of the links whose newest check had this outcome (empty: every failure), under a
   * region (its slug; "" for all), the oldest failures first.
   */
  public static List<Row> rows(
      Directory d,
      Map<String, Map<String, LinkHistory>> histories,
      Optional<Outcome> outcome,
      String regionSlug) {
    Set<String> under = regionSlug.isEmpty() ? Set.of() : d.groupsUnder(regionSlug);
    List<Row> out = new ArrayList<>();
    for (Group g : d.groups()) {
      if (!regionSlug.isEmpty() && !under.contains(g.slug())) {
        continue;
      }
      Map<String, LinkHistory> links = histories.getOrDefault(g.id(), Map.of());
      Map<String, Link> byIdentity = new LinkedHashMap<>();
      g.links().stream()
          .filter(LinkChecker::checkable)
          .forEach(l -> byIdentity.putIfAbsent(l.identity(), l));
      for (Link l : byIdentity.values()) {
        LinkHistory h = links.get(l.identity());
        if (h == null) {
          continue;
        }
        Outcome o = h.latest().outcome();
        boolean wanted = outcome.map(w -> w == o).orElse(!o.alive());
        if (wanted) {
          Instant since =
              o.alive()
                  ? h.lastAlive().orElse(h.latest().checkedAt())
                  : h.failingSince().orElse(h.latest().checkedAt());
          out.add(new Row(g, topRegion(d, g), l, h, since));
        }
      }
    }
    out.sort(
        Comparator.comparing(Row::since)
            .thenComparing(r -> r.group().slug())
            .thenComparing(r -> r.link().url()));
    return out;
  }

  /**
   * As {@link #rows(Directory, Map, Optional, String)}, the outcome given by its id ("not-found";
   * "" for every failure).
   *
   * @throws LocalGroupsException BAD_INPUT for an outcome that is not one
   */
  public static List<Row> rows(
      Directory d,
      Map<String, Map<String, LinkHistory>> histories,
      String outcomeId,
      String regionSlug) {
    Optional<Outcome> outcome = Optional.empty();
    if (!outcomeId.isEmpty()) {
      outcome =
          Optional.of(
              Outcomes.parse(outcomeId)
                  .orElseThrow(
                      () ->
                          LocalGroupsException.badInput(
                              "outcome must be one of "
                                  + String.join(", ", Outcomes.choices().keySet())
                                  + "; got '"
                                  + (outcomeId.length() > 40
                                      ? outcomeId.substring(0, 40) + "…"
                                      : outcomeId)
                                  + "'.")));
    }
    return rows(d, histories, outcome, regionSlug);
  }

  /** How many rows each top-level region has, by name. */
  public static Map<String, Integer> perRegion(List<Row> rows) {
    Map<String, Integer> out = new TreeMap<>();
    rows.forEach(
        r -> out.merge(r.region().isEmpty() ? "(no region)" : r.region(), 1, Integer::sum));
    return out;
  }

  /**
   * The outermost region above (or of) the group's first listing that has a sibling: a lone wrapper
   * at the top (the seed's "Geographical Breakdown of User Groups", which holds every continent) is
   * looked through, so the counts are per continent rather than one for all.
   */
  static String topRegion(Directory d, Group g) {
    List<Region> listed = d.regionsOf(g.slug());
    if (listed.isEmpty()) {
      return "";
    }
    List<Region> path = new ArrayList<>(d.ancestors(listed.getFirst().slug()));
    path.add(listed.getFirst());
    for (Region r : path) {
      if (d.children(r.parentSlug()).size() > 1) {
        return r.name();
      }
    }
    return path.getLast().name();
  }
}

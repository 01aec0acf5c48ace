package org.localgroups.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.importer.Drafts.GroupDraft;

/**
 * The import's phase after reading: each group is placed from its own words within the region it
 * was first listed in, or, when that region names no country, within the country its flag names.
 */
final class GroupPlacing {
  private final Placer placer;

  GroupPlacing(Placer placer) {
    this.placer = placer;
  }

  /** The placement of every group, in their order. */
  Map<GroupDraft, Placement> place(List<GroupDraft> groups) {
    Map<GroupDraft, Placement> placements = new LinkedHashMap<>();
    groups.forEach(g -> placements.put(g, place(g)));
    return placements;
  }

  private Placement place(GroupDraft g) {
    List<String> urls = g.links.stream().map(Link::url).filter(u -> !u.isEmpty()).toList();
    Placement within = g.firstRegion.place;
    String withinName = g.firstRegion.name;
    if (within.countryCode().isEmpty()) {
      Optional<Placement> flagged = placer.countryOfFlag(g.flagCountry);
      if (flagged.isPresent()) {
        within = flagged.get();
        withinName = within.name();
      }
    }
    return placer.placeGroup(g.name, g.description, within, withinName, urls);
  }
}

package org.localgroups.revision;

import java.util.List;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region.RegionKind;

/**
 * A region's state in a revision.
 *
 * @param parent the parent region's id, "" at the top level
 */
public record RegionState(
    String id,
    String slug,
    String name,
    int level,
    String parent,
    RegionKind kind,
    Placement place,
    List<Link> resources)
    implements EntityState {
  public RegionState {
    resources = List.copyOf(resources);
  }

  @Override
  public EntityRef ref() {
    return EntityRef.region(id);
  }

  @Override
  public String label() {
    return name;
  }

  public RegionState withSlug(String newSlug) {
    return new RegionState(id, newSlug, name, level, parent, kind, place, resources);
  }
}

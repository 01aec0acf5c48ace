package org.localgroups.revision;

import java.util.List;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;

/**
 * A group's state in a revision.
 *
 * @param regions the ids of the regions that list it, in page order
 */
public record GroupState(
    String id,
    String slug,
    String name,
    String description,
    List<Link> links,
    GroupStatus status,
    String founded,
    String meeting,
    List<String> notes,
    Placement placement,
    List<String> regions)
    implements EntityState {
  public GroupState {
    links = List.copyOf(links);
    notes = List.copyOf(notes);
    regions = List.copyOf(regions);
  }

  @Override
  public EntityRef ref() {
    return EntityRef.group(id);
  }

  @Override
  public String label() {
    return name;
  }

  public GroupState withSlug(String newSlug) {
    return new GroupState(
        id, newSlug, name, description, links, status, founded, meeting, notes, placement, regions);
  }

  public GroupState withRegions(List<String> newRegions) {
    return new GroupState(
        id, slug, name, description, links, status, founded, meeting, notes, placement, newRegions);
  }
}

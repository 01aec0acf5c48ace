package org.localgroups.directory;

import java.util.List;

/**
 * A user group.
 *
 * @param slug        stable id, derived from the name (unique in the directory)
 * @param name        the group's name as written
 * @param description the rest of its line as a reader sees it, links reduced to their labels ("" if none)
 * @param links       every link of the group, the main one first, in source order
 * @param status      active, starting, inactive or defunct
 * @param founded     when it started, as written ("Started in February 2012" gives "February 2012"), or ""
 * @param meeting     when it meets, as written ("meets the 2nd Thursday of the month"), or ""
 * @param notes       other lines of the group that are not links (sub-bullet text), in order
 * @param placement   where the group is on the map, and how sure we are
 * @param lines       the source lines that made this group, in order
 */
public record Group(
    String slug,
    String name,
    String description,
    List<Link> links,
    GroupStatus status,
    String founded,
    String meeting,
    List<String> notes,
    Placement placement,
    List<Integer> lines) {
  public Group {
    links = List.copyOf(links);
    notes = List.copyOf(notes);
    lines = List.copyOf(lines);
  }

  /** The main website of the group, or its first link. */
  public java.util.Optional<Link> mainLink() {
    return links.stream().findFirst();
  }
}

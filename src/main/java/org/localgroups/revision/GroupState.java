package org.localgroups.revision;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;

/**
 * A group's state in a revision.
 *
 * @param regions the ids of the regions that list it, in page order
 * @param meetingRules the meeting rules its organisers set (see {@code Group.meetingRules}); a
 *     revision stored before they existed reads as none
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
    List<String> regions,
    @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> meetingRules)
    implements EntityState {
  public GroupState {
    links = List.copyOf(links);
    notes = List.copyOf(notes);
    regions = List.copyOf(regions);
    meetingRules = List.copyOf(meetingRules);
  }

  /** A state without organisers' rules. */
  public GroupState(
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
      List<String> regions) {
    this(
        id,
        slug,
        name,
        description,
        links,
        status,
        founded,
        meeting,
        notes,
        placement,
        regions,
        List.of());
  }

  @Override
  public EntityRef ref() {
    return EntityRef.group(id);
  }

  @Override
  public String label() {
    return name;
  }

  /** The state of a group as the directory holds it, under this id and in these regions. */
  public static GroupState of(String id, Group g, List<String> regions) {
    return new GroupState(
        id,
        g.slug(),
        g.name(),
        g.description(),
        g.links(),
        g.status(),
        g.founded(),
        g.meeting(),
        g.notes(),
        g.placement(),
        regions,
        g.meetingRules());
  }

  public GroupState withSlug(String newSlug) {
    return new GroupState(
        id,
        newSlug,
        name,
        description,
        links,
        status,
        founded,
        meeting,
        notes,
        placement,
        regions,
        meetingRules);
  }

  public GroupState withRegions(List<String> newRegions) {
    return new GroupState(
        id,
        slug,
        name,
        description,
        links,
        status,
        founded,
        meeting,
        notes,
        placement,
        newRegions,
        meetingRules);
  }

  public GroupState withMeetingRules(List<String> rules) {
    return new GroupState(
        id,
        slug,
        name,
        description,
        links,
        status,
        founded,
        meeting,
        notes,
        placement,
        regions,
        rules);
  }
}

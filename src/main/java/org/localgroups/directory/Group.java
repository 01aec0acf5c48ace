package org.localgroups.directory;

import java.util.List;

/**
 * A user group.
 *
 * @param id the id that never changes (renames, moves, re-imports); "" until the group is stored
 * @param slug its address, derived from the name (unique in the directory); changes with a rename
 * @param name the group's name as written
 * @param description the rest of its line as a reader sees it, links reduced to their labels ("" if
 *     none)
 * @param links every link of the group, the main one first, in source order
 * @param status active, starting, inactive or defunct
 * @param founded when it started, as written ("Started in February 2012" gives "February 2012"), or
 *     ""
 * @param meeting when it meets, as written ("meets the 2nd Thursday of the month"), or ""
 * @param notes other lines of the group that are not links (sub-bullet text), in order
 * @param placement where the group is on the map, and how sure we are
 * @param lines the source lines that made this group, in order
 * @param meetingRules the meeting rules its organisers set, each in the notation of {@code
 *     meetings.OrganiserRules} ("monthly, 2nd Thursday, 18:00-20:00"); they win over the phrase;
 *     empty when none were set
 */
public record Group(
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
    List<Integer> lines,
    List<String> meetingRules) {
  public Group {
    links = List.copyOf(links);
    notes = List.copyOf(notes);
    lines = List.copyOf(lines);
    meetingRules = List.copyOf(meetingRules);
  }

  /** A group without organisers' rules. */
  public Group(
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
      List<Integer> lines) {
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
        lines,
        List.of());
  }

  /** A group not stored yet (as the importer reads it): no id. */
  public Group(
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
    this(
        "",
        slug,
        name,
        description,
        links,
        status,
        founded,
        meeting,
        notes,
        placement,
        lines,
        List.of());
  }

  /** This group with another meeting phrase. */
  public Group withMeeting(String phrase) {
    return new Group(
        id,
        slug,
        name,
        description,
        links,
        status,
        founded,
        phrase,
        notes,
        placement,
        lines,
        meetingRules);
  }

  /** This group placed elsewhere. */
  public Group withPlacement(Placement place) {
    return new Group(
        id,
        slug,
        name,
        description,
        links,
        status,
        founded,
        meeting,
        notes,
        place,
        lines,
        meetingRules);
  }

  /** This group with other organisers' meeting rules. */
  public Group withMeetingRules(List<String> rules) {
    return new Group(
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
        lines,
        rules);
  }

  /** The main website of the group, or its first link. */
  public java.util.Optional<Link> mainLink() {
    return links.stream().findFirst();
  }
}

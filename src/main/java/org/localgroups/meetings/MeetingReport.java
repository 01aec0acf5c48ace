package org.localgroups.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;

/**
 * How a directory's meeting phrases were read: how many became full, partial or no rules, and each
 * phrase with its reading.
 *
 * @param groups how many groups the directory has
 * @param lines one per group with a phrase (or a rule its organisers set), in directory order
 */
public record MeetingReport(int groups, List<MeetingReport.Line> lines) {
  public MeetingReport {
    lines = List.copyOf(lines);
  }

  /** A group's phrase and what it was read as. */
  public record Line(GroupMeetings meetings) {
    public String kind() {
      return switch (meetings.rule()) {
        case MeetingRule.Full f -> "full";
        case MeetingRule.Partial p -> "partial";
        case MeetingRule.NoRule n -> "none";
      };
    }
  }

  /** The report on every group of a directory. */
  public static MeetingReport of(Directory directory, Meetings meetings) {
    List<Line> lines = new ArrayList<>();
    for (Group g : directory.groups()) {
      GroupMeetings m = meetings.of(g);
      if (!g.meeting().isEmpty() || m.setByOrganisers()) {
        lines.add(new Line(m));
      }
    }
    return new MeetingReport(directory.groups().size(), lines);
  }

  public long count(String kind) {
    return lines.stream().filter(l -> l.kind().equals(kind)).count();
  }

  /** How many groups' rules their organisers set (they win over the phrase). */
  public long byOrganisers() {
    return lines.stream().filter(l -> l.meetings().setByOrganisers()).count();
  }

  /**
   * The summary line: "16 of 201 groups say when they meet: 9 full rules, 7 partial, 0 no rule."
   * and, when some organisers set theirs, how many.
   */
  public String summary() {
    long own = byOrganisers();
    return lines.size()
        + " of "
        + groups
        + " groups say when they meet: "
        + count("full")
        + " full rules, "
        + count("partial")
        + " partial, "
        + count("none")
        + " no rule"
        + (own == 0 ? "." : "; " + own + " set by the group's organisers.");
  }

  /** The report as text for people: the summary, then each phrase and its reading. */
  public String text() {
    StringBuilder sb = new StringBuilder(summary()).append("\n");
    for (Line l : lines) {
      GroupMeetings m = l.meetings();
      sb.append('\n')
          .append(
              String.format(
                  "%-8s %s: \"%s\"%n",
                  l.kind(),
                  m.group().slug(),
                  m.setByOrganisers() ? m.group().meeting() : m.rule().phrase()))
          .append("         -> ")
          .append(m.setByOrganisers() ? "set by its organisers (wins over the phrase): " : "")
          .append(m.rule().describe());
      if (!m.recurrences().isEmpty()) {
        sb.append(" [")
            .append(
                m.recurrences().stream().map(Recurrence::rrule).collect(Collectors.joining("; ")))
            .append("]; ")
            .append(
                switch (m.zone()) {
                  case LocalZone.Known k -> "time zone " + k.zone().getId();
                  case LocalZone.Unknown u -> "no time zone: " + u.why();
                });
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}

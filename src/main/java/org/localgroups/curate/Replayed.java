package org.localgroups.curate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.localgroups.revision.RevisionKind;
import org.localgroups.wikihistory.PageRevision;

/**
 * What replaying a page's history did, revision by revision.
 *
 * @param source the page's name (the import source its revisions are recorded under)
 * @param steps one per revision, oldest first
 */
public record Replayed(String source, List<Step> steps) {
  public Replayed {
    steps = List.copyOf(steps);
  }

  /** What became of a revision. */
  public enum Outcome {
    /** merged into the directory as one change set */
    APPLIED,
    /** merged, and it changed nothing (a revert of a skipped revision, a change outside groups) */
    UNCHANGED,
    /** recognised as vandalism and skipped: recorded, not merged */
    VANDALISM,
    /** the importer refused it (no headings, no groups, not UTF-8): recorded, not merged */
    NOT_A_DIRECTORY,
    /** imported by an earlier run (applied or skipped then): left as it is */
    ALREADY_IMPORTED
  }

  /**
   * One revision's replay.
   *
   * @param number its place in the history, from 1
   * @param revision the commit
   * @param outcome what became of it
   * @param why for a skipped revision, the reason; else ""
   * @param changeSet the change set it made, 0 when none
   * @param groupChanges how many groups it changed, by kind of change
   * @param groups how many groups the page listed (0 when it was not read)
   */
  public record Step(
      int number,
      PageRevision revision,
      Outcome outcome,
      String why,
      long changeSet,
      Map<RevisionKind, Integer> groupChanges,
      int groups) {
    public Step {
      groupChanges = Map.copyOf(groupChanges);
    }
  }

  public long count(Outcome outcome) {
    return steps.stream().filter(s -> s.outcome() == outcome).count();
  }

  /** Change sets made (one per applied revision). */
  public long changeSets() {
    return steps.stream().filter(s -> s.changeSet() != 0).count();
  }

  /** Group changes of all revisions, by kind. */
  public Map<RevisionKind, Integer> groupChanges() {
    Map<RevisionKind, Integer> total = new EnumMap<>(RevisionKind.class);
    steps.forEach(s -> s.groupChanges().forEach((k, n) -> total.merge(k, n, Integer::sum)));
    return total;
  }

  /** The steps with this outcome, oldest first. */
  public List<Step> with(Outcome outcome) {
    return steps.stream().filter(s -> s.outcome() == outcome).toList();
  }
}

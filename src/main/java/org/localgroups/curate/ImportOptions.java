package org.localgroups.curate;

import java.time.Instant;
import java.util.Optional;
import org.localgroups.revision.Merge;

/**
 * How a page is imported.
 *
 * @param mode merge with the edits made here (default), or make the directory exactly the page
 * @param dryRun compute and report the change set, apply nothing
 * @param author who the change set is attributed to ("" : the import run)
 * @param comment why ("" : none)
 * @param at when it happened, if not now (a replayed wiki revision's time)
 * @param sourceRevision the page's revision in its own history (a git commit), "" when none
 */
public record ImportOptions(
    Merge.Mode mode,
    boolean dryRun,
    String author,
    String comment,
    Optional<Instant> at,
    String sourceRevision) {

  /** A merge attributed to the import run, applied. */
  public static final ImportOptions MERGE =
      new ImportOptions(Merge.Mode.MERGE, false, "", "", Optional.empty(), "");

  public ImportOptions withMode(Merge.Mode newMode) {
    return new ImportOptions(newMode, dryRun, author, comment, at, sourceRevision);
  }

  public ImportOptions asDryRun() {
    return new ImportOptions(mode, true, author, comment, at, sourceRevision);
  }
}

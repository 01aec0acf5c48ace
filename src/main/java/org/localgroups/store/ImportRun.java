package org.localgroups.store;

import java.time.Instant;

/**
 * One import, as recorded.
 *
 * @param id run id, increasing
 * @param source the page imported (its file name)
 * @param format page format read
 * @param at when it ran
 * @param regions regions the page has
 * @param groups groups the page has
 * @param unusedLines lines the report marks as unused
 * @param changeSet the change set it made, 0 when it changed nothing
 * @param sourceRevision the page's revision in its own history (a git commit), "" when none
 * @param skipped why the page was not applied ("" when it was)
 */
public record ImportRun(
    long id,
    String source,
    String format,
    Instant at,
    int regions,
    int groups,
    int unusedLines,
    long changeSet,
    String sourceRevision,
    String skipped) {

  /** Whether it changed the directory. */
  public boolean changed() {
    return changeSet != 0;
  }
}

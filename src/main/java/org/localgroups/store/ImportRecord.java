package org.localgroups.store;

import org.localgroups.directory.ImportReport;

/**
 * An import run to record with the change set it made (or without one, when the page changed
 * nothing or was skipped).
 *
 * @param report what became of every line of the page
 * @param regions regions the page has
 * @param groups groups the page has
 * @param sourceRevision the page's revision in its own history (a git commit), "" when none
 * @param skipped why the revision was not applied ("vandalism: ..."), "" when it was
 */
public record ImportRecord(
    ImportReport report, int regions, int groups, String sourceRevision, String skipped) {

  /** A plain import of a page read now. */
  public static ImportRecord of(ImportReport report, int regions, int groups) {
    return new ImportRecord(report, regions, groups, "", "");
  }
}

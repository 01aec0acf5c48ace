package org.localgroups.curate;

import java.util.List;
import java.util.Optional;
import org.localgroups.directory.Directory;
import org.localgroups.directory.ImportReport;
import org.localgroups.revision.Change;
import org.localgroups.revision.Conflict;
import org.localgroups.store.ImportRun;

/**
 * What importing a page did (or, for a dry run, would do).
 *
 * @param page the page as the importer read it
 * @param report every line of the page, with the merge's conflicts as notes on their lines
 * @param changes the change set's changes (empty: the page changed nothing)
 * @param conflicts fields changed here and on the page, kept as they are here
 * @param changeSet the change set's id, 0 when nothing changed or nothing was applied (dry run)
 * @param run the import run recorded, empty for a dry run
 */
public record Imported(
    Directory page,
    ImportReport report,
    List<Change> changes,
    List<Conflict> conflicts,
    long changeSet,
    Optional<ImportRun> run) {
  public Imported {
    changes = List.copyOf(changes);
    conflicts = List.copyOf(conflicts);
  }
}

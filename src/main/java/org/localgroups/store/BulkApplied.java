package org.localgroups.store;

import java.util.Optional;

/**
 * What a bulk import did (or, for a dry run, would do).
 *
 * @param changeSet the change set's id; 0 when nothing changed or for a dry run
 * @param run the import run recorded, empty for a dry run
 * @param records records read from the file (regions and groups)
 * @param regions regions in the file
 * @param groups groups in the file
 * @param created entities created (or restored)
 * @param changed entities the file changed
 * @param unchanged entities the file lists as they were
 * @param removed entities not in the file, removed (only with replace)
 */
public record BulkApplied(
    long changeSet,
    Optional<ImportRun> run,
    long records,
    long regions,
    long groups,
    long created,
    long changed,
    long unchanged,
    long removed) {}

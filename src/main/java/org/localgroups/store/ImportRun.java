package org.localgroups.store;

import java.time.Instant;

/**
 * One import, as recorded.
 *
 * @param id run id, increasing
 * @param source file name imported
 * @param format page format read
 * @param at when it ran
 * @param regions regions in the resulting directory
 * @param groups groups in the resulting directory
 * @param unusedLines lines the report marks as unused
 * @param changed false when the import left the stored directory as it was (a re-import)
 */
public record ImportRun(
    long id,
    String source,
    String format,
    Instant at,
    int regions,
    int groups,
    int unusedLines,
    boolean changed) {}

package org.localgroups.revision;

import java.time.Instant;

/**
 * A stored change set, without its revisions.
 *
 * @param id increases with every change set; the store's version is the last one's
 * @param revisions how many revisions it made
 */
public record ChangeSetInfo(
    long id,
    Origin origin,
    Instant at,
    String author,
    String comment,
    String source,
    String sourceRevision,
    int revisions) {}

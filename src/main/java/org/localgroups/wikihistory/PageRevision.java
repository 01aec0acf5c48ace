package org.localgroups.wikihistory;

import java.time.Instant;

/**
 * One revision of a page: a commit that changed the file.
 *
 * @param commit the commit's id (40 hex digits)
 * @param author the commit author's name
 * @param at when the author made it
 * @param message the commit message without its trailers ("Key: value" lines at the end)
 * @param blob the id of the file's content in that commit, read with {@link PageHistory#text}
 */
public record PageRevision(String commit, String author, Instant at, String message, String blob) {}

package org.localgroups.web.api;

import org.localgroups.curate.Editor;
import org.localgroups.store.DirectoryStore;

/**
 * What the API's history and edits need besides the served directory.
 *
 * @param store the store with its revisions
 * @param editor the one way a change is made
 * @param token the edit token; {@link EditToken#off()} turns editing through the API off
 */
public record Curation(DirectoryStore store, Editor editor, EditToken token) {}

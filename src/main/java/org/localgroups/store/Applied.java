package org.localgroups.store;

import java.util.Map;
import java.util.Optional;
import org.localgroups.revision.EntityRef;

/**
 * What applying a change set did.
 *
 * @param changeSet the change set's id; 0 when it changed nothing (no change set is recorded then)
 * @param run the import run recorded with it, if one was
 * @param revisions the revision made for each entity changed
 */
public record Applied(long changeSet, Optional<ImportRun> run, Map<EntityRef, Long> revisions) {
  public Applied {
    revisions = Map.copyOf(revisions);
  }
}

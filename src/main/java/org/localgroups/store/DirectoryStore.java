package org.localgroups.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.localgroups.directory.Directory;
import org.localgroups.directory.DirectorySource;
import org.localgroups.directory.ImportReport;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.ChangeSetInfo;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.Stored;

/**
 * Where the directory lives, with its whole history: SQLite by default, PostgreSQL when configured.
 * The current directory is read from tables kept for fast reads; every change is a change set of
 * revisions, applied in one transaction (all or nothing), refused whole when an entity it changes
 * is no longer at the revision it was computed from. See docs/living-directory.md.
 */
public interface DirectoryStore extends DirectorySource, AutoCloseable {

  /** The current directory: groups and regions not removed (empty before the first import). */
  @Override
  Directory directory();

  /** The id of the last change set, 0 before the first. */
  @Override
  long version();

  /**
   * What a merge of an import of this source reads: every entity, the source's base, retired slugs.
   */
  Stored stored(String source);

  /**
   * Applies a change set and records the import run that made it, in one transaction. A change set
   * without changes records no change set (only the run, and the new base of its source).
   *
   * @throws org.localgroups.revision.StaleRevisionException when an entity it changes is no longer
   *     at the revision the change was computed from; nothing is changed then
   */
  Applied apply(ChangeSet changes, Optional<ImportRecord> run);

  /**
   * A bulk import: a directory file streamed into one change set in one transaction, written in
   * batches, so that a file of a million groups needs memory for one batch, not for the directory.
   * Groups and regions are matched to stored ones by slug; with {@code how.replace()} the live ones
   * the file does not list are removed, without it the directory must be empty. Any exception
   * thrown by {@code feed} (a bad record) or by the database rolls the whole import back. See
   * docs/bulk-import.md.
   *
   * @param feed gives the file's records to the writer, in order
   * @throws org.localgroups.LocalGroupsException BAD_INPUT for a bad record or a directory that is
   *     not empty without replace; nothing is changed then
   */
  BulkApplied importBulk(BulkImport how, Ids ids, Consumer<BulkWriter> feed);

  /** Import runs, newest first. */
  List<ImportRun> importRuns();

  /** The report of one run. */
  Optional<ImportReport> report(long runId);

  /** The revisions (git commits) of a source already imported, applied or skipped. */
  Set<String> importedRevisions(String source);

  /** An entity's current state and revision, removed ones too. */
  Optional<Stored.StoredEntity> entity(EntityRef ref);

  /** The group or region whose current slug this is, removed or not. */
  Optional<EntityRef> find(EntityKind kind, String slug);

  /** The group or region that once had this slug and has another now (for a redirect). */
  Optional<EntityRef> formerlyAt(EntityKind kind, String slug);

  /**
   * The group a removed group was merged into: when its last revision is a removal of kind {@code
   * MERGE}, the entity its change set kept (see {@code Editor.merge}). Empty for a group that is
   * live, or was removed otherwise, or restored since.
   */
  default Optional<EntityRef> mergedInto(EntityRef ref) {
    Optional<Stored.StoredEntity> e = entity(ref);
    if (e.isEmpty() || !e.get().removed()) {
      return Optional.empty();
    }
    return revision(e.get().revision())
        .filter(r -> r.kind() == RevisionKind.MERGE && r.removed())
        .flatMap(
            r ->
                revisionsOf(r.changeSet()).stream()
                    .filter(
                        o -> o.kind() == RevisionKind.MERGE && !o.removed() && !o.ref().equals(ref))
                    .map(Revision::ref)
                    .findFirst());
  }

  /**
   * The live group that has what a group had: itself when it is live or removed, the group it was
   * merged into (followed through later merges, at most {@code 10}) when it was merged.
   */
  default EntityRef survivor(EntityRef ref) {
    EntityRef at = ref;
    for (int i = 0; i < 10; i++) {
      Optional<EntityRef> next = mergedInto(at);
      if (next.isEmpty()) {
        return at;
      }
      at = next.get();
    }
    return at;
  }

  /**
   * An entity's revisions, newest first: at most {@code limit}, older than {@code before} (0: the
   * newest).
   */
  List<Revision> history(EntityRef ref, int limit, long before);

  /** How many revisions an entity has. */
  int revisionCount(EntityRef ref);

  Optional<Revision> revision(long id);

  /** Recent changes, newest first. */
  List<Revision> changes(ChangeQuery query);

  Optional<ChangeSetInfo> changeSet(long id);

  /** The revisions a change set made, in order. */
  List<Revision> revisionsOf(long changeSet);

  /**
   * The directory as it was right after a revision (in today's order where the page's order is
   * known).
   */
  Directory directoryAt(long revision);

  /** The last revision made at or before an instant, 0 when none. */
  long revisionAt(Instant at);

  /**
   * The database under this store, for the tables kept beside the directory (observations such as
   * link checks), which are never revisions.
   */
  Database database();

  @Override
  void close();
}

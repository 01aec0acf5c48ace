package org.localgroups.curate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.ImportReport;
import org.localgroups.geo.Gazetteer;
import org.localgroups.importer.ImportResult;
import org.localgroups.importer.Importer;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.Change;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Layout;
import org.localgroups.revision.Merge;
import org.localgroups.revision.Origin;
import org.localgroups.revision.RevisionKind;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.ImportRecord;
import org.localgroups.store.ImportRun;
import org.localgroups.wikihistory.PageHistory;
import org.localgroups.wikihistory.PageRevision;

/**
 * A page's own past replayed into the directory, oldest revision first, each through the same merge
 * as {@code import} ({@link Curator#importResult}) as one change set with its commit's author, time
 * and message. A vandalised revision ({@link Vandalism}) and one the importer refuses are recorded
 * as skipped and not merged, so the merge base stays the last good revision and the revert that
 * follows changes nothing. A revision already imported (applied or skipped, by an earlier run) is
 * left alone: replaying again changes nothing, and an interrupted replay resumes.
 */
public final class HistoryReplay {
  private final DirectoryStore store;
  private final Curator curator;
  private final Importer importer;
  private final PageReader reader = new PageReader();

  public HistoryReplay(DirectoryStore store, Gazetteer gazetteer, Ids ids) {
    this.store = store;
    this.curator = new Curator(store, gazetteer, ids);
    this.importer = new Importer(gazetteer);
  }

  /** A revision as the importer read it, or why it could not. */
  private record Read(
      Optional<ImportResult> result, String refused, Vandalism.Reading reading, String format) {}

  /**
   * Replays every revision of the history not imported yet.
   *
   * @param each told of every revision once it is done, in order (for progress)
   */
  public Replayed replay(PageHistory history, Consumer<Replayed.Step> each) {
    String source = sourceName(history.path());
    Map<String, String> done = alreadyImported(source);
    List<PageRevision> revisions = history.revisions();
    java.util.ArrayList<Replayed.Step> steps = new java.util.ArrayList<>();
    Vandalism.Reading lastReplayed = Vandalism.Reading.NOTHING;
    @Nullable PageRevision lastReplayedEarlier = null;
    for (int i = 0; i < revisions.size(); i++) {
      PageRevision revision = revisions.get(i);
      Replayed.Step step;
      String skippedThen = done.get(revision.commit());
      if (skippedThen != null) {
        if (skippedThen.isEmpty()) {
          lastReplayedEarlier = revision;
        }
        step = step(i, revision, Replayed.Outcome.ALREADY_IMPORTED, skippedThen, 0, List.of(), 0);
      } else {
        if (lastReplayedEarlier != null) {
          // resumed: the rules judge against the last revision replayed, read again
          lastReplayed = read(history, lastReplayedEarlier, source).reading();
          lastReplayedEarlier = null;
        }
        Read read = read(history, revision, source);
        Optional<String> vandalism = Vandalism.judge(lastReplayed, read.reading());
        if (vandalism.isPresent()) {
          skip(source, revision, read, "vandalism: " + vandalism.get());
          step =
              step(
                  i,
                  revision,
                  Replayed.Outcome.VANDALISM,
                  vandalism.get(),
                  0,
                  List.of(),
                  read.reading().groups());
        } else if (read.result().isEmpty()) {
          skip(source, revision, read, "not a directory of groups: " + read.refused());
          step =
              step(i, revision, Replayed.Outcome.NOT_A_DIRECTORY, read.refused(), 0, List.of(), 0);
        } else {
          Imported imported = curator.importResult(read.result().get(), options(revision));
          lastReplayed = read.reading();
          step =
              step(
                  i,
                  revision,
                  imported.changeSet() == 0 ? Replayed.Outcome.UNCHANGED : Replayed.Outcome.APPLIED,
                  "",
                  imported.changeSet(),
                  imported.changes(),
                  read.reading().groups());
        }
      }
      steps.add(step);
      each.accept(step);
    }
    return new Replayed(source, steps);
  }

  /** The import source a page's revisions are recorded under: its file name, as for import. */
  static String sourceName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * The commits of this source imported by earlier runs, each with why it was skipped ("": not).
   */
  private Map<String, String> alreadyImported(String source) {
    Map<String, String> done = new HashMap<>();
    for (ImportRun run : store.importRuns()) {
      if (run.source().equals(source) && !run.sourceRevision().isEmpty()) {
        done.putIfAbsent(run.sourceRevision(), run.skipped());
      }
    }
    return done;
  }

  private Read read(PageHistory history, PageRevision revision, String source) {
    PageReader.Page page;
    try {
      page = reader.read(history.text(revision, PageReader.MAX_BYTES), source, PageFormat.AUTO, "");
    } catch (LocalGroupsException e) {
      if (e.kind() != LocalGroupsException.Kind.BAD_INPUT) {
        throw e;
      }
      return new Read(Optional.empty(), e.getMessage(), Vandalism.Reading.NOTHING, "");
    }
    try {
      ImportResult result = importer.read(page.outline(), source, page.format().id());
      return new Read(
          Optional.of(result),
          "",
          Vandalism.Reading.of(page.outline(), result.directory().groups().size()),
          page.format().id());
    } catch (LocalGroupsException e) {
      if (e.kind() != LocalGroupsException.Kind.BAD_INPUT) {
        throw e;
      }
      return new Read(
          Optional.empty(),
          e.getMessage(),
          Vandalism.Reading.of(page.outline(), 0),
          page.format().id());
    }
  }

  /** Records a skipped revision: its import run, with why, and no change set. */
  private void skip(String source, PageRevision revision, Read read, String why) {
    ImportReport report =
        read.result()
            .map(ImportResult::report)
            .orElseGet(() -> new ImportReport(source, read.format(), 0, List.of()));
    int regions = read.result().map(r -> r.directory().regions().size()).orElse(0);
    int groups = read.result().map(r -> r.directory().groups().size()).orElse(0);
    ChangeSet nothing =
        new ChangeSet(
            Origin.IMPORT,
            author(revision),
            comment(revision.message()),
            Optional.of(revision.at()),
            source,
            revision.commit(),
            List.of(),
            Layout.NONE,
            Optional.empty());
    store.apply(
        nothing,
        Optional.of(new ImportRecord(report, regions, groups, revision.commit(), comment(why))));
  }

  private static ImportOptions options(PageRevision revision) {
    return new ImportOptions(
        Merge.Mode.MERGE,
        false,
        author(revision),
        comment(revision.message()),
        Optional.of(revision.at()),
        revision.commit());
  }

  private static String author(PageRevision revision) {
    return clipped(revision.author(), Fields.MAX_AUTHOR);
  }

  /** A commit message as an edit comment: one line, control characters gone, at most 500 chars. */
  static String comment(String message) {
    return clipped(message, Fields.MAX_COMMENT);
  }

  /** Whitespace runs as one space, other control characters dropped, clipped with "…". */
  static String clipped(String text, int max) {
    String t =
        text.replaceAll("\\s+", " ")
            .replaceAll("[\\p{Cntrl}&&[^ ]]|[\\x{80}-\\x{9f}]", "")
            .replace("\uFFFD", "")
            .strip();
    if (t.length() <= max) {
      return t;
    }
    int end = Character.isHighSurrogate(t.charAt(max - 2)) ? max - 2 : max - 1;
    return t.substring(0, end).strip() + "…";
  }

  private static Replayed.Step step(
      int index,
      PageRevision revision,
      Replayed.Outcome outcome,
      String why,
      long changeSet,
      List<Change> changes,
      int groups) {
    Map<RevisionKind, Integer> groupChanges = new EnumMap<>(RevisionKind.class);
    for (Change c : changes) {
      if (c.ref().kind() == EntityKind.GROUP) {
        groupChanges.merge(c.kind(), 1, Integer::sum);
      }
    }
    return new Replayed.Step(index + 1, revision, outcome, why, changeSet, groupChanges, groups);
  }
}

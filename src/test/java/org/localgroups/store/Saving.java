package org.localgroups.store;

import java.util.List;
import java.util.Optional;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.Region;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Merge;
import org.localgroups.revision.Origin;
import org.localgroups.revision.StaleRevisionException;

/**
 * Test helper: a directory saved as {@code import --replace} saves it (one change set making the
 * store exactly that directory, retried when another writer won), and read back without the ids the
 * store gave.
 */
public final class Saving {
  private Saving() {}

  /** Makes the stored directory exactly {@code d}, recording the run with {@code report}. */
  public static ImportRun save(DirectoryStore store, Directory d, ImportReport report) {
    for (int attempt = 1; ; attempt++) {
      Merge.Plan plan =
          Merge.plan(d, store.stored(report.source()), Ids.random(), Merge.Mode.REPLACE);
      ChangeSet set =
          new ChangeSet(
              Origin.IMPORT,
              "",
              "",
              Optional.empty(),
              report.source(),
              "",
              plan.changes(),
              plan.layout(),
              Optional.of(plan.base()));
      try {
        return store
            .apply(set, Optional.of(ImportRecord.of(report, d.regions().size(), d.groups().size())))
            .run()
            .orElseThrow();
      } catch (StaleRevisionException e) {
        if (attempt == 20) {
          throw e;
        }
      }
    }
  }

  /** The stored directory without ids, to compare with the one saved. */
  public static Directory read(DirectoryStore store) {
    return withoutIds(store.directory());
  }

  public static Directory withoutIds(Directory d) {
    List<Region> regions =
        d.regions().stream()
            .map(
                r ->
                    new Region(
                        r.slug(),
                        r.name(),
                        r.level(),
                        r.parentSlug(),
                        r.kind(),
                        r.place(),
                        r.resources(),
                        r.groupSlugs(),
                        r.line()))
            .toList();
    List<Group> groups =
        d.groups().stream()
            .map(
                g ->
                    new Group(
                        g.slug(),
                        g.name(),
                        g.description(),
                        g.links(),
                        g.status(),
                        g.founded(),
                        g.meeting(),
                        g.notes(),
                        g.placement(),
                        g.lines()))
            .toList();
    return new Directory(d.title(), d.intro(), regions, groups);
  }
}

package org.localgroups.curate;

import java.nio.file.Path;
import java.util.List;
import org.localgroups.directory.Group;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Region;
import org.localgroups.export.DirectoryFiles;
import org.localgroups.export.DirectorySink;
import org.localgroups.export.ExportFormat;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Merge;
import org.localgroups.store.BulkApplied;
import org.localgroups.store.BulkImport;
import org.localgroups.store.DirectoryStore;

/**
 * Imports whole-directory files (JSON, CSV) as bulk imports: the file streamed record by record
 * into the store's bulk writer, in one transaction. Needs no gazetteer: the files carry their
 * placements. See docs/bulk-import.md.
 */
public final class BulkImporter {
  private final DirectoryStore store;
  private final Ids ids;

  public BulkImporter(DirectoryStore store, Ids ids) {
    this.store = store;
    this.ids = ids;
  }

  /**
   * Streams a directory file (the JSON or CSV export's format) into the store as one change set in
   * one transaction, in bounded batches: groups and regions matched by slug, placed as the file
   * says (nothing is geocoded). A directory that has groups is replaced only in {@code REPLACE}
   * mode. A bad record, or any failure, leaves the directory and its history as they were.
   *
   * @throws org.localgroups.LocalGroupsException BAD_INPUT naming the record, line and field
   */
  public BulkApplied importFile(Path file, ExportFormat format, ImportOptions options) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    BulkImport how =
        new BulkImport(
            name,
            format.fileExtension(),
            options.author(),
            options.comment(),
            options.mode() == Merge.Mode.REPLACE,
            options.dryRun());
    return store.importBulk(
        how,
        ids,
        writer ->
            DirectoryFiles.read(
                file,
                format,
                new DirectorySink() {
                  @Override
                  public void intro(String title, List<IntroLine> lines) {
                    writer.intro(title, lines);
                  }

                  @Override
                  public void region(Region region, long record) {
                    writer.region(region, record);
                  }

                  @Override
                  public void regionNamed(String slug, String regionName, long record) {
                    writer.regionNamed(slug, regionName, record);
                  }

                  @Override
                  public void group(
                      Group group, List<String> regionSlugs, List<Integer> positions, long record) {
                    writer.group(group, regionSlugs, positions, record);
                  }
                }));
  }
}

package org.localgroups.export;

import java.util.Optional;

/**
 * Which writer serves which format. The MoinMoin and Markdown page writers are built separately:
 * each plugs in by making {@link #moin()} or {@link #markdown()} return it.
 */
final class WriterRegistry {
  private WriterRegistry() {}

  /** The writer for a format, or empty when it has none yet. */
  static Optional<DirectoryWriter> find(ExportFormat format) {
    return switch (format) {
      case MOIN -> moin();
      case MARKDOWN -> markdown();
      case JSON -> Optional.of(DirectoryJson::write);
      case CSV -> Optional.of(CsvExport::write);
      case GEOJSON -> Optional.of(GeoJsonExport::write);
    };
  }

  /** Seam for the MoinMoin page writer (the inverse of the moin importer); none yet. */
  static Optional<DirectoryWriter> moin() {
    return Optional.empty();
  }

  /** Seam for the Markdown page writer (the inverse of the markdown importer); none yet. */
  static Optional<DirectoryWriter> markdown() {
    return Optional.empty();
  }
}

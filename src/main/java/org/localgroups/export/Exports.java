package org.localgroups.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.localgroups.directory.Directory;

/** The way in to exports: the writer for each format. */
public final class Exports {
  private Exports() {}

  /** The writer for a format. */
  public static DirectoryWriter writer(ExportFormat format) {
    return switch (format) {
      case MOIN -> new MoinPageWriter()::write;
      case MARKDOWN -> new MarkdownPageWriter()::write;
      case JSON -> DirectoryJson::write;
      case CSV -> CsvExport::write;
      case GEOJSON -> GeoJsonExport::write;
    };
  }

  /** The directory written in a format, as a string (for small directories, pages and tests). */
  public static String render(Directory directory, ExportFormat format) {
    StringWriter out = new StringWriter();
    try {
      writer(format).write(directory, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }
}

package org.localgroups.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.localgroups.directory.Directory;
import org.localgroups.revision.Timeline;

/** The way in to exports: the writer for each format. */
public final class Exports {
  private Exports() {}

  /** The writer for a format; CSV's timeline columns are left empty. */
  public static DirectoryWriter writer(ExportFormat format) {
    return writer(format, Map.of());
  }

  /**
   * The writer for a format, with the groups' timelines (by group id) for the formats that show
   * them (CSV); the others write the same as without.
   */
  public static DirectoryWriter writer(ExportFormat format, Map<String, Timeline> timelines) {
    Map<String, Timeline> copy = Map.copyOf(timelines);
    return switch (format) {
      case MOIN -> new MoinPageWriter()::write;
      case MARKDOWN -> new MarkdownPageWriter()::write;
      case JSON -> DirectoryJson::write;
      case CSV -> (directory, out) -> CsvExport.write(directory, copy, out);
      case GEOJSON -> GeoJsonExport::write;
    };
  }

  /**
   * The GeoJSON export with an {@code evidence} object in each feature's properties: the fields
   * {@code evidence} gives for the feature's group (kept in their order).
   */
  public static void geoJson(
      Directory directory,
      java.io.Writer out,
      java.util.function.Function<org.localgroups.directory.Group, Map<String, String>> evidence)
      throws IOException {
    GeoJsonExport.write(directory, out, evidence);
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

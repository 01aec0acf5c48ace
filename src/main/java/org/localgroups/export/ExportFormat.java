package org.localgroups.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.localgroups.LocalGroupsException;

/** The formats the directory can be written in, with what HTTP and file names need to know. */
public enum ExportFormat {
  /** A MoinMoin wiki page like the seed ({@code LocalUserGroups.moin}). */
  MOIN("text/plain; charset=utf-8", "moin"),
  /** A Markdown list page. */
  MARKDOWN("text/markdown; charset=utf-8", "md"),
  /** The whole directory, every field, readable back with {@link DirectoryJson#read}. */
  JSON("application/json", "json"),
  /** One row per group for spreadsheets (RFC 4180, header row). */
  CSV("text/csv; charset=utf-8; header=present", "csv"),
  /** The placed groups as a FeatureCollection of points (RFC 7946). */
  GEOJSON("application/geo+json", "geojson");

  private final String mediaType;
  private final String fileExtension;

  ExportFormat(String mediaType, String fileExtension) {
    this.mediaType = mediaType;
    this.fileExtension = fileExtension;
  }

  /** The media type to send this format with, charset included for text types. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file name extension, without the dot ("md", "geojson"). */
  public String fileExtension() {
    return fileExtension;
  }

  /**
   * The format a user named: its name in any case, or an alias ("md" for Markdown, "moinmoin" or
   * "wiki" for MoinMoin).
   *
   * @throws LocalGroupsException BAD_INPUT naming the known formats when the name is none of them
   */
  public static ExportFormat parse(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "moin", "moinmoin", "wiki" -> MOIN;
      case "markdown", "md" -> MARKDOWN;
      case "json" -> JSON;
      case "csv" -> CSV;
      case "geojson" -> GEOJSON;
      default ->
          throw LocalGroupsException.badInput(
              "Unknown export format '"
                  + name
                  + "'; known formats: "
                  + knownNames()
                  + " (also md, moinmoin, wiki).");
    };
  }

  private static String knownNames() {
    return Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}

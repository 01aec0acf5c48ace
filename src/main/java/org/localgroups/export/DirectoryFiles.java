package org.localgroups.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.localgroups.LocalGroupsException;

/**
 * Reads whole-directory files written by the JSON and CSV exports (and {@code generate}) as a
 * stream of records, never the whole file at once: memory is one record (and, for JSON, the slugs
 * of the groups the regions list), whatever the file's size.
 */
public final class DirectoryFiles {
  private DirectoryFiles() {}

  /**
   * The streamed format a file is in: the one named ("json", "csv"), or with "auto" the one its
   * name ends with; empty for a page format (moin, markdown, auto for another name).
   */
  public static Optional<ExportFormat> streamed(Path file, String format) {
    String named = format.strip().toLowerCase(Locale.ROOT);
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return switch (named) {
      case "json" -> Optional.of(ExportFormat.JSON);
      case "csv" -> Optional.of(ExportFormat.CSV);
      case "auto" ->
          lower.endsWith(".json")
              ? Optional.of(ExportFormat.JSON)
              : lower.endsWith(".csv") ? Optional.of(ExportFormat.CSV) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * Streams a JSON or CSV directory file into the sink.
   *
   * @return how many records (regions and groups) it had
   * @throws LocalGroupsException BAD_INPUT naming the record, line and field of the first bad
   *     records (the sink has been given the records before it); NOT_FOUND for a missing file
   */
  public static long read(Path file, ExportFormat format, DirectorySink sink) {
    if (Files.isDirectory(file)) {
      throw LocalGroupsException.badInput(file + " is a folder, not a directory file");
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in =
        new BufferedReader(
            new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      return switch (format) {
        case JSON -> new JsonRecords(in, sink).read();
        case CSV -> new CsvRecords(in, sink).read();
        default ->
            throw LocalGroupsException.badInput(
                "only JSON and CSV directory files are streamed, not " + format);
      };
    } catch (NoSuchFileException e) {
      throw LocalGroupsException.notFound("no such file: " + file);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw LocalGroupsException.badInput(file + " is not UTF-8 text: " + e.getMessage());
    } catch (IOException e) {
      throw LocalGroupsException.badInput("cannot read " + file + ": " + e.getMessage());
    }
  }
}

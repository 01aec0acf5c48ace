package org.localgroups.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;

/** The way in to exports: the writer for a format, and which formats can be written today. */
public final class Exports {
  private Exports() {}

  /**
   * The writer for a format.
   *
   * @throws LocalGroupsException BAD_INPUT when that format cannot be written yet
   */
  public static DirectoryWriter writer(ExportFormat format) {
    return WriterRegistry.find(format)
        .orElseThrow(() -> LocalGroupsException.badInput(
            "Export as " + format.name().toLowerCase(Locale.ROOT)
                + " is not yet available; available formats: " + available().stream()
                    .map(f -> f.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + "."));
  }

  /** The formats that {@link #writer} answers for, in declaration order. */
  public static Set<ExportFormat> available() {
    return Arrays.stream(ExportFormat.values())
        .filter(f -> WriterRegistry.find(f).isPresent())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExportFormat.class)));
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

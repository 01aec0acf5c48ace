package org.localgroups.directory;

import java.util.List;
import java.util.Locale;

/**
 * What an import did with every source line.
 *
 * @param source the file or page name imported
 * @param format the page format that was read ("moin", "markdown")
 * @param lineCount the number of source lines
 * @param entries one entry per source line, in line order (every line is accounted for)
 */
public record ImportReport(String source, String format, int lineCount, List<Entry> entries) {
  public ImportReport {
    entries = List.copyOf(entries);
  }

  /** What became of one line. */
  public enum Disposition {
    /** made (or added to) a region */
    REGION,
    /** made a group */
    GROUP,
    /** added links or notes to a group */
    GROUP_DETAIL,
    /** a channel of a region rather than of a group */
    REGION_RESOURCE,
    /** the page's introduction */
    INTRO,
    /** structure without content: blank, table of contents, rule, category */
    SKIPPED,
    /** content we could not place in the directory: a curator should look */
    UNUSED
  }

  /**
   * What became of one source line.
   *
   * @param line 1-based line number
   * @param disposition what became of it
   * @param subject slug of the group or region it went into, or ""
   * @param message why, in the importer's own sentence
   * @param notes what the page reader noticed on the line (markup quirks, guesses, repairs), in
   *     order
   */
  public record Entry(
      int line, Disposition disposition, String subject, String message, List<Note> notes) {
    public Entry {
      notes = List.copyOf(notes);
    }

    /** An entry without notes. */
    public Entry(int line, Disposition disposition, String subject, String message) {
      this(line, disposition, subject, message, List.of());
    }

    /**
     * The message and then each note, as one line for a reader: {@code group 'X'; warning
     * [swapped-link] ...}.
     */
    public String text() {
      StringBuilder text = new StringBuilder(message);
      notes.forEach(n -> text.append("; ").append(n.text()));
      return text.toString();
    }
  }

  /**
   * Something the page reader noticed at one spot of a line.
   *
   * @param column 1-based column, or 0 when it concerns the whole line
   * @param severity how much it matters
   * @param code a stable short code, e.g. {@code swapped-link}
   * @param message one sentence for a curator
   */
  public record Note(int column, Severity severity, String code, String message) {
    public enum Severity {
      INFO,
      WARNING,
      ERROR
    }

    /** As a report prints it: {@code warning [swapped-link] Label and URL are swapped; ...}. */
    public String text() {
      return severity.name().toLowerCase(Locale.ROOT) + " [" + code + "] " + message;
    }
  }

  public long count(Disposition d) {
    return entries.stream().filter(e -> e.disposition() == d).count();
  }
}

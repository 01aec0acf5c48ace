package org.localgroups.directory;

import java.util.List;

/**
 * What an import did with every source line.
 *
 * @param source     the file or page name imported
 * @param format     the page format that was read ("moin", "markdown")
 * @param lineCount  the number of source lines
 * @param entries    one entry per source line, in line order (every line is accounted for)
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
   * @param line        1-based line number
   * @param disposition what became of it
   * @param subject     slug of the group or region it went into, or ""
   * @param message     why, in one sentence (also carries the parser's diagnostics for that line)
   */
  public record Entry(int line, Disposition disposition, String subject, String message) {}

  public long count(Disposition d) {
    return entries.stream().filter(e -> e.disposition() == d).count();
  }
}
